/**
 * @module The checker over the five hand-read seed reports of test/corpus (domain.md §2.3).
 * Tables come from the *.expected.json files; the narrative sections are cut from the *.txt
 * at their headings.
 */
import { describe, it, expect } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- tests may read fixtures
import { readFileSync, readdirSync } from 'node:fs';
import type { FormatId } from '../columns.js';
import { cellSpecs } from '../formats/index.js';
import { buildReport, getPath, type AnnualReport, type CellValue } from '../report.js';
import { SECTIONS, type SectionKey } from '../sections.js';
import { checkReport, extractClaims } from './index.js';

const CORPUS = new URL('../../../../test/corpus/', import.meta.url);

interface Expected {
  readonly format: FormatId;
  readonly year: number | null;
  readonly agency: string | null;
  readonly publishedAt: string | null;
}

/** Cuts the text at the six section headings (一、总体情况 … 六、其他需要报告的事项). */
function splitSections(text: string): Partial<Record<SectionKey, string>> {
  const lines = text.split(/\r?\n/u);
  const starts: { key: SectionKey; line: number }[] = [];
  let from = 0;
  for (const s of SECTIONS) {
    const i = lines.findIndex((l, n) => {
      const norm = l.replace(/[\s\u00a0\u3000]/gu, '');
      return n >= from && /^[一二三四五六][、,，.．]/u.test(norm) && s.anchors.some((a) => norm.includes(a));
    });
    if (i < 0) continue;
    starts.push({ key: s.key, line: i });
    from = i + 1;
  }
  return Object.fromEntries(starts.map((s, k) => [s.key, lines.slice(s.line, starts[k + 1]?.line ?? lines.length).join('\n')]));
}

function loadSeed(prefix: string): AnnualReport {
  const files = readdirSync(CORPUS).filter((f) => f.startsWith(prefix));
  const jsonFile = files.find((f) => f.endsWith('.expected.json'))!;
  const txtFile = files.find((f) => f.endsWith('.txt'))!;
  const json = JSON.parse(readFileSync(new URL(jsonFile, CORPUS), 'utf8')) as Expected;
  const cells = new Map<string, CellValue>();
  for (const spec of cellSpecs(json.format)) {
    const v = getPath(json, spec.path);
    cells.set(spec.path, typeof v === 'number' ? v : null);
  }
  return buildReport({
    format: json.format,
    year: json.year,
    agency: json.agency,
    publishedAt: json.publishedAt,
    cells,
    sections: splitSections(readFileSync(new URL(txtFile, CORPUS), 'utf8')),
  });
}

const rulesOf = (report: AnnualReport) => checkReport(report).map((f) => f.rule);

describe('checkReport over the corpus', () => {
  it('seed 000 (康乐县 2019): narrative 2 applications vs table 0 (W5), procurement amount without unit (W8)', () => {
    const findings = checkReport(loadSeed('000'));
    expect(findings.map((f) => f.rule)).toEqual(['W5', 'W8']);
    expect(findings[0]).toMatchObject({ paths: ['table3.newReceived.total'], expected: 0, actual: 2 });
    expect(findings[0]!.message.zh).toContain('共收到依申请公开2件');
    expect(findings[1]).toMatchObject({ paths: ['table2.centralProcurement.amount'], actual: 63744431.4 });
    expect(findings[1]!.message.zh).toContain('疑似以元为单位');
  });

  it('seed 001 (桦甸市统计局 2020, 2019 format): nothing to report', () => {
    expect(rulesOf(loadSeed('001'))).toEqual([]);
  });

  it('seed 002 (成安县 2021): Table 4 incomplete (R6), balances hold with blanks read as 0', () => {
    const findings = checkReport(loadSeed('002'));
    expect(findings.filter((f) => ['R1', 'R2', 'R3', 'R3b', 'R4', 'R5'].includes(f.rule))).toEqual([]);
    const r6 = findings.filter((f) => f.rule === 'R6');
    const t4 = r6.find((f) => f.paths[0]!.startsWith('table4.'));
    expect(t4).toMatchObject({ expected: 15, actual: 9 });
    expect(t4!.paths).toEqual([
      'table4.litigationDirect.total',
      ...['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `table4.litigationAfterReconsideration.${c}`),
    ]);
    // Section 六 reads “其他需要报告的事项:无。”: no word on 信息处理费.
    expect(findings.filter((f) => f.severity === 'warning').map((f) => f.rule)).toEqual(['W6']);
  });

  it('seed 003 (兴和县 2024): passes every rule, narrative 26 applications and 7 reconsiderations agree', () => {
    const report = loadSeed('003');
    expect(extractClaims(report.sections.overview ?? '', 2024).map((c) => [c.kind, c.value])).toEqual([
      ['applications', 26],
      ['reconsideration', 7],
      ['litigation', 0],
    ]);
    expect(report.sections.otherMatters).toContain('信息处理费');
    expect(checkReport(report)).toEqual([]);
  });

  it('seed 004 (涧西区政府办 2019): passes every rule, narrative 15 applications agree', () => {
    const report = loadSeed('004');
    expect(extractClaims(report.sections.overview ?? '', 2019).map((c) => [c.kind, c.value])).toEqual([['applications', 15]]);
    expect(checkReport(report)).toEqual([]);
  });
});

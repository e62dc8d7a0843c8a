/**
 * Golden files: every seed report reproduces every hand-read value of its
 * `*.expected.json` (tables, agency, year, format, publication date).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextString } from '../src/ingest/text/read-text.js';
import { assembleReport } from '../src/ingest/assemble/assemble.js';
import { cellSpecs, getCell, getPath } from '../src/domain/annual-report/index.js';

const dir = join(import.meta.dirname, 'corpus');
const seeds = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));

describe.each(seeds)('%s', (name) => {
  const expected = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const bytes = readFileSync(join(dir, expected.source));
  const report = assembleReport(readTextString(bytes.toString()));

  it('reads format, year, agency and publication date', () => {
    expect({ format: report.format, year: report.year, agency: report.agency, publishedAt: report.publishedAt }).toEqual({
      format: expected.format,
      year: expected.year,
      agency: expected.agency,
      publishedAt: expected.publishedAt,
    });
  });

  it('reads every table cell as read by hand', () => {
    const wrong: string[] = [];
    for (const spec of cellSpecs(report.format)) {
      const want = getPath(expected, spec.path);
      const got = getCell(report, spec.path);
      if (want !== got) wrong.push(`${spec.path}: expected ${String(want)}, got ${String(got)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds all six section headings and keeps the narrative apart from the tables', () => {
    for (const [key, text] of Object.entries(report.sections)) expect(typeof text, key).toBe('string');
    expect(report.sections.overview!.length).toBeGreaterThan(50);
    expect(report.sections.problemsImprovements!.length).toBeGreaterThan(20);
    // Table cells never leak into the narrative of the table sections.
    for (const key of ['proactiveDisclosure', 'applications', 'reviewLitigation'] as const) {
      expect(report.sections[key]).not.toMatch(/^0$/m);
    }
  });
});

describe('digits run together (separators lost)', () => {
  const base = readFileSync(join(dir, '004_a4e326b7c8b95611.txt'), 'utf8');

  it('recovers cells from the table arithmetic when exactly one split fits', () => {
    const text = base.replace('一、本年新收政府信息公开申请数量\t15\t0\t0\t0\t0\t0\t15', '一、本年新收政府信息公开申请数量\t150000015');
    const report = assembleReport(readTextString(text));
    expect(getPath(report, 'table3.newReceived')).toEqual({ naturalPerson: 15, commercial: 0, research: 0, publicInterest: 0, legalService: 0, otherOrg: 0, total: 15 });
    expect(report.findings.some((f) => f.rule === 'P-RECOVERED')).toBe(true);
  });

  it('leaves the row null and names the candidates when several splits fit', () => {
    // 1,10,0,0,0,0,11 and 11,0,0,0,0,0,11 both satisfy R2; R1/R3 cannot decide for this row alone.
    const text = base
      .replace('一、本年新收政府信息公开申请数量\t15\t0\t0\t0\t0\t0\t15', '一、本年新收政府信息公开申请数量\t110000011')
      .replace(/(\t\t4\.保护第三方合法权益)\t1\t0\t0\t0\t0\t0\t1/, '$1\t110000011');
    const report = assembleReport(readTextString(text));
    const f = report.findings.find((x) => x.rule === 'P-AMBIGUOUS');
    expect(f?.candidates?.length).toBeGreaterThan(1);
    expect(getCell(report, 'table3.newReceived.total')).toBeNull();
  });
});

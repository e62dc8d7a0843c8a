import { describe, expect, it } from 'vitest';
import { buildReport, flattenCells } from '../../domain/annual-report/report.js';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import { SECTION_KEYS } from '../../domain/annual-report/sections.js';
import { readReportJson } from '../../ingest/own/read-json.js';
import { CORPUS_2019, CORPUS_2021, SAMPLE_SECTIONS, corpusReport, expectedCells } from '../corpus.test-util.js';
import { canonicalReport, jsonRenderer, reportToJson } from './index.js';

const TOP_KEYS = ['schema', 'format', 'year', 'agency', 'title', 'publishedAt', 'sections', 'table2', 'table3', 'table4', 'units', 'sources', 'findings'];

function rich(id: string): AnnualReport {
  return corpusReport(id, {
    title: '测试报告',
    sections: SAMPLE_SECTIONS,
    units: id === CORPUS_2019 ? { 'table2.centralProcurement.amount': 'yuan' } : { 'table2.adminFees.amountWan': 'wan' },
    cellSources: new Map([
      ['table3.newReceived.total', { raw: '26', at: { kind: 'line', line: 40 } }],
      ['table4.reconsideration.upheld', { raw: ' 5 ', at: { kind: 'element', path: 'table[2]/tr[4]/td[1]' } }],
    ]),
    findings: [
      {
        rule: 'R1',
        severity: 'error',
        message: { zh: '不平衡', en: 'unbalanced' },
        paths: ['table3.newReceived.total'],
        expected: 26,
        actual: 27,
        blanksAsZero: true,
      },
    ],
  });
}

/** A copy with every object's keys in reverse order (same values). */
function shuffled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffled);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffled(v)]));
}

describe('json renderer', () => {
  for (const id of [CORPUS_2021, CORPUS_2019]) {
    it(`writes pretty UTF-8 JSON of the report in template order (${id})`, async () => {
      const report = rich(id);
      const text = new TextDecoder().decode(await jsonRenderer.render(report));
      expect(text.endsWith('}\n')).toBe(true);
      expect(text).toContain('\n  "schema": "gongkai.report/1",\n');
      expect(text).toContain(report.agency!); // Chinese is not \u-escaped
      const doc = JSON.parse(text) as Record<string, unknown>;
      expect(Object.keys(doc)).toEqual(TOP_KEYS);
      expect(Object.keys(doc['sections'] as object)).toEqual(SECTION_KEYS);
      const paths = [...flattenCells(report).keys()];
      expect(paths).toEqual(cellSpecs(report.format).map((s) => s.path));
      // Table keys follow the template: the first Table-3 row is newReceived, then carriedOver …
      expect(Object.keys(doc['table3'] as object).slice(0, 3)).toEqual(['newReceived', 'carriedOver', 'granted']);
      for (const [path, value] of expectedCells(id)) {
        const got = path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], doc);
        expect(got, path).toBe(value);
      }
    });

    it(`round-trips through the JSON reader to identical values, nulls included (${id})`, async () => {
      const report = rich(id);
      const bytes = await jsonRenderer.render(report);
      const back = readReportJson(bytes);
      expect(back).toEqual(report);
      expect(await jsonRenderer.render(back)).toEqual(bytes);
    });
  }

  it('keeps blanks as null', () => {
    const doc = JSON.parse(reportToJson(corpusReport(CORPUS_2019))) as { table2: { otherServices: { yearChange: unknown } } };
    expect(doc.table2.otherServices.yearChange).toBeNull();
  });

  it('gives the same bytes whatever the key order of the object in memory', () => {
    const report = rich(CORPUS_2021);
    expect(reportToJson(shuffled(report) as AnnualReport)).toBe(reportToJson(report));
  });

  it('drops keys that are not part of the contract', () => {
    const report = { ...buildReport({ format: '2021' }), notes: 'x', source: 'y' } as AnnualReport;
    expect(Object.keys(canonicalReport(report))).toEqual(TOP_KEYS);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../domain/annual-report/report.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { reportToJson } from '../../render/json/index.js';
import { CORPUS_2019, CORPUS_2021, corpusReport } from '../../render/corpus.test-util.js';
import { readReportJson } from './read-json.js';

function refusal(input: Uint8Array | string): GongkaiError {
  try {
    readReportJson(input);
  } catch (e) {
    expect(e).toBeInstanceOf(GongkaiError);
    return e as GongkaiError;
  }
  throw new Error('expected NOT_A_REPORT');
}

const canonical = (): Record<string, unknown> => JSON.parse(reportToJson(corpusReport(CORPUS_2021))) as Record<string, unknown>;

describe('readReportJson', () => {
  it('reads a canonical document (bytes, text, or with a BOM)', () => {
    const text = reportToJson(corpusReport(CORPUS_2021));
    const expected = corpusReport(CORPUS_2021);
    expect(readReportJson(text)).toEqual(expected);
    expect(readReportJson(new TextEncoder().encode(`\uFEFF${text}`))).toEqual(expected);
  });

  it('returns the canonical shape even from a document with keys in another order', () => {
    const doc = canonical();
    const reordered = Object.fromEntries(Object.entries(doc).reverse());
    expect(Object.keys(readReportJson(JSON.stringify(reordered)))).toEqual(Object.keys(doc));
  });

  it.each([
    ['not JSON', '{"schema":', /不是有效的 JSON/],
    ['an array', '[]', /顶层不是对象/],
    ['no schema', '{"format":"2021"}', /schema 应为 "gongkai\.report\/1"/],
    ['another schema', '{"schema":"other/1"}', /other\/1/],
  ])('refuses %s', (_name, input, zh) => {
    const e = refusal(input);
    expect(e.code).toBe('NOT_A_REPORT');
    expect(e.zh).toMatch(zh);
    expect(e.en.length).toBeGreaterThan(0);
  });

  it('refuses invalid UTF-8', () => {
    expect(refusal(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])).en).toMatch(/UTF-8/);
  });

  it('refuses the hand-read corpus file: extra keys, missing sections and sources', () => {
    const raw = readFileSync(new URL(`../../../test/corpus/${CORPUS_2021}.expected.json`, import.meta.url));
    const e = refusal(raw);
    expect(e.code).toBe('NOT_A_REPORT');
    expect(e.en).toMatch(/Not a valid annual report JSON/);
    expect(e.en).toMatch(/source|notes|sections/);
    expect(e.zh).toMatch(/不是有效的年度报告 JSON/);
  });

  it('refuses a cell that belongs to the other format', () => {
    const doc = canonical() as { table2: Record<string, Record<string, unknown>> };
    doc.table2['regulations']!['newlyMade'] = 1; // a 2019 column in a 2021 report
    const e = refusal(JSON.stringify(doc));
    expect(e.en).toMatch(/table2\.regulations/);
    expect(e.en).toMatch(/newlyMade/);
  });

  it('refuses a missing cell, a string number, an unknown format and a bad date', () => {
    const missing = canonical() as { table4: { reconsideration: Record<string, unknown> } };
    delete missing.table4.reconsideration['total'];
    expect(refusal(JSON.stringify(missing)).en).toMatch(/table4\.reconsideration\.total/);

    const text = canonical() as { table3: { granted: Record<string, unknown> } };
    text.table3.granted['total'] = '10';
    expect(refusal(JSON.stringify(text)).en).toMatch(/table3\.granted\.total/);

    expect(refusal(JSON.stringify({ ...canonical(), format: '2030' })).code).toBe('NOT_A_REPORT');
    expect(refusal(JSON.stringify({ ...canonical(), publishedAt: '2025-13-40' })).en).toMatch(/publishedAt/);
  });

  it('accepts both formats and keeps nulls', () => {
    const r = readReportJson(reportToJson(corpusReport(CORPUS_2019)));
    expect(r.format).toBe('2019');
    expect((r.table2['otherServices'] as Record<string, unknown>)['yearChange']).toBeNull();
    expect(readReportJson(reportToJson(buildReport({ format: '2021' }))).year).toBeNull();
  });
});

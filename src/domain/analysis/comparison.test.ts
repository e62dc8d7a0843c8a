import { describe, expect, it } from 'vitest';
import { cellSpecs } from '../annual-report/formats/index.js';
import { buildReport, type CellValue } from '../annual-report/report.js';
import { figuresOf, type MemberReport } from './figures.js';
import { MIN_CASES, METRICS, compareAgencies, computeRate } from './comparison.js';

/** A 2021 report with every cell 0 except the 总计 cells given (row path → value). */
function figures(totals: Record<string, CellValue>) {
  const cells: Record<string, CellValue> = Object.fromEntries(cellSpecs('2021').map((s) => [s.path, 0]));
  for (const [k, v] of Object.entries(totals)) cells[k.startsWith('table4.') ? k : `table3.${k}.total`] = v;
  return figuresOf(buildReport({ format: '2021', year: 2024, cells }));
}

const member = (id: number, name: string, totals: Record<string, CellValue>): MemberReport => ({ agency: { id, name }, reportId: id * 10, figures: figures(totals) });

describe('computeRate', () => {
  const r = figures({
    granted: 30,
    partialGrant: 10,
    'denied.thirdPartyRights': 3,
    'denied.processInfo': 2,
    'unableToProvide.notHeld': 4,
    totalProcessed: 50,
    newReceived: 48,
    carriedOver: 4,
    carriedForward: 2,
    'table4.reconsideration.upheld': 6,
    'table4.reconsideration.corrected': 3,
    'table4.reconsideration.other': 1,
    'table4.reconsideration.pending': 5,
  });

  it('disclosure rate: (予以公开 + 部分公开) / （七）总计', () => {
    expect(computeRate(r, METRICS.disclosureRate)).toEqual({ status: 'ok', value: 40 / 50, numerator: 40, denominator: 50 });
  });
  it('shares of 不予公开 and 无法提供 over （七）总计', () => {
    expect(computeRate(r, METRICS.deniedShare)).toEqual({ status: 'ok', value: 5 / 50, numerator: 5, denominator: 50 });
    expect(computeRate(r, METRICS.unableShare)).toEqual({ status: 'ok', value: 4 / 50, numerator: 4, denominator: 50 });
  });
  it('reconsideration correction rate over concluded cases, pending left out', () => {
    expect(computeRate(r, METRICS.reconsiderationCorrectionRate)).toEqual({ status: 'ok', value: 3 / 10, numerator: 3, denominator: 10 });
  });
  it('carried-forward share over applications on hand', () => {
    expect(computeRate(r, METRICS.carriedForwardShare)).toEqual({ status: 'ok', value: 2 / 52, numerator: 2, denominator: 52 });
  });
  it('marks a rate on fewer than MIN_CASES cases as too few, and one with no cases as having no value', () => {
    expect(MIN_CASES).toBe(10);
    const small = figures({ granted: 3, totalProcessed: MIN_CASES - 1 });
    expect(computeRate(small, METRICS.disclosureRate)).toEqual({ status: 'tooFew', value: 3 / 9, numerator: 3, denominator: 9 });
    const none = figures({});
    expect(computeRate(none, METRICS.reconsiderationCorrectionRate)).toEqual({ status: 'tooFew', value: null, numerator: 0, denominator: 0 });
  });
  it('never reads a blank as 0', () => {
    const blank = figures({ granted: 20, partialGrant: null, totalProcessed: 40 });
    expect(computeRate(blank, METRICS.disclosureRate)).toEqual({ status: 'incomplete', blank: ['table3.partialGrant.total'] });
  });
});

describe('compareAgencies', () => {
  const members = [
    member(1, '乙县', { granted: 12, totalProcessed: 20 }), // 0.6
    member(2, '甲县', { granted: 18, totalProcessed: 20 }), // 0.9
    member(3, '丙县', { granted: 3, totalProcessed: 5 }), // 0.6, too few
    member(4, '丁县', { granted: 30, totalProcessed: 50 }), // 0.6
    member(5, '戊县', { granted: null, totalProcessed: 30 }), // incomplete
  ];

  it('ranks by a metric, ties sharing a place, and never ranks small or incomplete rows', () => {
    const rows = compareAgencies(members, 'disclosureRate', 'desc');
    expect(rows.map((r) => [r.agency.name, r.rank])).toEqual([
      ['甲县', 1],
      ['丁县', 2],
      ['乙县', 2],
      ['丙县', null],
      ['戊县', null],
    ]);
    expect(rows[3]!.metrics.disclosureRate.status).toBe('tooFew');
    const asc = compareAgencies(members, 'disclosureRate', 'asc');
    expect(asc.map((r) => [r.agency.name, r.rank])).toEqual([
      ['丁县', 1],
      ['乙县', 1],
      ['甲县', 3],
      ['丙县', null],
      ['戊县', null],
    ]);
  });

  it('sorts by name without ranks', () => {
    const rows = compareAgencies(members, 'name', 'asc');
    expect(rows.every((r) => r.rank === null)).toBe(true);
    const names = rows.map((r) => r.agency.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(compareAgencies(members, 'name', 'desc').map((r) => r.agency.name)).toEqual([...names].reverse());
  });
});

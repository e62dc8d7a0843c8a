/**
 * @module Tests of rule w1-cross-year: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { W1_CROSS_YEAR } from './w1-cross-year.js';
import { samplePrevious, sampleReport } from './test-helpers.test-util.js';

describe('W1 t3.crossYear', () => {
  it('has nothing to check without a previous report of year N−1', () => {
    expect(W1_CROSS_YEAR.check({ report: sampleReport('2021') })).toEqual([]);
    const twoYearsBack = samplePrevious('2021', { year: 2020, cells: { 'table3.carriedForward.total': 7 } });
    expect(W1_CROSS_YEAR.check({ report: sampleReport('2021'), previous: twoYearsBack })).toEqual([]);
  });

  it('passes when this year’s 上年结转 equals last year’s 结转下年', () => {
    expect(W1_CROSS_YEAR.check({ report: sampleReport('2021'), previous: samplePrevious('2021') })).toEqual([]);
  });

  it('reports a column that does not carry over', () => {
    const previous = samplePrevious('2021', { cells: { 'table3.carriedForward.naturalPerson': 4, 'table3.carriedForward.total': 4 } });
    const findings = W1_CROSS_YEAR.check({ report: sampleReport('2021'), previous });
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({ rule: 'W1', severity: 'warning', paths: ['table3.carriedOver.naturalPerson'], expected: 4, actual: 1 });
    expect(findings[0]!.message.zh).toBe('第一列（自然人）：2022年上年结转 1 ≠ 2021年报告结转下年度继续办理 4');
  });

  it('works across the format change (2020 report in the 2019 format, 2021 report)', () => {
    const previous = samplePrevious('2019', { year: 2020, cells: { 'table3.carriedForward.total': 2 } });
    const report = sampleReport('2021', { year: 2021 });
    expect(W1_CROSS_YEAR.check({ report, previous })).toMatchObject([{ paths: ['table3.carriedOver.total'], expected: 2, actual: 1 }]);
  });

  it('reads a blank as 0 and says so; skips other agencies', () => {
    const previous = samplePrevious('2021', { cells: { 'table3.carriedForward.naturalPerson': null } });
    expect(W1_CROSS_YEAR.check({ report: sampleReport('2021'), previous })).toMatchObject([{ expected: 0, actual: 1, blanksAsZero: true }]);
    const other = samplePrevious('2021', { agency: '某市统计局', cells: { 'table3.carriedForward.total': 9 } });
    expect(W1_CROSS_YEAR.check({ report: sampleReport('2021'), previous: other })).toEqual([]);
  });
});

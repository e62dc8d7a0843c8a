/**
 * @module Tests of rule w4-published-bound: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { W4_PUBLISHED_BOUND } from './w4-published-bound.js';
import { sampleReport } from './test-helpers.test-util.js';

describe('W4 t2.publishedBound', () => {
  it('passes consistent 2019 counts and has nothing to check in 2021', () => {
    expect(W4_PUBLISHED_BOUND.check({ report: sampleReport('2019') })).toEqual([]);
    expect(W4_PUBLISHED_BOUND.check({ report: sampleReport('2021') })).toEqual([]);
  });

  it('reports more newly published than published in total', () => {
    const report = sampleReport('2019', { cells: { 'table2.normativeDocs.newlyPublished': 12 } });
    const [f] = W4_PUBLISHED_BOUND.check({ report });
    expect(f).toMatchObject({ rule: 'W4', severity: 'warning', expected: 10, actual: 12 });
    expect(f!.message.zh).toBe('表二“规范性文件”：本年新公开数量 12 大于对外公开总数量 10');
  });

  it('reports a negative current item count', () => {
    const report = sampleReport('2019', { cells: { 'table2.penalty.yearChange': -9 } });
    const [f] = W4_PUBLISHED_BOUND.check({ report });
    expect(f).toMatchObject({ paths: ['table2.penalty.prevYearItems', 'table2.penalty.yearChange'], expected: 0, actual: -4 });
    expect(f!.message.zh).toContain('上一年项目数量 5 + 本年增/减 -9 = -4');
  });

  it('reads blanks as 0 when the other cell is present', () => {
    const report = sampleReport('2019', { cells: { 'table2.adminFees.prevYearItems': null, 'table2.adminFees.yearChange': -1 } });
    expect(W4_PUBLISHED_BOUND.check({ report })).toMatchObject([{ actual: -1, blanksAsZero: true }]);
    const blankChange = sampleReport('2019', { cells: { 'table2.otherServices.yearChange': null } });
    expect(W4_PUBLISHED_BOUND.check({ report: blankChange })).toEqual([]);
  });
});

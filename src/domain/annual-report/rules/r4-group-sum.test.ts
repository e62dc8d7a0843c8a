/**
 * @module Tests of rule r4-group-sum: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { R4_GROUP_SUM } from './r4-group-sum.js';
import { sampleReport } from './test-helpers.test-util.js';

describe('R4 t4.groupSum', () => {
  it('passes groups whose total is the sum of the four results', () => {
    expect(R4_GROUP_SUM.check({ report: sampleReport('2019') })).toEqual([]);
  });

  it('reports a group whose total differs', () => {
    const report = sampleReport('2021', { cells: { 'table4.litigationDirect.total': 3 } });
    const [f, ...rest] = R4_GROUP_SUM.check({ report });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'R4', expected: 1, actual: 3 });
    expect(f!.message.zh).toBe('表四“行政诉讼·未经复议直接起诉”：结果维持 0 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 = 1 ≠ 总计 3');
    expect(f!.paths).toEqual(['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `table4.litigationDirect.${c}`));
  });

  it('skips an all-blank group; reads blanks as 0 in a partly filled one', () => {
    const cols = ['upheld', 'corrected', 'other', 'pending', 'total'];
    const blank = Object.fromEntries(cols.map((c) => [`table4.litigationAfterReconsideration.${c}`, null]));
    expect(R4_GROUP_SUM.check({ report: sampleReport('2021', { cells: blank }) })).toEqual([]);
    const partial = sampleReport('2021', { cells: { 'table4.reconsideration.total': null } });
    expect(R4_GROUP_SUM.check({ report: partial })).toMatchObject([{ expected: 2, actual: 0, blanksAsZero: true }]);
  });
});

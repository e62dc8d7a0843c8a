/**
 * @module Tests of rule r3-results-sum: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { R3_RESULTS_SUM } from './r3-results-sum.js';
import { sampleReport } from './test-helpers.test-util.js';

describe('R3 t3.resultsSum', () => {
  it('passes when the result rows add up to （七）总计', () => {
    expect(R3_RESULTS_SUM.check({ report: sampleReport('2019') })).toEqual([]);
    expect(R3_RESULTS_SUM.check({ report: sampleReport('2021') })).toEqual([]);
  });

  it('uses the stored （六）其他处理 row in 2019', () => {
    const report = sampleReport('2019', { cells: { 'table3.otherHandling.total.naturalPerson': 2 } });
    const [f] = R3_RESULTS_SUM.check({ report });
    expect(f).toMatchObject({ rule: 'R3', severity: 'error', expected: 5, actual: 4 });
    expect(f!.message.zh).toBe('第一列（自然人）：办理结果各项之和 5（予以公开 2 + 本机关不掌握相关政府信息 1 + 其他处理 2）≠ （七）总计 4');
    expect(f!.paths).toContain('table3.otherHandling.total.naturalPerson');
    expect(f!.paths).toContain('table3.totalProcessed.naturalPerson');
  });

  it('sums the three 2021 sub-rows of （六）其他处理', () => {
    const report = sampleReport('2021', { cells: { 'table3.otherHandling.other.total': 1 } });
    const [f] = R3_RESULTS_SUM.check({ report });
    expect(f).toMatchObject({ expected: 6, actual: 5 });
    expect(f!.message.zh).toContain('其他处理·其他 1');
    expect(f!.paths).toContain('table3.otherHandling.overdueFee.total');
    expect(f!.paths).not.toContain('table3.otherHandling.total.total');
  });

  it('reads blanks as 0', () => {
    const report = sampleReport('2021', { cells: { 'table3.granted.commercial': null } });
    expect(R3_RESULTS_SUM.check({ report })).toMatchObject([{ expected: 0, actual: 1, blanksAsZero: true }]);
  });
});

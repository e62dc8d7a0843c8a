/**
 * @module Tests of rule w-fmt-format-year: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { W_FMT_FORMAT_YEAR } from './w-fmt-format-year.js';
import { sampleReport } from './test-helpers.test-util.js';

describe('W-FMT format vs year', () => {
  it('passes matching formats, and has nothing to check without a year', () => {
    expect(W_FMT_FORMAT_YEAR.check({ report: sampleReport('2019', { year: 2020 }) })).toEqual([]);
    expect(W_FMT_FORMAT_YEAR.check({ report: sampleReport('2021', { year: 2021 }) })).toEqual([]);
    expect(W_FMT_FORMAT_YEAR.check({ report: sampleReport('2021', { year: null }) })).toEqual([]);
  });

  it('warns a format that does not match the year', () => {
    const [f] = W_FMT_FORMAT_YEAR.check({ report: sampleReport('2019', { year: 2021 }) });
    expect(f).toMatchObject({ rule: 'W-FMT', severity: 'warning', expected: 2021, actual: 2019 });
    expect(f!.message.zh).toBe('2021年度报告应使用 2021 版格式（国办公开办函〔2021〕30号），实际为 2019 版');
    expect(W_FMT_FORMAT_YEAR.check({ report: sampleReport('2021', { year: 2020 }) })).toHaveLength(1);
  });
});

/**
 * @module Tests of rule r2-row-total: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { R2_ROW_TOTAL } from './r2-row-total.js';
import { sampleReport } from './test-helpers.test-util.js';

describe('R2 t3.rowTotal', () => {
  it('passes rows whose total is the sum of the applicant columns', () => {
    expect(R2_ROW_TOTAL.check({ report: sampleReport('2019') })).toEqual([]);
    expect(R2_ROW_TOTAL.check({ report: sampleReport('2021') })).toEqual([]);
  });

  it('reports a row whose total differs, naming the row and the terms', () => {
    const report = sampleReport('2019', { cells: { 'table3.granted.total': 4 } });
    const [f, ...rest] = R2_ROW_TOTAL.check({ report });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'R2', expected: 3, actual: 4 });
    expect(f!.message.zh).toBe('表三“（一）予以公开”：六类申请人之和 3（自然人 2 + 商业企业 1）≠ 总计 4');
    expect(f!.paths).toHaveLength(7);
    expect(f!.paths[6]).toBe('table3.granted.total');
  });

  it('names grouped rows with their group label (2021 sub-rows too)', () => {
    const report = sampleReport('2021', { cells: { 'table3.otherHandling.overdueFee.legalService': 2 } });
    const [f] = R2_ROW_TOTAL.check({ report });
    expect(f!.message.zh).toContain('（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用');
  });

  it('reads blanks as 0 when part of the row is present, skips an all-blank row', () => {
    const withBlank = sampleReport('2019', { cells: { 'table3.newReceived.total': null } });
    expect(R2_ROW_TOTAL.check({ report: withBlank })).toMatchObject([{ expected: 4, actual: 0, blanksAsZero: true }]);
    const cols = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'];
    const blankRow = sampleReport('2019', { cells: Object.fromEntries(cols.map((c) => [`table3.denied.stateSecret.${c}`, null])) });
    expect(R2_ROW_TOTAL.check({ report: blankRow })).toEqual([]);
    const partial = sampleReport('2019', { cells: Object.fromEntries(cols.slice(0, 6).map((c) => [`table3.partialGrant.${c}`, null])) });
    expect(R2_ROW_TOTAL.check({ report: partial })).toEqual([]);
  });
});

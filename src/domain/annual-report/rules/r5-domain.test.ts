/**
 * @module Tests of rule r5-domain: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { R5_DOMAIN } from './r5-domain.js';
import { sampleReport } from './test-helpers.test-util.js';

describe('R5 cells.domain', () => {
  it('accepts counts, a negative 2019 本年增/减 and decimal amounts', () => {
    expect(R5_DOMAIN.check({ report: sampleReport('2019', { cells: { 'table2.penalty.yearChange': -19 } }) })).toEqual([]);
    expect(R5_DOMAIN.check({ report: sampleReport('2021', { cells: { 'table2.adminFees.amountWan': 88.78248 } }) })).toEqual([]);
  });

  it('ignores blanks (they are R6’s business)', () => {
    expect(R5_DOMAIN.check({ report: sampleReport('2021', { cells: { 'table3.granted.total': null } }) })).toEqual([]);
  });

  it('reports negative and fractional counts, a fractional yearChange and a negative amount', () => {
    const report = sampleReport('2019', {
      cells: {
        'table3.granted.research': -1,
        'table4.reconsideration.other': 0.5,
        'table2.licensing.yearChange': 1.5,
        'table2.centralProcurement.amount': -3,
      },
    });
    const findings = R5_DOMAIN.check({ report });
    expect(findings.map((f) => [f.paths[0], f.actual])).toEqual([
      ['table2.licensing.yearChange', 1.5],
      ['table2.centralProcurement.amount', -3],
      ['table3.granted.research', -1],
      ['table4.reconsideration.other', 0.5],
    ]);
    expect(findings.every((f) => f.rule === 'R5' && f.severity === 'error')).toBe(true);
    expect(findings[2]!.message.zh).toBe('表三“三、本年度办理结果 （一）予以公开 / 法人或其他组织·科研机构”为 -1，应为非负整数');
  });

  it('rejects non-finite numbers', () => {
    const report = sampleReport('2021', { cells: { 'table2.adminFees.amountWan': Number.NaN } });
    expect(R5_DOMAIN.check({ report })).toHaveLength(1);
  });
});

/**
 * @module Tests of rule w8-units: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { W8_UNITS } from './w8-units.js';
import { sampleReport } from './test-helpers.test-util.js';

describe('W8 units', () => {
  it('passes a 2019 amount with a detected unit, a zero amount, and a plausible 2021 fee', () => {
    expect(W8_UNITS.check({ report: sampleReport('2019') })).toEqual([]);
    expect(W8_UNITS.check({ report: sampleReport('2019', { units: { 'table2.centralProcurement.amount': 'yuan' } }) })).toEqual([]);
    expect(W8_UNITS.check({ report: sampleReport('2019', { units: {}, cells: { 'table2.centralProcurement.amount': 0 } }) })).toEqual([]);
    expect(W8_UNITS.check({ report: sampleReport('2021', { cells: { 'table2.adminFees.amountWan': 798.84 } }) })).toEqual([]);
  });

  it('warns about a 2019 procurement amount without a unit, hinting at yuan when it is large', () => {
    const small = W8_UNITS.check({ report: sampleReport('2019', { units: {} }) });
    expect(small).toMatchObject([{ rule: 'W8', severity: 'warning', paths: ['table2.centralProcurement.amount'], actual: 12.5 }]);
    expect(small[0]!.message.zh).not.toContain('疑似');
    const large = W8_UNITS.check({ report: sampleReport('2019', { units: {}, cells: { 'table2.centralProcurement.amount': 63744431.4 } }) });
    expect(large[0]!.message.zh).toContain('疑似以元为单位');
  });

  it('warns about a 2021 fee amount that looks like yuan', () => {
    const report = sampleReport('2021', { cells: { 'table2.adminFees.amountWan': 7988400 } });
    expect(W8_UNITS.check({ report })).toMatchObject([{ paths: ['table2.adminFees.amountWan'], actual: 7988400, expected: 100000 }]);
  });
});

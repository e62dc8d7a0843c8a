/**
 * @module Tests of rule r3b-other-sum: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import type { AnnualReport, TableValues } from '../report.js';
import { R3B_OTHER_SUM } from './r3b-other-sum.js';
import { sampleReport } from './test-helpers.test-util.js';

/** The report with a stored （六）其他处理 subtotal row, as a document that printed one would give. */
function withStoredTotal(report: AnnualReport, total: TableValues): AnnualReport {
  const other = report.table3['otherHandling'] as TableValues;
  return { ...report, table3: { ...report.table3, otherHandling: { ...other, total } } };
}

describe('R3b t3.otherSum', () => {
  it('has nothing to check on a 2021 report without a stored subtotal, or on 2019', () => {
    expect(R3B_OTHER_SUM.check({ report: sampleReport('2021') })).toEqual([]);
    expect(R3B_OTHER_SUM.check({ report: sampleReport('2019', { cells: { 'table3.otherHandling.total.total': 9 } }) })).toEqual([]);
  });

  it('passes a stored subtotal equal to its sub-rows', () => {
    const report = withStoredTotal(sampleReport('2021'), { naturalPerson: 1, total: 1 });
    expect(R3B_OTHER_SUM.check({ report })).toEqual([]);
  });

  it('reports a stored subtotal that differs from its sub-rows', () => {
    const report = withStoredTotal(sampleReport('2021', { cells: { 'table3.otherHandling.other.total': null } }), { total: 3 });
    const [f, ...rest] = R3B_OTHER_SUM.check({ report });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'R3b', severity: 'error', expected: 1, actual: 3, blanksAsZero: true });
    expect(f!.message.zh).toBe('第七列（总计）：（六）其他处理 3 ≠ 逾期不补正 1 + 逾期未缴费 0 + 其他 空 = 1（空白单元格按 0 计）');
    expect(f!.paths[0]).toBe('table3.otherHandling.total.total');
  });
});

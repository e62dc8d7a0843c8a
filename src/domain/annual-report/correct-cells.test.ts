import { describe, expect, it } from 'vitest';
import { buildReport, getCell } from './report.js';
import { correctCells } from './correct-cells.js';
import { isGongkaiError } from '../shared/errors.js';

const base = buildReport({
  format: '2021',
  year: 2024,
  cells: { 'table3.newReceived.naturalPerson': 5, 'table3.newReceived.total': 5 },
  findings: [
    { rule: 'P-CELLS', severity: 'warning', message: { zh: '缺', en: 'missing' }, paths: ['table4.reconsideration.upheld'] },
    { rule: 'P-LABEL', severity: 'info', message: { zh: '标签', en: 'label' }, paths: ['table3.newReceived.total', 'table3.newReceived.commercial'] },
  ],
});

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isGongkaiError(e) ? e.code : 'OTHER';
  }
  return undefined;
}

describe('correctCells', () => {
  it('changes only the given cells, leaving the original untouched', () => {
    const { report, diffs } = correctCells(base, [{ path: 'table3.newReceived.naturalPerson', value: 4 }]);
    expect(diffs).toEqual([{ path: 'table3.newReceived.naturalPerson', oldValue: 5, newValue: 4 }]);
    expect(getCell(report, 'table3.newReceived.naturalPerson')).toBe(4);
    expect(getCell(base, 'table3.newReceived.naturalPerson')).toBe(5);
    // The row total no longer adds up.
    expect(report.findings.some((f) => f.rule === 'R2')).toBe(true);
  });

  it('drops reader findings a person resolved, keeps the others', () => {
    const { report } = correctCells(base, [{ path: 'table4.reconsideration.upheld', value: 0 }]);
    const rules = report.findings.map((f) => f.rule);
    expect(rules).not.toContain('P-CELLS');
    expect(rules).toContain('P-LABEL');
  });

  it('refuses unknown paths, bad numbers, repeats and no-ops', () => {
    expect(code(() => correctCells(base, [{ path: 'table3.nowhere.total', value: 1 }]))).toBe('INVALID_VALUE');
    expect(code(() => correctCells(base, [{ path: 'table3.newReceived.total', value: Number.NaN }]))).toBe('INVALID_VALUE');
    expect(code(() => correctCells(base, [{ path: 'table3.newReceived.total', value: 2.5 }]))).toBe('INVALID_VALUE');
    expect(code(() => correctCells(base, [{ path: 'table3.newReceived.total', value: -1 }]))).toBe('INVALID_VALUE');
    expect(
      code(() =>
        correctCells(base, [
          { path: 'table3.newReceived.total', value: 1 },
          { path: 'table3.newReceived.total', value: 2 },
        ]),
      ),
    ).toBe('INVALID_VALUE');
    expect(code(() => correctCells(base, [{ path: 'table3.newReceived.total', value: 5 }]))).toBe('INVALID_VALUE');
    expect(code(() => correctCells(base, []))).toBe('INVALID_VALUE');
  });

  it('accepts decimals for amounts', () => {
    const { report } = correctCells(base, [{ path: 'table2.adminFees.amountWan', value: 1.25 }]);
    expect(getCell(report, 'table2.adminFees.amountWan')).toBe(1.25);
  });
});

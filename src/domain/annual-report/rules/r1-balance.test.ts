/**
 * @module Tests of rule r1-balance: passing and failing cases built from the sample reports.
 */
import { describe, it, expect } from 'vitest';
import { T3_COL_KEYS } from '../columns.js';
import { R1_BALANCE } from './r1-balance.js';
import { sampleReport } from './test-helpers.test-util.js';

const check = (cells: Record<string, number | null>) => R1_BALANCE.check({ report: sampleReport('2019', { cells }) });

describe('R1 t3.balance', () => {
  it('passes a balanced table', () => {
    expect(R1_BALANCE.check({ report: sampleReport('2021') })).toEqual([]);
  });

  it('reports a column where received + carried over ≠ processed + carried forward', () => {
    const [f, ...rest] = check({ 'table3.totalProcessed.naturalPerson': 2, 'table3.totalProcessed.total': 3 });
    expect(rest).toHaveLength(1); // the total column as well
    expect(f).toMatchObject({ rule: 'R1', severity: 'error', expected: 4, actual: 2 });
    expect(f!.message.zh).toBe('第一列（自然人）：本年新收 3 + 上年结转 1 = 4 ≠ （七）总计 2 + 结转下年 0 = 2');
    expect(f!.paths).toEqual([
      'table3.newReceived.naturalPerson',
      'table3.carriedOver.naturalPerson',
      'table3.totalProcessed.naturalPerson',
      'table3.carriedForward.naturalPerson',
    ]);
    expect(f!.blanksAsZero).toBeUndefined();
  });

  it('reads blanks as 0 and says so', () => {
    const [f] = check({ 'table3.carriedOver.naturalPerson': null });
    expect(f).toMatchObject({ expected: 3, actual: 4, blanksAsZero: true });
    expect(f!.message.zh).toContain('上年结转 空');
    expect(f!.message.zh).toContain('空白单元格按 0 计');
  });

  it('stays silent on an all-blank column and on a balanced column with blanks', () => {
    const blankCol = Object.fromEntries(
      ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].map((r) => [`table3.${r}.research`, null]),
    );
    expect(check(blankCol)).toEqual([]);
    expect(check({ 'table3.carriedForward.naturalPerson': null })).toEqual([]);
  });

  it('checks all seven columns', () => {
    const cells = Object.fromEntries(T3_COL_KEYS.map((c) => [`table3.carriedForward.${c}`, 9]));
    expect(check(cells).map((f) => f.paths[3])).toEqual(T3_COL_KEYS.map((c) => `table3.carriedForward.${c}`));
  });
});

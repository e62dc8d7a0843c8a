import { describe, expect, it } from 'vitest';
import { resolveRow } from './resolve-row.js';
import { candidateValues, type SumGroup, type ValueItem } from './value-item.js';

const at = { kind: 'line', line: 1 } as const;
const num = (v: number): ValueItem => ({ kind: 'number', value: v, digits: String(v), raw: String(v), at });
const blank: ValueItem = { kind: 'blank', raw: '', at };
const ROW: SumGroup[] = [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }];

describe('resolveRow', () => {
  it('maps exactly n numbers, ignoring stray blank cells', () => {
    const r = resolveRow([blank, num(15), num(0), num(0), num(0), num(0), num(0), num(15), blank], 7, ROW);
    expect(r.note).toBe('exact');
    expect(r.candidates.map(candidateValues)).toEqual([[15, 0, 0, 0, 0, 0, 15]]);
  });

  it('keeps blank cells in place when the cell count matches', () => {
    const r = resolveRow([num(11), blank, blank, blank, blank, blank, num(11)], 7, ROW);
    expect(r.candidates.map(candidateValues)).toEqual([[11, null, null, null, null, null, 11]]);
  });

  it('fills missing cells at the end with null and says so', () => {
    const r = resolveRow([num(4)], 2);
    expect(r.note).toBe('trailingMissing');
    expect(r.candidates.map(candidateValues)).toEqual([[4, null]]);
  });

  it('chooses among windows by the row total', () => {
    // 8 cells for 7 columns: only one window keeps 5 = 2 + 3.
    const r = resolveRow([num(2), num(3), blank, blank, blank, blank, num(5), blank], 7, ROW);
    expect(r.candidates.map(candidateValues)).toEqual([[2, 3, null, null, null, null, 5]]);
  });

  it('splits digits that ran together when the arithmetic allows one split only', () => {
    const r = resolveRow([{ ...num(15130000154), digits: '15130000154', raw: '15130000154' }], 7, ROW);
    expect(r.note).toBe('recovered');
    expect(r.candidates.map(candidateValues)).toEqual([[151, 3, 0, 0, 0, 0, 154]]);
  });

  it('returns every candidate when several splits satisfy the arithmetic', () => {
    // "110000011": 1,10,0,0,0,0,11 and 11,0,0,0,0,0,11 both add up.
    const r = resolveRow([{ ...num(110000011), digits: '110000011', raw: '110000011' }], 7, ROW);
    expect(r.candidates.map(candidateValues)).toEqual([
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
  });

  it('never splits digits without arithmetic to decide by', () => {
    const r = resolveRow([{ ...num(181582), digits: '181582', raw: '181582' }], 3);
    expect(r.note).toBe('undetermined');
    expect(r.candidates).toEqual([]);
  });
});

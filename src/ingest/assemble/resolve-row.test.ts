import { describe, expect, it } from 'vitest';
import { collapseSpanRepeats, resolveRow } from './resolve-row.js';
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

describe('resolveRow on loose values (text without cell boundaries)', () => {
  const loose = (v: number): ValueItem => ({ ...num(v), loose: true });

  it('never fills missing cells from the left: without arithmetic, several placements leave the row open', () => {
    const r = resolveRow([loose(24), loose(24)], 3);
    expect(r.note).toBe('window');
    expect(r.candidates.length).toBe(3);
  });

  it('places values where the row sum allows one placement only', () => {
    // 3 and 4 with the total 7: the two parts could sit in any two of six columns — still open;
    // with the total in place and both parts distinct the sum alone cannot decide either.
    expect(resolveRow([loose(3), loose(4), loose(7)], 7, ROW).candidates.length).toBeGreaterThan(1);
    // All seven present: exact.
    expect(resolveRow([1, 2, 3, 4, 5, 6, 21].map(loose), 7, ROW).note).toBe('exact');
  });

  it('splits digits that ran together without a minimum run length', () => {
    const r = resolveRow(['537', '28', '29', '5126', '176'].map((d) => ({ ...loose(Number(d)), digits: d, raw: d })), 7, ROW);
    expect(r.candidates.map(candidateValues)).toEqual([[5, 37, 28, 29, 51, 26, 176]]);
    expect(r.note).toBe('recovered');
  });
});

describe('windows and written blank markers', () => {
  it('prefers the window that keeps every written marker (—, 无) over an empty layout cell', () => {
    const dash: ValueItem = { kind: 'blank', raw: '—', at };
    const r = resolveRow([blank, dash, num(0), dash, dash, dash, num(0), dash], 7, ROW);
    expect(r.candidates.map(candidateValues)).toEqual([[null, 0, null, null, null, 0, null]]);
  });
});

describe('collapseSpanRepeats', () => {
  it('reads a merged cell repeated in the slots it spans once', () => {
    expect(collapseSpanRepeats([num(57), num(57), num(57)], 1)?.candidates.map(candidateValues)).toEqual([[57]]);
    expect(collapseSpanRepeats([num(7), num(4500), num(4500)], 2)?.candidates.map(candidateValues)).toEqual([[7, 4500]]);
  });

  it('does nothing when the runs do not come out at the column count', () => {
    expect(collapseSpanRepeats([num(5), num(6), num(7)], 2)).toBeNull();
    expect(collapseSpanRepeats([num(5)], 1)).toBeNull();
  });
});

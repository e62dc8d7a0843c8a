import { describe, expect, it } from 'vitest';
import { readNumberCell, splitNumberRun } from './text-forms.js';

describe('readNumberCell', () => {
  it.each([
    ['0', 0],
    ['\u00a011', 11],
    ['  6201\u00a0\u00a0', 6201],
    ['１２３', 123],
    ['1,234', 1234],
    ['88.78248', 88.78248],
    ['130(增)', 130],
    ['19(减)', -19],
    ['3（减）', -3],
    ['-5', -5],
    ['160.5964万元', 160.5964],
  ])('reads %j as %d', (text, value) => {
    const r = readNumberCell(text);
    expect(r.kind).toBe('number');
    expect(r.kind === 'number' && r.value).toBe(value);
  });

  it('keeps the unit written in the cell', () => {
    expect(readNumberCell('160.5964万元')).toMatchObject({ unit: 'wan' });
    expect(readNumberCell('500元')).toMatchObject({ unit: 'yuan' });
  });

  it.each(['', ' ', '\u00a0', '\u00a0\u00a0', '\u3000', '-', '—', '/', '无'])('reads %j as blank', (text) => {
    expect(readNumberCell(text).kind).toBe('blank');
  });

  it.each(['规章', '本年新制作数量', '62 01', '798. 84', '1.属于国家秘密', '2019年'])('reads %j as text, never as a number', (text) => {
    expect(readNumberCell(text).kind).toBe('text');
  });

  it('splits a run of space-separated numbers into cells', () => {
    expect(splitNumberRun('0 0  3\u00a04')).toEqual(['0', '0', '3', '4']);
    expect(splitNumberRun('0 规章')).toBeNull();
    expect(splitNumberRun('12')).toBeNull();
    expect(splitNumberRun('12 — 5 无')).toEqual(['12', '—', '5', '无']);
    expect(splitNumberRun('- 3 -')).toBeNull();
    expect(splitNumberRun('— 4 —')).toBeNull();
  });
});

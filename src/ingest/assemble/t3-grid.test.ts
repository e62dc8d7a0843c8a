import { describe, expect, it } from 'vitest';
import { cell } from '../tokens.js';
import { gridReading, t3Grid } from './t3-grid.js';
import { candidateValues, type ValueItem } from './value-item.js';

const at = { kind: 'line' as const, line: 1 };
const header = (words: readonly (readonly [string, number])[]) => words.map(([w, c]) => cell(w, at, c));
const FULL = header([['自然人', 3], ['法人或其他组织', 4], ['总计', 9], ['商业企业', 4], ['科研机构', 5], ['社会公益组织', 6], ['法律服务机构', 7], ['其他', 8]]);
const num = (v: number, col: number): ValueItem => ({ kind: 'number', value: v, digits: String(v), raw: String(v), at, col });
const blank = (col: number): ValueItem => ({ kind: 'blank', raw: '', at, col });

describe('t3Grid', () => {
  it('maps the seven named columns', () => {
    expect(t3Grid(FULL, 0, FULL.length)).toEqual({ cols: [3, 4, 5, 6, 7, 8, 9], extra: new Set() });
  });

  it('needs every column named once and in order, and grid columns at all', () => {
    expect(t3Grid(FULL.slice(0, 7), 0, 7)).toBeNull();
    expect(t3Grid([...FULL, cell('其他', at, 2)], 0, 9)).toBeNull();
    const noCols = FULL.map((t) => (t.kind === 'cell' ? cell(t.text, t.at) : t));
    expect(t3Grid(noCols, 0, noCols.length)).toBeNull();
  });

  it('keeps an extra subtotal column aside', () => {
    const g = t3Grid([...FULL.slice(0, 2), cell('总计', at, 10), ...FULL.slice(3), cell('法人或其他组织小计', at, 9)], 0, 9);
    expect(g?.extra).toEqual(new Set([9]));
  });
});

describe('gridReading', () => {
  const grid = t3Grid(FULL, 0, FULL.length)!;

  it('reads a row whose indentation cell and dropped trailing cells would shift it', () => {
    expect(candidateValues(gridReading([blank(2), num(30, 3), num(44, 4), num(29, 5)], grid)!)).toEqual([30, 44, 29, null, null, null, null]);
  });

  it('gives up when a number stands outside the named columns', () => {
    expect(gridReading([num(1, 2), num(1, 9)], grid)).toBeNull();
  });
});

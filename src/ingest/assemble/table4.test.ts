import { describe, expect, it } from 'vitest';
import { cell, ROW_END, type Token } from '../tokens.js';
import { readTable4 } from './table4.js';
import { CellSink } from './cell-sink.js';
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import { TokenForms } from './token-forms.js';
import type { SourceShape } from './collect-values.js';

const at = { kind: 'line' as const, line: 1 };
const ROWS: SourceShape = { rowStructured: true, blanksLost: false };
const LINES: SourceShape = { rowStructured: false, blanksLost: false };

function rows(...rs: string[][]): Token[] {
  return rs.flatMap((r) => [...r.map((t) => cell(t, at)), ROW_END]);
}

function read(tokens: Token[], shape: SourceShape = ROWS): Record<string, number | null> {
  const sink = new CellSink('2021');
  readTable4(new TokenForms(tokens), shape, 0, tokens.length, sink);
  const paths = cellSpecs('2021').filter((s) => s.table === 'table4' && sink.has(s.path)).map((s) => s.path);
  return Object.fromEntries(paths.map((p) => [p.replace('table4.', ''), sink.valueAt(p)!]));
}

const COLS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const R = ['1', '2', '3', '4', '10'];
const D = ['5', '6', '7', '8', '26'];
const A = ['0', '1', '0', '2', '3'];

describe('readTable4', () => {
  it('reads the template: three header rows, one row of fifteen cells', () => {
    const got = read(rows(['行政复议', '行政诉讼'], [...COLS, '未经复议直接起诉', '复议后起诉'], [...COLS, ...COLS], [...R, ...D, ...A]));
    expect(got['reconsideration.total']).toBe(10);
    expect(got['litigationDirect.upheld']).toBe(5);
    expect(got['litigationAfterReconsideration.total']).toBe(3);
  });

  it('reads flattened headers (行政诉讼·复议后起诉·总计)', () => {
    const header = ['行政复议', '行政诉讼·未经复议直接起诉', '行政诉讼·复议后起诉'].flatMap((g) => COLS.map((c) => `${g}·${c}`));
    expect(read(rows(header, [...R, ...D, ...A]))['litigationDirect.total']).toBe(26);
  });

  it('reads one row per group, each with its label cell', () => {
    const got = read(rows(['类别', '', ...COLS], ['行政复议', '', ...R], ['行政诉讼', '未经复议直接起诉', ...D], ['', '复议后起诉', ...A]));
    expect(got).toMatchObject({ 'reconsideration.upheld': 1, 'litigationDirect.corrected': 6, 'litigationAfterReconsideration.pending': 2 });
  });

  it('reads the table transposed: a group cell over five rows of column label and value', () => {
    const t: string[][] = [['类别', '数量（件）']];
    for (const [g, vals] of [['行政复议', R], ['行政诉讼（未经复议直接起诉）', D], ['行政诉讼（复议后起诉）', A]] as const) {
      COLS.forEach((c, i) => t.push(i === 0 ? [g, c, vals[i]!] : ['', c, vals[i]!]));
    }
    const got = read(rows(...t));
    expect(got).toMatchObject({ 'reconsideration.other': 3, 'litigationDirect.total': 26, 'litigationAfterReconsideration.corrected': 1 });
  });

  it('takes written blank markers as cells, and the rows above the first group word (PDF text, label in the middle row)', () => {
    const lines = ['结果维持 1', '结果纠正 —', '行政复议 其他结果 3', '尚未审结 4', '总计 8'].map((t) => cell(t, at));
    const got = read(lines, LINES);
    expect(got).toMatchObject({ 'reconsideration.upheld': 1, 'reconsideration.corrected': null, 'reconsideration.other': 3, 'reconsideration.total': 8 });
    expect(got['litigationDirect.total']).toBeNull();
  });

  it('finds no table without 行政复议 or 行政诉讼', () => {
    expect(Object.values(read(rows(['结果维持', '1'])))).toEqual(Array(15).fill(null));
  });
});

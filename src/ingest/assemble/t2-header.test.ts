import { describe, expect, it } from 'vitest';
import { cell, ROW_END } from '../tokens.js';
import { FORMAT_2019, FORMAT_2021 } from '../../domain/annual-report/formats/index.js';
import { headerAt, readByHeader } from './t2-header.js';
import { TokenForms } from './token-forms.js';
import { candidateValues, type ValueItem } from './value-item.js';

const at = { kind: 'line' as const, line: 1 };
const num = (v: number): ValueItem => ({ kind: 'number', value: v, digits: String(v), raw: String(v), at });
const blank: ValueItem = { kind: 'blank', raw: '', at };
const art20 = (f: typeof FORMAT_2019, key: string) => f.table2.find((p) => p.key === key)!.columns;

describe('headerAt', () => {
  it('reads the column cells of a 信息内容 row', () => {
    const tokens = new TokenForms([cell('信息内容', at), cell('上一年项目数量', at), cell('本年增/减', at), cell('', at), ROW_END, cell('x', at)]);
    expect(headerAt(tokens, 0)).toEqual(['上一年项目数量', '本年增减', '']);
    expect(headerAt(tokens, 1)).toBeNull();
  });
});

describe('readByHeader', () => {
  it('skips the empty third column of 2019 第二十条第(八)项', () => {
    const r = readByHeader([blank, num(4), blank], ['上一年项目数量', '本年增减', ''], art20(FORMAT_2019, 'art20_8'));
    expect(r?.candidates.map(candidateValues)).toEqual([[null, 4]]);
  });

  it('reads a merged cell repeated in every slot it spans once', () => {
    const r = readByHeader([num(57), num(57), num(57)], ['本年处理决定数量', '本年处理决定数量', '本年处理决定数量'], art20(FORMAT_2021, 'art20_5'));
    expect(r?.candidates.map(candidateValues)).toEqual([[57]]);
  });

  it('gives up when the repeated slots disagree or the counts differ', () => {
    expect(readByHeader([num(5), num(6)], ['本年处理决定数量', '本年处理决定数量'], art20(FORMAT_2021, 'art20_5'))).toBeNull();
    expect(readByHeader([num(5)], ['上一年项目数量', '本年增减', ''], art20(FORMAT_2019, 'art20_8'))).toBeNull();
  });
});

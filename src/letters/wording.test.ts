import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../domain/calendar/iso-date.js';
import { dateZh, yuanInFigures, yuanInWords } from './wording.js';

describe('dateZh', () => {
  it('writes the year in full and no leading zeros (GB/T 9704)', () => {
    expect(dateZh('2024-01-05' as IsoDate)).toBe('2024年1月5日');
    expect(dateZh('2025-12-31' as IsoDate)).toBe('2025年12月31日');
  });
});

describe('yuanInWords', () => {
  it.each([
    [0, '人民币零元整'],
    [100, '人民币壹佰元整'],
    [200, '人民币贰佰元整'],
    [1005, '人民币壹仟零伍元整'],
    [4700, '人民币肆仟柒佰元整'],
    [10000, '人民币壹万元整'],
    [10050, '人民币壹万零伍拾元整'],
    [100000, '人民币壹拾万元整'],
    [1000100, '人民币壹佰万零壹佰元整'],
    [100000000, '人民币壹亿元整'],
    [100010000, '人民币壹亿零壹万元整'],
  ])('%d → %s', (n, words) => {
    expect(yuanInWords(n)).toBe(words);
  });

  it('refuses fractions and negatives', () => {
    expect(() => yuanInWords(1.5)).toThrow(/INVALID_VALUE|整数/);
    expect(() => yuanInWords(-1)).toThrow();
  });
});

describe('yuanInFigures', () => {
  it('groups thousands', () => {
    expect(yuanInFigures(4700)).toBe('4,700');
    expect(yuanInFigures(40)).toBe('40');
  });
});

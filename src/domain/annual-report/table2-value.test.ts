import { describe, expect, it } from 'vitest';
import { formatTable2Value, isTable2Value, parseTable2Value } from './table2-value.js';

const value = (kind: Parameters<typeof parseTable2Value>[0], typed: string) => {
  const r = parseTable2Value(kind, typed);
  return r.ok ? r.value : 'refused';
};

describe('parseTable2Value', () => {
  it('reads a blank as not entered, never as 0', () => {
    expect(value('count', '')).toBeNull();
    expect(value('amount', '  ')).toBeNull();
  });

  it('reads counts as typed on Chinese keyboards: full-width digits, spaces and thousands separators', () => {
    expect(value('count', '13704')).toBe(13704);
    expect(value('count', '１３７０４')).toBe(13704);
    expect(value('count', '13,704')).toBe(13704);
    expect(value('count', '13，704')).toBe(13704);
    expect(value('count', ' 0 ')).toBe(0);
  });

  it('refuses counts that are negative, fractional or not numbers (R5)', () => {
    for (const typed of ['-1', '1.5', '12件', 'abc', '1e3']) expect(value('count', typed), typed).toBe('refused');
    expect(value('count', '99999999999999999999')).toBe('refused');
  });

  it('lets the 2019 本年增/减 be negative, with an ASCII or a typographic minus, but whole', () => {
    expect(value('signedCount', '-3')).toBe(-3);
    expect(value('signedCount', '−3')).toBe(-3);
    expect(value('signedCount', '+2')).toBe(2);
    expect(value('signedCount', '-0')).toBe(0);
    expect(value('signedCount', '1.5')).toBe('refused');
  });

  it('reads amounts in 万元 to the fen: at most six decimal places, never negative', () => {
    expect(value('amount', '88.78248')).toBe(88.78248);
    expect(value('amount', '0.000001')).toBe(0.000001);
    expect(value('amount', '160')).toBe(160);
    expect(value('amount', '1,234.5')).toBe(1234.5);
    expect(value('amount', '0.0000001')).toBe('refused');
    expect(value('amount', '-1')).toBe('refused');
    expect(value('amount', '1.2.3')).toBe('refused');
    expect(value('amount', '.5')).toBe('refused');
  });

  it('says in Chinese and English what the cell wants', () => {
    const r = parseTable2Value('count', '1.5');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.zh).toContain('不小于 0 的整数');
      expect(r.message.en).toContain('whole number');
    }
  });
});

describe('isTable2Value and formatTable2Value', () => {
  it('agree with the parser on what may be stored', () => {
    expect(isTable2Value('count', 3)).toBe(true);
    expect(isTable2Value('count', -3)).toBe(false);
    expect(isTable2Value('signedCount', -3)).toBe(true);
    expect(isTable2Value('amount', 88.78248)).toBe(true);
    expect(isTable2Value('amount', 0.1 + 0.2)).toBe(false);
    expect(isTable2Value('amount', Number.NaN)).toBe(false);
  });

  it('shows stored values without exponents or trailing zeros', () => {
    expect(formatTable2Value(null)).toBe('');
    expect(formatTable2Value(13704)).toBe('13704');
    expect(formatTable2Value(0.000001)).toBe('0.000001');
    expect(formatTable2Value(88.78248)).toBe('88.78248');
    expect(formatTable2Value(-3)).toBe('-3');
  });
});

import { describe, expect, it } from 'vitest';
import { daysAfter, isIsoDate, publicationDeadline } from './publication-deadline.js';

describe('publicationDeadline (条例第四十九条)', () => {
  it('is 31 January of the next year for departments', () => {
    expect(publicationDeadline('department', 2024)).toBe('2025-01-31');
  });
  it('is 31 March of the next year for governments at county level and above', () => {
    for (const level of ['province', 'city', 'county'] as const) expect(publicationDeadline(level, 2019)).toBe('2020-03-31');
  });
  it('sets none for townships (local arrangements)', () => {
    expect(publicationDeadline('township', 2024)).toBeNull();
  });
});

describe('daysAfter', () => {
  it('counts calendar days across month ends and leap days', () => {
    expect(daysAfter('2025-02-01', '2025-01-31')).toBe(1);
    expect(daysAfter('2024-03-01', '2024-01-31')).toBe(30); // 2024 is a leap year: 29 + 1
    expect(daysAfter('2025-01-20', '2025-01-31')).toBe(-11);
  });
  it('refuses what is not a date', () => {
    expect(() => daysAfter('2025-2-1', '2025-01-31')).toThrow(RangeError);
    expect(isIsoDate('2025-02-01')).toBe(true);
    expect(isIsoDate('2025年2月1日')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

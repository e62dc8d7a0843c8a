/**
 * The 109号 fee schedule, with the amounts worked out by hand from its bands.
 */
import { describe, expect, it } from 'vitest';
import { countInMonth, feeFor, feeScheduleOn, monthlyPerApplicationTotal, perApplicationRate } from './fees.js';
import type { IsoDate } from '../calendar/iso-date.js';

describe('per application (按件), per applicant per calendar month', () => {
  it.each([
    [1, 0],
    [10, 0],
    [11, 100],
    [30, 100],
    [31, 200],
    [40, 200],
    [41, 300],
    [50, 300],
    [51, 400],
  ])('application %i of the month costs %i yuan', (n, yuan) => {
    expect(perApplicationRate(n)).toBe(yuan);
    expect(feeFor({ method: 'perApplication', countInMonth: n }).amountYuan).toBe(yuan);
  });

  it('a month of 35 applications: 10 free, 20 × 100, 5 × 200 = 3 000 yuan', () => {
    expect(monthlyPerApplicationTotal(35)).toBe(3000);
    expect(monthlyPerApplicationTotal(10)).toBe(0);
  });

  it('counts the same applicant’s applications in the same calendar month only', () => {
    const earlier = [
      { applicantKey: 'uscc:A', receivedAt: '2024-05-02' as IsoDate },
      { applicantKey: 'uscc:A', receivedAt: '2024-05-31' as IsoDate },
      { applicantKey: 'uscc:A', receivedAt: '2024-04-30' as IsoDate },
      { applicantKey: 'uscc:B', receivedAt: '2024-05-03' as IsoDate },
    ];
    expect(countInMonth('uscc:A', '2024-05-20' as IsoDate, earlier)).toBe(2);
    expect(countInMonth('uscc:C', '2024-05-20' as IsoDate, earlier)).toBe(1);
  });
});

describe('per volume (按量), each page at its band’s rate', () => {
  it.each([
    [30, 0, '1–30 free'],
    [31, 10, '1 × 10'],
    [100, 700, '70 × 10'],
    [101, 720, '70 × 10 + 1 × 20'],
    [200, 2700, '70 × 10 + 100 × 20'],
    [201, 2740, '70 × 10 + 100 × 20 + 1 × 40'],
    [250, 4700, '70 × 10 + 100 × 20 + 50 × 40'],
  ])('%i pages cost %i yuan (%s)', (pages, yuan) => {
    expect(feeFor({ method: 'perVolume', pages }).amountYuan).toBe(yuan);
  });

  it('lists the bands it charged', () => {
    expect(feeFor({ method: 'perVolume', pages: 120 }).lines).toEqual([
      { from: 1, to: 30, rate: 0, amountYuan: 0 },
      { from: 31, to: 100, rate: 10, amountYuan: 700 },
      { from: 101, to: 120, rate: 20, amountYuan: 400 },
    ]);
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(() => feeFor({ method: 'perVolume', pages: 0 })).toThrow(/页数/);
    expect(() => feeFor({ method: 'perApplication', countInMonth: 2.5 })).toThrow(/序号/);
  });
});

describe('schedules over time', () => {
  it('none before 2021-01-01, 109号 from then on', () => {
    expect(feeScheduleOn('2020-12-31' as IsoDate)).toBeNull();
    expect(feeScheduleOn('2021-01-01' as IsoDate)?.id).toBe('gbh-2020-109');
  });
});

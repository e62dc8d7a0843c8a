/**
 * Properties of working-day arithmetic over the built-in calendar, for random
 * start dates in 2019–2026, counts up to 60 and both counting policies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCalendar } from './national-notices.js';
import { addWorkdays, isWorkday, workdaysBetween } from './workdays.js';
import { countingPolicy } from './counting-policy.js';
import { fromDayNumber, toDayNumber, type IsoDate } from './iso-date.js';

const cal = builtInCalendar();
const FIRST = toDayNumber('2019-01-01' as IsoDate);
const LAST = toDayNumber('2026-09-30' as IsoDate);
const date = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const count = fc.integer({ min: 0, max: 60 });
const policy = fc.constantFrom(countingPolicy(), countingPolicy({ countFrom: 'sameDay' }));

describe('working-day arithmetic (properties)', () => {
  it('N ≥ 1 working days on always ends on a working day, never before the start', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), policy, (d, n, p) => {
        const due = addWorkdays(cal, d, n, p);
        expect(isWorkday(cal, due)).toBe(true);
        expect(due >= d).toBe(true);
      }),
    );
  });

  it('is monotonic in the count and in the start date', () => {
    fc.assert(
      fc.property(date, date, count, count, policy, (a, b, m, n, p) => {
        const [d1, d2] = a <= b ? [a, b] : [b, a];
        const [n1, n2] = m <= n ? [m, n] : [n, m];
        expect(addWorkdays(cal, d1, n1, p) <= addWorkdays(cal, d1, n2, p)).toBe(true);
        expect(addWorkdays(cal, d1, n1, p) <= addWorkdays(cal, d2, n1, p)).toBe(true);
      }),
    );
  });

  it('workdaysBetween inverts addWorkdays, and addWorkdays inverts it on working days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), date, policy, (a, n, b, p) => {
        expect(workdaysBetween(cal, a, addWorkdays(cal, a, n, p), p)).toBe(n);
        if (b > a && isWorkday(cal, b)) expect(addWorkdays(cal, a, workdaysBetween(cal, a, b, p), p)).toBe(b);
      }),
    );
  });

  it('counting on from a due date adds up (nextDay)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (d, m, n) => {
        expect(addWorkdays(cal, addWorkdays(cal, d, m), n)).toBe(addWorkdays(cal, d, m + n));
      }),
    );
  });

  it('the working days between two dates number from 0 to the calendar days, and swapping the dates negates them', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 400 }), (a, span) => {
        const b = fromDayNumber(Math.min(toDayNumber(a) + span, toDayNumber('2026-12-31' as IsoDate)));
        const days = toDayNumber(b) - toDayNumber(a);
        const wd = workdaysBetween(cal, a, b);
        expect(wd).toBeGreaterThanOrEqual(0);
        expect(wd).toBeLessThanOrEqual(days);
        expect(workdaysBetween(cal, b, a) + wd).toBe(0);
      }),
    );
  });
});

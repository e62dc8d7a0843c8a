/**
 * @module Working-day arithmetic over a `WorkCalendar`: is a day a working day,
 * the date N working days on, and how many working days lie between two dates.
 * A day the calendar cannot judge (no national notice for its year) is refused
 * with `CALENDAR_NOT_COVERED` unless the policy says `weekendsOnly`.
 */
import { GongkaiError } from '../shared/errors.js';
import { DEFAULT_POLICY, type CountingPolicy } from './counting-policy.js';
import { fromDayNumber, toDayNumber, weekdayOfDay, type DayNumber, type IsoDate } from './iso-date.js';
import { isCovered, type WorkCalendar } from './work-calendar.js';

/** A bound on a count of working days (about 40 years): anything larger is a mistake, not a deadline. */
export const MAX_WORKDAYS = 10_000;

function notCovered(day: DayNumber): GongkaiError {
  const date = fromDayNumber(day);
  const year = date.slice(0, 4);
  return new GongkaiError('CALENDAR_NOT_COVERED', {
    zh: `${date} 所在的 ${year} 年尚未载入国务院办公厅节假日安排，无法判断是否为工作日。请用 gongkai calendar load 载入该年通知，或明确选择“仅按周末计算”（weekendsOnly；命令行 --weekends-only）。`,
    en: `No State Council holiday notice for ${year} is loaded, so whether ${date} is a working day cannot be told. Load that year's notice with gongkai calendar load, or choose "weekends only" explicitly (weekendsOnly; on the command line --weekends-only).`,
  });
}

function workdayOfDay(calendar: WorkCalendar, day: DayNumber, policy: CountingPolicy): boolean {
  const rule = calendar.rules.get(day);
  if (policy.outsideCoverage === 'error' && !isCovered(calendar, fromDayNumber(day))) throw notCovered(day);
  if (rule) return !rule.off;
  return weekdayOfDay(day) < 6;
}

/** True when `date` is a working day: a listed 调休 working day, or Monday–Friday and not a listed day off. */
export function isWorkday(calendar: WorkCalendar, date: IsoDate, policy: CountingPolicy = DEFAULT_POLICY): boolean {
  return workdayOfDay(calendar, toDayNumber(date), policy);
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKDAYS) {
    throw new GongkaiError('INVALID_VALUE', {
      zh: `工作日数须为 0 至 ${MAX_WORKDAYS} 之间的整数，收到 ${String(n)}。`,
      en: `A number of working days must be a whole number from 0 to ${MAX_WORKDAYS}; got ${String(n)}.`,
    });
  }
}

/**
 * The date on which `n` working days counted from `from` are complete: the n-th
 * working day after `from` (`nextDay`), or counting `from` itself as day 1 when it
 * is a working day (`sameDay`). `n = 0` gives `from`. The result is always a
 * working day when `n ≥ 1`, so a period never ends on a holiday.
 *
 * @example addWorkdays(national, '2024-09-27', 20) // '2024-10-30' (国庆 10-01…07 off, 09-29 and 10-12 worked)
 */
export function addWorkdays(calendar: WorkCalendar, from: IsoDate, n: number, policy: CountingPolicy = DEFAULT_POLICY): IsoDate {
  checkCount(n);
  if (n === 0) return from;
  let day = toDayNumber(from);
  let counted = 0;
  if (policy.countFrom === 'sameDay' && workdayOfDay(calendar, day, policy)) counted = 1;
  while (counted < n) {
    day += 1;
    if (workdayOfDay(calendar, day, policy)) counted += 1;
  }
  return fromDayNumber(day);
}

/**
 * How many working days are counted from `a` up to and including `b`: the working
 * days in (a, b] (`nextDay`) or in [a, b] (`sameDay`). For b before a it is the
 * negative of `workdaysBetween(b, a)`. It inverts `addWorkdays`: for n ≥ 1,
 * `workdaysBetween(a, addWorkdays(a, n)) === n`.
 */
export function workdaysBetween(calendar: WorkCalendar, a: IsoDate, b: IsoDate, policy: CountingPolicy = DEFAULT_POLICY): number {
  if (b < a) return -workdaysBetween(calendar, b, a, policy);
  const start = toDayNumber(a);
  const end = toDayNumber(b);
  let count = policy.countFrom === 'sameDay' && workdayOfDay(calendar, start, policy) ? 1 : 0;
  for (let day = start + 1; day <= end; day++) if (workdayOfDay(calendar, day, policy)) count += 1;
  return count;
}

/** The first working day on or after `date`. */
export function nextWorkdayOnOrAfter(calendar: WorkCalendar, date: IsoDate, policy: CountingPolicy = DEFAULT_POLICY): IsoDate {
  let day = toDayNumber(date);
  while (!workdayOfDay(calendar, day, policy)) day += 1;
  return fromDayNumber(day);
}

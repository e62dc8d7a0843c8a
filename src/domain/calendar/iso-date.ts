/**
 * @module Calendar dates as branded ISO strings (`YYYY-MM-DD`), with the few
 * operations deadline arithmetic needs. A date here is a day of the Chinese
 * civil calendar: no time, no zone, no clock.
 */
import { GongkaiError } from '../shared/errors.js';
import type { Message } from '../shared/finding.js';

declare const isoDateBrand: unique symbol;

/** A valid proleptic-Gregorian date written `YYYY-MM-DD` (years 1000–9999). */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Day number: days since 1970-01-01 (negative before). Lets dates be compared and stepped as integers. */
export type DayNumber = number;

function dayNumberOf(y: number, m: number, d: number): DayNumber {
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** True when `text` is a real calendar date in `YYYY-MM-DD` form (2023-02-29 is not). */
export function isIsoDate(text: unknown): text is IsoDate {
  if (typeof text !== 'string') return false;
  const m = ISO_RE.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  const back = new Date(dayNumberOf(y, mo, d) * MS_PER_DAY);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
}

/**
 * Reads a date typed by a person or found in a file. Accepts `2024-09-27` and, leniently,
 * `2024-9-27`, `2024/9/27`, `2024.9.27` and `2024年9月27日`; anything else is `INVALID_DATE`.
 */
export function parseIsoDate(text: string, what: Message = { zh: '日期', en: 'The date' }): IsoDate {
  const t = text.normalize('NFKC').trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  const candidate = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : t;
  if (isIsoDate(candidate)) return candidate;
  throw new GongkaiError('INVALID_DATE', {
    zh: `${what.zh}“${text}”不是有效日期；请写成 YYYY-MM-DD，例如 2024-09-27。`,
    en: `${what.en} “${text}” is not a valid date; write it as YYYY-MM-DD, e.g. 2024-09-27.`,
  });
}

/** The date as a day number. */
export function toDayNumber(date: IsoDate): DayNumber {
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Dates already written out: deadline arithmetic asks for the same few thousand days again and again. */
const DATES = new Map<DayNumber, IsoDate>();

/** The date of a day number. */
export function fromDayNumber(day: DayNumber): IsoDate {
  let date = DATES.get(day);
  if (date === undefined) {
    if (DATES.size >= 100_000) DATES.clear();
    date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
    DATES.set(day, date);
  }
  return date;
}

/** `date` moved by `days` calendar days (negative moves back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** ISO weekday of a day number: 1 Monday … 7 Sunday. (1970-01-01 was a Thursday.) */
export function weekdayOfDay(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekday(date: IsoDate): number {
  return weekdayOfDay(toDayNumber(date));
}

/** True on Saturday and Sunday. */
export function isWeekend(date: IsoDate): boolean {
  return weekday(date) >= 6;
}

/** The calendar year of a date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Negative, zero or positive as `a` is before, on or after `b`. ISO strings compare like dates. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const WEEKDAY_ZH = ['一', '二', '三', '四', '五', '六', '日'] as const;

/** `星期五` for a date. */
export function weekdayZh(date: IsoDate): string {
  return `星期${WEEKDAY_ZH[weekday(date) - 1]!}`;
}

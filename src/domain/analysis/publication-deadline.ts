/**
 * @module When an agency's annual report for year N must be published (《政府信息公开条例》
 * 第四十九条, domain.md §1.1): departments of people's governments by 31 January of N+1,
 * people's governments (county level and above) by 31 March of N+1. Townships and streets
 * follow local arrangements, so they have no statutory date here. The kind of agency comes
 * from its level in the agency tree, not from its name (contrast rule W7, which only has the
 * name the report gives).
 */
import type { AgencyLevel } from '../agency/agency.js';

/** The deadline as an ISO date, or null when the regulation sets none for this level. */
export function publicationDeadline(level: AgencyLevel, year: number): string | null {
  switch (level) {
    case 'department':
      return `${year + 1}-01-31`;
    case 'province':
    case 'city':
    case 'county':
      return `${year + 1}-03-31`;
    case 'township':
      return null;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Whole days from `deadline` to `date` (both ISO dates); positive when `date` is later. */
export function daysAfter(date: string, deadline: string): number {
  const day = (s: string): number => {
    const m = ISO_DATE.exec(s);
    if (!m) throw new RangeError(`not an ISO date: ${s}`);
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
  };
  return day(date) - day(deadline);
}

export function isIsoDate(s: string | null): s is string {
  return s !== null && ISO_DATE.test(s);
}

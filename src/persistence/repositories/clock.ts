/**
 * @module The time of a change: the caller's `now`, or the clock.
 */
import type { IsoDate } from '../../domain/calendar/iso-date.js';
import type { ChangeContext } from '../database.js';
import { encodeDate } from '../codecs.js';

export function changedAt(ctx: ChangeContext): string {
  return encodeDate(ctx.now ?? new Date());
}

/** The calendar day in China (UTC+8, no daylight saving) at `now`: what "today" means for deadlines. */
export function chinaToday(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) as IsoDate;
}

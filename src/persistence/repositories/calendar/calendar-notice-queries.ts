/**
 * @module Reading loaded holiday notices: the newest version of each, or every
 * version, and the working-day calendar they make with the built-in notices.
 */
import type { CalendarDocument } from '../../../domain/calendar/calendar-document.js';
import { builtInNotices } from '../../../domain/calendar/national-notices.js';
import { buildCalendar, type WorkCalendar } from '../../../domain/calendar/work-calendar.js';
import type { IsoDate } from '../../../domain/calendar/iso-date.js';
import type { Executor } from '../../database.js';
import { calendarNoticeFromRow, type StoredCalendarNotice } from './calendar-notice-row.js';

export interface CalendarNoticeFilter {
  /** Every version, not only the newest of each kind, region and year. */
  readonly allVersions?: boolean;
}

/** Loaded notices, national first, then by region, year and version. */
export async function listCalendarNotices(db: Executor, filter: CalendarNoticeFilter = {}): Promise<StoredCalendarNotice[]> {
  const rows = await db
    .selectFrom('calendar_notices')
    .selectAll()
    .orderBy('kind')
    .orderBy('region')
    .orderBy('year')
    .orderBy('version')
    .execute();
  const all = rows.map(calendarNoticeFromRow);
  if (filter.allVersions) return all;
  const newest = new Map<string, StoredCalendarNotice>();
  for (const n of all) newest.set(`${n.kind}|${n.region ?? ''}|${n.year}`, n);
  return [...newest.values()];
}

/** The built-in notices followed by the newest loaded ones (which replace a built-in year of the same kind). */
export async function calendarDocuments(db: Executor): Promise<CalendarDocument[]> {
  const loaded = await listCalendarNotices(db);
  return [...builtInNotices(), ...loaded.map((n) => n.document)];
}

/** The working-day calendar of a region (national only when `region` is null), from built-in and loaded notices. */
export async function loadWorkCalendar(db: Executor, options: { region?: string | null; asOf?: IsoDate } = {}): Promise<WorkCalendar> {
  return buildCalendar(await calendarDocuments(db), options);
}

/**
 * @module Reading loaded holiday notices: the newest version of each, or every
 * version, and the working-day calendar they make with the built-in notices.
 * `currentCalendars` keeps the built calendars per database and builds them
 * again only when a notice has been loaded since (notices are only inserted,
 * so their count and newest id tell): the inbox and the case pages count
 * working days on every request, and building a calendar costs more than the
 * rest of their arithmetic. It asks the database at most once a second
 * (`CALENDAR_RECHECK_MS`; on PostgreSQL every question is a round trip), and at
 * once after a notice was loaded in this process: a notice loaded by another
 * process (`gongkai calendar load` while the site runs) counts within a second.
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

/** The notices and the calendars built from them, as of the newest loaded notice. */
export interface CurrentCalendars {
  /** As `calendarDocuments` gives them. */
  readonly documents: readonly CalendarDocument[];
  /** As `loadWorkCalendar(db, { region })` builds it (null: national only). */
  calendar(region: string | null): WorkCalendar;
  /** The regions the loaded overlays name. */
  regions(): ReadonlySet<string>;
}

/** How long a kept calendar is used before the database is asked whether a notice was loaded since. */
export const CALENDAR_RECHECK_MS = 1000;

interface Kept extends CurrentCalendars {
  /** The loaded notices' count and newest id when `documents` were read. */
  readonly stamp: string;
  /** When the stamp was last compared with the database (`Date.now()`), and `loadsHere` then. */
  checkedAt: number;
  loadsSeen: number;
}

const kept = new WeakMap<Executor, Kept>();
/** Notices loaded by this process (`loadCalendarNotice`): each makes every kept calendar ask again. */
let loadsHere = 0;

/** Called after a notice was stored: the next `currentCalendars` asks the database. */
export function calendarNoticeLoaded(): void {
  loadsHere += 1;
}

function keep(stamp: string, documents: readonly CalendarDocument[]): Kept {
  const calendars = new Map<string | null, WorkCalendar>();
  const regions = new Set(documents.flatMap((d) => (d.kind === 'regional' ? [d.region] : [])));
  return {
    stamp,
    checkedAt: 0,
    loadsSeen: -1,
    documents,
    calendar(region) {
      let calendar = calendars.get(region);
      if (calendar === undefined) {
        calendar = buildCalendar(documents, { region });
        calendars.set(region, calendar);
      }
      return calendar;
    },
    regions: () => regions,
  };
}

/** The notices and their calendars, kept per database and read again only when a notice has been loaded since. */
export async function currentCalendars(db: Executor): Promise<CurrentCalendars> {
  let k = kept.get(db);
  const now = Date.now();
  if (k !== undefined && k.loadsSeen === loadsHere && now - k.checkedAt < CALENDAR_RECHECK_MS) return k;
  const loads = loadsHere;
  const row = await db
    .selectFrom('calendar_notices')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('id').as('last')])
    .executeTakeFirstOrThrow();
  const stamp = `${String(row.n)}|${String(row.last)}`;
  if (k?.stamp !== stamp) {
    k = keep(stamp, await calendarDocuments(db));
    kept.set(db, k);
  }
  k.checkedAt = now;
  k.loadsSeen = loads;
  return k;
}

/** The national working-day calendar as of now (`loadWorkCalendar(db)`), built again only when a notice has been loaded since. */
export async function currentWorkCalendar(db: Executor): Promise<WorkCalendar> {
  return (await currentCalendars(db)).calendar(null);
}

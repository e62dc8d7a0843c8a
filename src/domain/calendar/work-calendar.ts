/**
 * @module The working-day calendar as a value: which days the loaded notices
 * make days off or working days, and which years they cover. Built from
 * `CalendarDocument`s — national notices for every region, regional overlays
 * for one — so the same code serves the built-in years and years an
 * administrator loads later.
 */
import { effectiveHolidays, spanDays, type CalendarDocument, type NoticeRef } from './calendar-document.js';
import { toDayNumber, weekday, yearOf, type DayNumber, type IsoDate } from './iso-date.js';

/** What a notice says about one day. */
export interface DayRule {
  /** True: a day off (放假); false: a working day (调休上班). */
  readonly off: boolean;
  /** The festival the day belongs to, as the notice names it. */
  readonly holiday: string;
  /** The notice (or amending notice) that says so. */
  readonly notice: NoticeRef;
  /** The region of an overlay; null for the national arrangement. */
  readonly region: string | null;
}

export interface WorkCalendar {
  /** The region whose overlays apply; null for the national calendar only. */
  readonly region: string | null;
  /** Years with a national notice: the years whose days this calendar can tell. */
  readonly years: ReadonlySet<number>;
  readonly rules: ReadonlyMap<DayNumber, DayRule>;
  /** The documents in force, one per kind, region and year, in the order applied. */
  readonly documents: readonly CalendarDocument[];
}

export interface BuildOptions {
  /** Apply the overlays of this region as well. */
  readonly region?: string | null;
  /** Ignore amendments published after this day (the calendar as it was known then). */
  readonly asOf?: IsoDate;
}

function keyOf(doc: CalendarDocument): string {
  return doc.kind === 'national' ? `national|${doc.year}` : `regional|${doc.region}|${doc.year}`;
}

/**
 * Builds a calendar. When several documents share kind, region and year, the
 * later one in `documents` replaces the earlier (so a notice loaded into the
 * database overrides the built-in one). National notices apply in year order,
 * then the region's overlays; a later rule for the same day wins.
 */
export function buildCalendar(documents: readonly CalendarDocument[], options: BuildOptions = {}): WorkCalendar {
  const region = options.region ?? null;
  const byKey = new Map<string, CalendarDocument>();
  for (const doc of documents) {
    const key = keyOf(doc);
    byKey.delete(key);
    byKey.set(key, doc);
  }
  const chosen = [...byKey.values()]
    .filter((d) => d.kind === 'national' || d.region === region)
    .sort((a, b) => (a.kind === b.kind ? a.year - b.year : a.kind === 'national' ? -1 : 1));
  const rules = new Map<DayNumber, DayRule>();
  const years = new Set<number>();
  for (const doc of chosen) {
    if (doc.kind === 'national') years.add(doc.year);
    const docRegion = doc.kind === 'regional' ? doc.region : null;
    for (const h of effectiveHolidays(doc, options.asOf)) {
      const notice = noticeOf(doc, h.name, options.asOf);
      for (const span of h.off) {
        for (const d of spanDays(span)) rules.set(toDayNumber(d), { off: true, holiday: h.name, notice, region: docRegion });
      }
      for (const d of h.workdays) rules.set(toDayNumber(d), { off: false, holiday: h.name, notice, region: docRegion });
    }
  }
  return { region, years, rules, documents: chosen };
}

/** The notice that last set a holiday's arrangement: the newest amendment naming it, else the notice itself. */
function noticeOf(doc: CalendarDocument, holiday: string, asOf: IsoDate | undefined): NoticeRef {
  let notice = doc.notice;
  for (const a of doc.amendments) {
    if (asOf !== undefined && a.notice.published > asOf) continue;
    if (a.holidays.some((h) => h.name === holiday)) notice = a.notice;
  }
  return notice;
}

/**
 * True when the calendar can tell this day: a national notice for its year is
 * loaded, or — for a December day — the notice for the next year, which is the
 * one that settles the days around 元旦 (e.g. 2018-12-29 is in the 2019 notice).
 * December of the newest year is covered by its own notice, though the next
 * notice may still move its last days.
 */
export function isCovered(calendar: WorkCalendar, date: IsoDate): boolean {
  const year = yearOf(date);
  return calendar.years.has(year) || (date.slice(5, 7) === '12' && calendar.years.has(year + 1));
}

/**
 * What kind of day it is: `holiday` (a day off by notice, including weekend days
 * inside a holiday span), `makeUpWorkday` (a weekend day worked by notice),
 * `weekend` or `workday`.
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

export interface DayInfo {
  readonly date: IsoDate;
  /** ISO weekday, 1 Monday … 7 Sunday. */
  readonly weekday: number;
  readonly kind: DayKind;
  readonly workday: boolean;
  /** The festival, for `holiday` and `makeUpWorkday`. */
  readonly holiday: string | null;
  readonly notice: NoticeRef | null;
  readonly region: string | null;
  /** False when no national notice for the year is loaded: `kind` then follows the weekday alone. */
  readonly covered: boolean;
}

/** Everything the calendar knows about one day. Never throws; see `covered`. */
export function describeDay(calendar: WorkCalendar, date: IsoDate): DayInfo {
  const wd = weekday(date);
  const rule = calendar.rules.get(toDayNumber(date));
  const weekend = wd >= 6;
  const kind: DayKind = rule ? (rule.off ? 'holiday' : weekend ? 'makeUpWorkday' : 'workday') : weekend ? 'weekend' : 'workday';
  return {
    date,
    weekday: wd,
    kind,
    workday: kind === 'workday' || kind === 'makeUpWorkday',
    holiday: rule?.holiday ?? null,
    notice: rule?.notice ?? null,
    region: rule?.region ?? null,
    covered: isCovered(calendar, date),
  };
}

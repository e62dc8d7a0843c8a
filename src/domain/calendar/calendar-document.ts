/**
 * @module A holiday notice as data: one year's 放假调休 arrangement as the
 * 国务院办公厅 (national) or a local government (regional overlay) published it,
 * with the notices that amended it later. The zod schema checks the shape;
 * `validateCalendarDocument` then checks what the shape cannot say (dates in
 * the notice's year, make-up working days on weekends, no day listed twice).
 */
import { z } from 'zod';
import { fromDayNumber, isIsoDate, toDayNumber, weekday, yearOf, type IsoDate } from './iso-date.js';

export const CALENDAR_SCHEMA = 'gongkai.calendar/1' as const;

const isoDate = z.custom<IsoDate>((v) => isIsoDate(v), { message: 'not a date in YYYY-MM-DD form' });

/** The notice itself: who issued it, its 文号, title and the day it was published. */
export const NoticeRef = z.strictObject({
  /** 国务院办公厅, or the local government for a regional overlay. */
  issuer: z.string().trim().min(1),
  /** 文号, e.g. 国办发明电〔2018〕15号; null when the notice has none. */
  number: z.string().trim().min(1).nullable(),
  title: z.string().trim().min(1),
  /** The day the notice was published (for gov.cn notices: the date in its address). */
  published: isoDate,
  url: z.url().optional(),
});
export type NoticeRef = z.infer<typeof NoticeRef>;

/** A span of consecutive days off, both ends included. */
export const DaySpan = z.strictObject({ from: isoDate, to: isoDate });
export type DaySpan = z.infer<typeof DaySpan>;

/** One festival's arrangement: its days off and the weekend days worked in exchange (调休上班). */
export const HolidayArrangement = z.strictObject({
  /** The festival as the notice names it: 元旦, 春节, 国庆节、中秋节 … An amendment replaces the entry of the same name. */
  name: z.string().trim().min(1),
  off: z.array(DaySpan).min(1),
  /** Saturdays and Sundays that are working days (调休上班). */
  workdays: z.array(isoDate).default([]),
});
export type HolidayArrangement = z.infer<typeof HolidayArrangement>;

/** A later notice that changed the arrangement: each of its holidays replaces the one of the same name. */
export const Amendment = z.strictObject({
  notice: NoticeRef,
  holidays: z.array(HolidayArrangement).min(1),
  note: z.string().optional(),
});
export type Amendment = z.infer<typeof Amendment>;

const common = {
  schema: z.literal(CALENDAR_SCHEMA),
  /** The year in the notice's title (关于2019年部分节假日安排的通知 → 2019). */
  year: z.int().min(1990).max(2100),
  notice: NoticeRef,
  holidays: z.array(HolidayArrangement),
  amendments: z.array(Amendment).default([]),
};

export const NationalCalendarDocument = z.strictObject({ kind: z.literal('national'), ...common, holidays: common.holidays.min(1) });
/** Local holidays (e.g. ethnic festivals under Art. 4 of the 放假办法) for one region, over the national arrangement. */
export const RegionalCalendarDocument = z.strictObject({
  kind: z.literal('regional'),
  /** The place as the agency tree names it, e.g. 西藏自治区. */
  region: z.string().trim().min(1),
  ...common,
});
export const CalendarDocument = z.discriminatedUnion('kind', [NationalCalendarDocument, RegionalCalendarDocument]);
export type NationalCalendarDocument = z.infer<typeof NationalCalendarDocument>;
export type RegionalCalendarDocument = z.infer<typeof RegionalCalendarDocument>;
export type CalendarDocument = z.infer<typeof CalendarDocument>;

/** One problem found in a document: where, and what, in both languages. */
export interface CalendarIssue {
  readonly path: string;
  readonly zh: string;
  readonly en: string;
}

/** The longest span a notice gives off in one piece (the longest so far: 10 days, Spring Festival 2020). */
export const MAX_SPAN_DAYS = 15;

/**
 * The arrangement in force once the amendments published on or before `asOf`
 * are applied (all of them when `asOf` is absent), in the original order,
 * amended holidays in place and new ones at the end.
 */
export function effectiveHolidays(doc: CalendarDocument, asOf?: IsoDate): readonly HolidayArrangement[] {
  const out = [...doc.holidays];
  for (const a of doc.amendments) {
    if (asOf !== undefined && a.notice.published > asOf) continue;
    for (const h of a.holidays) {
      const i = out.findIndex((x) => x.name === h.name);
      if (i >= 0) out[i] = h;
      else out.push(h);
    }
  }
  return out;
}

/** Every day of a span, in order. */
export function spanDays(span: DaySpan): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = toDayNumber(span.from), last = toDayNumber(span.to); d <= last; d++) out.push(fromDayNumber(d));
  return out;
}

function checkArrangement(doc: CalendarDocument, holidays: readonly HolidayArrangement[], where: string, issues: CalendarIssue[]): void {
  const first = `${doc.year - 1}-12-01`;
  const last = `${doc.year}-12-31`;
  const seen = new Map<string, string>();
  const note = (date: IsoDate, what: string, path: string): void => {
    const before = seen.get(date);
    if (before !== undefined) {
      issues.push({
        path,
        zh: `${date} 重复出现（已见于 ${before}）`,
        en: `${date} is listed twice (also at ${before})`,
      });
    } else seen.set(date, `${path} ${what}`);
  };
  const inYear = (date: IsoDate, path: string): void => {
    if (date < first || date > last) {
      issues.push({
        path,
        zh: `${date} 不在 ${doc.year} 年安排的范围内（${first} 至 ${last}）`,
        en: `${date} is outside the range of a ${doc.year} arrangement (${first} to ${last})`,
      });
    }
  };
  holidays.forEach((h, i) => {
    const base = `${where}[${i}]`;
    h.off.forEach((span, j) => {
      const path = `${base}.off[${j}]`;
      if (span.to < span.from) {
        issues.push({ path, zh: `结束日 ${span.to} 早于开始日 ${span.from}`, en: `ends (${span.to}) before it starts (${span.from})` });
        return;
      }
      const days = toDayNumber(span.to) - toDayNumber(span.from) + 1;
      if (days > MAX_SPAN_DAYS) {
        issues.push({ path, zh: `连续放假 ${days} 天，超过 ${MAX_SPAN_DAYS} 天，疑为日期错误`, en: `${days} days off in one span, more than ${MAX_SPAN_DAYS}: probably a wrong date` });
        return;
      }
      inYear(span.from, path);
      inYear(span.to, path);
      for (const d of spanDays(span)) note(d, 'off', path);
    });
    h.workdays.forEach((d, j) => {
      const path = `${base}.workdays[${j}]`;
      inYear(d, path);
      if (weekday(d) < 6) {
        issues.push({
          path,
          zh: `调休上班日 ${d} 不是星期六或星期日（工作日本来就上班）`,
          en: `make-up working day ${d} is not a Saturday or Sunday (weekdays are working days anyway)`,
        });
      }
      note(d, 'workday', path);
    });
  });
}

/**
 * Checks what the schema cannot: every day of the arrangement (before and after
 * each amendment) lies in December of the year before or in the notice's year,
 * spans run forwards and are short, make-up working days are weekend days, no
 * day is listed twice, and amendments come after the notice they amend.
 */
export function validateCalendarDocument(doc: CalendarDocument): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  if (yearOf(doc.notice.published) < doc.year - 2 || yearOf(doc.notice.published) > doc.year) {
    issues.push({
      path: 'notice.published',
      zh: `${doc.year} 年的安排通知不会在 ${doc.notice.published} 发布`,
      en: `a notice for ${doc.year} is not published on ${doc.notice.published}`,
    });
  }
  checkArrangement(doc, doc.holidays, 'holidays', issues);
  let previous = doc.notice.published;
  doc.amendments.forEach((a, i) => {
    if (a.notice.published < previous) {
      issues.push({
        path: `amendments[${i}].notice.published`,
        zh: `调整通知的发布日 ${a.notice.published} 早于它所调整的通知（${previous}）`,
        en: `the amending notice (${a.notice.published}) predates the notice it amends (${previous})`,
      });
    }
    previous = a.notice.published;
    checkArrangement(doc, a.holidays, `amendments[${i}].holidays`, issues);
  });
  if (issues.length === 0 && doc.amendments.length > 0) {
    checkArrangement(doc, effectiveHolidays(doc), 'effective', issues);
  }
  return issues;
}

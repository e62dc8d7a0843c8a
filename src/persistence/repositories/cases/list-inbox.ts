/**
 * @module A clerk's inbox: the open cases of some agencies, fewest working days
 * left first (overdue cases, with negative days, on top), then the cases
 * waiting for a correction (their clock is stopped), page by page.
 *
 * Working days left as of `asOf`: for a running clock, from `asOf` to the
 * deadline; for a paused one (consultation, fee), the days it had left when it
 * paused. Deadlines are working days, and the count of working days up to a
 * working day grows with it, so "fewer days left" is "earlier deadline": each
 * kind of clock is read in index order (`case_projections_inbox_idx`) and the
 * two are merged. The cursor (`after`) is the last item's days left and case id.
 */
import type { IsoDate } from '../../../domain/calendar/iso-date.js';
import { addDays } from '../../../domain/calendar/iso-date.js';
import type { WorkCalendar } from '../../../domain/calendar/work-calendar.js';
import { addWorkdays, isWorkday, workdaysBetween } from '../../../domain/calendar/workdays.js';
import type { ApplicantKind } from '../../../domain/cases/applicant.js';
import type { CaseStatus } from '../../../domain/cases/case-state.js';
import { maskName } from '../../../domain/cases/mask.js';
import { GongkaiError } from '../../../domain/shared/errors.js';
import type { Executor } from '../../database.js';
import type { CaseProjectionRow, ClockState } from '../../tables/case-projections.table.js';
import { calendarDocuments } from '../calendar/calendar-notice-queries.js';
import { buildCalendar } from '../../../domain/calendar/work-calendar.js';
import { TODAY_POLICY } from './case-view.js';

/** Cases due within this many working days are flagged. */
export const DUE_SOON_WORKDAYS = 3;
export const MAX_INBOX_PAGE = 500;

export interface InboxQuery {
  readonly agencyIds: readonly number[];
  /** "Today" for the working days left. */
  readonly asOf: IsoDate;
  /** Page size, 1–500 (default 50). */
  readonly limit?: number;
  /** The `next` cursor of the previous page. */
  readonly after?: string | null;
  /** The calendar to count by; the national calendar with loaded notices by default. */
  readonly calendar?: WorkCalendar;
}

export interface InboxItem {
  readonly caseId: number;
  readonly caseNumber: string;
  readonly agencyId: number;
  readonly status: CaseStatus;
  readonly applicantKind: ApplicantKind;
  /** The applicant's name, masked (张*; organisations by name). */
  readonly applicantName: string;
  readonly receivedAt: IsoDate;
  readonly clock: Exclude<ClockState, 'closed'>;
  /** The answer deadline while the clock runs. */
  readonly deadline: IsoDate | null;
  /** Working days left as of `asOf` (negative when overdue); null while waiting for a correction. */
  readonly workdaysLeft: number | null;
  readonly overdue: boolean;
  /** Not overdue, and due within 3 working days. */
  readonly dueSoon: boolean;
  readonly waitingFor: { readonly kind: 'correction' | 'consultation' | 'fee'; readonly due: IsoDate } | null;
  readonly lastEventOn: IsoDate;
  /** Give back as `expectedSeq` when appending the next event. */
  readonly eventCount: number;
}

export interface InboxPage {
  readonly items: readonly InboxItem[];
  /** The cursor of the next page; null on the last page. */
  readonly next: string | null;
}

interface Cursor {
  /** Working days left of the last item; null once in the cases waiting for a correction. */
  readonly w: number | null;
  readonly id: number;
}

function badCursor(): GongkaiError {
  return new GongkaiError('INVALID_VALUE', { zh: '分页位置无效，请从第一页重新开始。', en: 'Invalid page cursor; start again from the first page.' });
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (Number.isSafeInteger(c.id) && (c.w === null || Number.isSafeInteger(c.w))) return { w: c.w ?? null, id: c.id! };
  } catch {
    // fall through
  }
  throw badCursor();
}

/** The first working day whose working days left as of `asOf` are at least `w`. */
function firstWorkdayWithLeft(cal: WorkCalendar, asOf: IsoDate, w: number): IsoDate {
  const policy = TODAY_POLICY.counting;
  if (w >= 1) return addWorkdays(cal, asOf, w, policy);
  // Working days before asOf: at least one working day per week, so 7·|w| + 7 days back is far enough.
  let day = addDays(asOf, -7 * Math.abs(w) - 7);
  for (;;) {
    if (isWorkday(cal, day, policy) && workdaysBetween(cal, asOf, day, policy) >= w) return day;
    day = addDays(day, 1);
  }
}

type Row = Pick<
  CaseProjectionRow,
  'case_id' | 'agency_id' | 'status' | 'applicant_kind' | 'received_day' | 'clock_state' | 'deadline' | 'paused_remaining' | 'waiting_kind' | 'waiting_due' | 'last_event_day' | 'event_count'
> & { case_number: string; name: string };

function base(db: Executor, agencyIds: readonly number[], clock: ClockState) {
  return db
    .selectFrom('case_projections as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .innerJoin('case_applicants as a', 'a.case_id', 'p.case_id')
    .select([
      'p.case_id',
      'c.case_number',
      'p.agency_id',
      'p.status',
      'p.applicant_kind',
      'a.name',
      'p.received_day',
      'p.clock_state',
      'p.deadline',
      'p.paused_remaining',
      'p.waiting_kind',
      'p.waiting_due',
      'p.last_event_day',
      'p.event_count',
    ])
    .where('p.agency_id', 'in', agencyIds)
    .where('p.clock_state', '=', clock);
}

function item(r: Row, workdaysLeft: number | null, overdue: boolean): InboxItem {
  return {
    caseId: r.case_id,
    caseNumber: r.case_number,
    agencyId: r.agency_id,
    status: r.status,
    applicantKind: r.applicant_kind,
    applicantName: maskName(r.name, r.applicant_kind === 'naturalPerson'),
    receivedAt: r.received_day as IsoDate,
    clock: r.clock_state as InboxItem['clock'],
    deadline: r.deadline as IsoDate | null,
    workdaysLeft,
    overdue,
    dueSoon: !overdue && workdaysLeft !== null && workdaysLeft >= 0 && workdaysLeft <= DUE_SOON_WORKDAYS,
    waitingFor: r.waiting_kind && r.waiting_due ? { kind: r.waiting_kind, due: r.waiting_due as IsoDate } : null,
    lastEventOn: r.last_event_day as IsoDate,
    eventCount: r.event_count,
  };
}

export async function listInbox(db: Executor, query: InboxQuery): Promise<InboxPage> {
  const limit = query.limit ?? 50;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_INBOX_PAGE) {
    throw new GongkaiError('INVALID_VALUE', { zh: `每页条数须为 1 至 ${MAX_INBOX_PAGE}。`, en: `The page size must be 1 to ${MAX_INBOX_PAGE}.` });
  }
  if (query.agencyIds.length === 0) return { items: [], next: null };
  const cursor = query.after ? decodeCursor(query.after) : null;
  const cal = query.calendar ?? buildCalendar(await calendarDocuments(db));
  const policy = TODAY_POLICY.counting;
  const asOf = query.asOf;
  const items: InboxItem[] = [];

  if (cursor === null || cursor.w !== null) {
    let running = base(db, query.agencyIds, 'running');
    let paused = base(db, query.agencyIds, 'paused');
    if (cursor !== null) {
      const w = cursor.w!;
      const from = firstWorkdayWithLeft(cal, asOf, w);
      const exact = workdaysBetween(cal, asOf, from, policy) === w;
      running = running.where((eb) =>
        exact ? eb.or([eb('p.deadline', '>', from), eb.and([eb('p.deadline', '=', from), eb('p.case_id', '>', cursor.id)])]) : eb('p.deadline', '>=', from),
      );
      paused = paused.where((eb) => eb.or([eb('p.paused_remaining', '>', w), eb.and([eb('p.paused_remaining', '=', w), eb('p.case_id', '>', cursor.id)])]));
    }
    const r = await running.orderBy('p.deadline').orderBy('p.case_id').limit(limit + 1).execute();
    const p = await paused.orderBy('p.paused_remaining').orderBy('p.case_id').limit(limit + 1).execute();
    const withLeft = [
      ...r.map((row) => item(row, workdaysBetween(cal, asOf, row.deadline as IsoDate, policy), asOf > row.deadline!)),
      ...p.map((row) => item(row, row.paused_remaining, row.paused_remaining! < 0)),
    ].sort((a, b) => a.workdaysLeft! - b.workdaysLeft! || a.caseId - b.caseId);
    items.push(...withLeft.slice(0, limit + 1));
  }
  if (items.length <= limit) {
    let stopped = base(db, query.agencyIds, 'stopped');
    if (cursor !== null && cursor.w === null) stopped = stopped.where('p.case_id', '>', cursor.id);
    const s = await stopped.orderBy('p.case_id').limit(limit + 1 - items.length).execute();
    items.push(...s.map((row) => item(row, null, false)));
  }
  const page = items.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page, next: items.length > limit && last ? encodeCursor({ w: last.workdaysLeft, id: last.caseId }) : null };
}

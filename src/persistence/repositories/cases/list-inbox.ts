/**
 * @module A clerk's inbox: the open cases of some agencies, fewest working days
 * left first (overdue cases, with negative days, on top), then the cases
 * waiting for a correction (their clock is stopped), page by page.
 *
 * Working days left as of `asOf`: for a running clock, from `asOf` to the
 * deadline; for a paused one (consultation, fee), the days it had left when it
 * paused. Deadlines are working days, and the count of working days up to a
 * working day grows with it, so "fewer days left" is "earlier deadline": each
 * kind of clock is read from its own partial index, already in page order
 * (`case_projections_running_idx`: deadline, case; `…_paused_idx`: frozen days,
 * case; `…_stopped_idx`: case), so a page reads at most `limit + 1` index
 * entries of each and sorts nothing in the database. The clock is named as a
 * literal in the SQL: a prepared statement uses a partial index only when its
 * WHERE clause implies the index's.
 *
 * A page is two queries (a third on the last pages): the keys of the running and
 * paused cases from their indexes alone, merged here by working days left, then
 * the rows of only the cases on the page. Working days are counted once per
 * distinct deadline. The cursor (`after`) is the last item's days left and
 * case id.
 */
import { sql } from 'kysely';
import type { IsoDate } from '../../../domain/calendar/iso-date.js';
import { addDays } from '../../../domain/calendar/iso-date.js';
import type { WorkCalendar } from '../../../domain/calendar/work-calendar.js';
import { addWorkdays, isWorkday, workdaysBetween } from '../../../domain/calendar/workdays.js';
import type { ApplicantKind } from '../../../domain/cases/applicant.js';
import type { CaseStatus } from '../../../domain/cases/case-state.js';
import { maskName } from '../../../domain/cases/mask.js';
import { GongkaiError } from '../../../domain/shared/errors.js';
import type { Executor } from '../../database.js';
import { engineOf } from '../../engine.js';
import type { ClockState } from '../../tables/case-projections.table.js';
import { scopeCalendar } from './case-calendar.js';
import { TODAY_POLICY } from './case-view.js';

/** Cases due within this many working days are flagged. */
export const DUE_SOON_WORKDAYS = 3;
export const MAX_INBOX_PAGE = 500;
/** How many keys of each clock a page reads: the first of these above the page size. */
const KEY_READS = [11, 21, 51, 101, 201, MAX_INBOX_PAGE + 1] as const;

export interface InboxQuery {
  readonly agencyIds: readonly number[];
  /** "Today" for the working days left. */
  readonly asOf: IsoDate;
  /** Page size, 1–500 (default 50). */
  readonly limit?: number;
  /** The `next` cursor of the previous page. */
  readonly after?: string | null;
  /** The calendar to count by; by default the agencies' (`scopeCalendar`: their common region's overlay, else national). */
  readonly calendar?: WorkCalendar;
}

export interface InboxItem {
  readonly caseId: number;
  readonly caseNumber: string;
  readonly agencyId: number;
  readonly agencyName: string;
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

/** A place in the inbox: what the page order needs, read from the index alone. */
interface Key {
  readonly id: number;
  readonly clock: ClockState;
  /** Working days left; null for a stopped clock. */
  readonly left: number | null;
  readonly overdue: boolean;
}

/**
 * The open cases of one kind of clock, from its partial index (the clock is a
 * literal, see above). Callers select only the index's columns, so the engines
 * read the index alone.
 */
function openCases(db: Executor, agencyIds: readonly number[], clock: ClockState) {
  return db
    .selectFrom('case_projections as p')
    .where('p.agency_id', 'in', agencyIds)
    .where('p.clock_state', '=', sql.lit(clock));
}

// Running and paused keys come in one query with the same columns: a running clock has a deadline,
// a paused one its frozen days (the projection keeps each only for its clock).
const noDeadline = sql<string | null>`cast(null as text)`.as('deadline');
const noRemaining = sql<number | null>`cast(null as integer)`.as('paused_remaining');

/**
 * The rows of the cases on the page, in no particular order, with the number, the applicant's
 * name and the agency's name joined by primary key. (PostgreSQL plans this four-table join in up
 * to a millisecond, four times as long as the same look-ups written as scalar subqueries; but it
 * plans it once per connection, the statement being prepared, and then runs it faster: it looks
 * the one agency up once rather than once per row.)
 */
function details(db: Executor, ids: readonly number[]) {
  return db
    .selectFrom('case_projections as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .innerJoin('case_applicants as a', 'a.case_id', 'p.case_id')
    .innerJoin('agencies as g', 'g.id', 'p.agency_id')
    .select([
      'p.case_id',
      'p.agency_id',
      'p.status',
      'p.applicant_kind',
      'p.received_day',
      'p.clock_state',
      'p.deadline',
      'p.waiting_kind',
      'p.waiting_due',
      'p.last_event_day',
      'p.event_count',
      'c.case_number',
      'a.name',
      'g.name as agency_name',
    ])
    // PostgreSQL: one array parameter, so the statement's text (and its planning) is the same for every page.
    .where((eb) => (engineOf(db) === 'postgres' ? eb('p.case_id', '=', eb.fn.any(eb.val(ids))) : eb('p.case_id', 'in', ids)))
    .execute();
}

type Row = Awaited<ReturnType<typeof details>>[number];

function item(r: Row, key: Key): InboxItem {
  const { left: workdaysLeft, overdue } = key;
  return {
    caseId: r.case_id,
    caseNumber: r.case_number,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
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
  const cal = query.calendar ?? (await scopeCalendar(db, query.agencyIds));
  const policy = TODAY_POLICY.counting;
  const asOf = query.asOf;

  // First the page's keys from the indexes (a few numbers per case), then the rows of only the cases
  // on the page: two queries, and a third for the cases waiting for a correction on the last pages.
  const found: Key[] = [];
  if (cursor === null || cursor.w !== null) {
    let running = openCases(db, query.agencyIds, 'running').select(['p.case_id', 'p.deadline', noRemaining]);
    let paused = openCases(db, query.agencyIds, 'paused').select(['p.case_id', noDeadline, 'p.paused_remaining']);
    if (cursor !== null) {
      const w = cursor.w!;
      const from = firstWorkdayWithLeft(cal, asOf, w);
      const exact = workdaysBetween(cal, asOf, from, policy) === w;
      // Written as a range start (`>=`) and a condition within it, so both engines seek to the start.
      running = running.where('p.deadline', '>=', from);
      if (exact) running = running.where((eb) => eb.or([eb('p.deadline', '>', from), eb('p.case_id', '>', cursor.id)]));
      paused = paused.where('p.paused_remaining', '>=', w).where((eb) => eb.or([eb('p.paused_remaining', '>', w), eb('p.case_id', '>', cursor.id)]));
    }
    // One query for both: each keeps its ORDER BY and LIMIT inside a subquery (SQLite allows them only there).
    // The limit is a literal: PostgreSQL then reuses one plan of the prepared statement, while with a
    // parameter it estimates a tenth of the index and plans every execution anew. Rounded up to one of a
    // few sizes, so that page sizes make few statements; the merge below keeps `limit + 1`.
    const take = sql.lit(KEY_READS.find((n) => n > limit)!);
    const keyRows = await db
      .selectFrom(running.orderBy('p.deadline').orderBy('p.case_id').limit(take).as('r'))
      .selectAll()
      .unionAll(db.selectFrom(paused.orderBy('p.paused_remaining').orderBy('p.case_id').limit(take).as('q')).selectAll())
      .execute();
    // Cases share deadlines: count the working days once per deadline.
    const leftBy = new Map<string, number>();
    const leftOf = (deadline: string) => {
      let left = leftBy.get(deadline);
      if (left === undefined) leftBy.set(deadline, (left = workdaysBetween(cal, asOf, deadline as IsoDate, policy)));
      return left;
    };
    const withLeft = keyRows.map(
      (k): Key =>
        k.deadline !== null
          ? { id: k.case_id, clock: 'running', left: leftOf(k.deadline), overdue: asOf > k.deadline }
          : { id: k.case_id, clock: 'paused', left: k.paused_remaining, overdue: k.paused_remaining! < 0 },
    );
    found.push(...withLeft.sort((a, b) => a.left! - b.left! || a.id - b.id).slice(0, limit + 1));
  }
  if (found.length <= limit) {
    let stopped = openCases(db, query.agencyIds, 'stopped').select('p.case_id');
    if (cursor !== null && cursor.w === null) stopped = stopped.where('p.case_id', '>', cursor.id);
    const s = await stopped.orderBy('p.case_id').limit(limit + 1 - found.length).execute();
    found.push(...s.map((row): Key => ({ id: row.case_id, clock: 'stopped', left: null, overdue: false })));
  }
  const onPage = found.slice(0, limit);
  const rows = new Map((onPage.length > 0 ? await details(db, onPage.map((k) => k.id)) : []).map((r) => [r.case_id, r]));
  // A case whose clock changed between the two reads (a concurrent event) is left to the next look.
  const items = onPage.flatMap((k) => {
    const r = rows.get(k.id);
    return r?.clock_state === k.clock ? [item(r, k)] : [];
  });
  const last = onPage[onPage.length - 1];
  return { items, next: found.length > limit && last ? encodeCursor({ w: last.left, id: last.id }) : null };
}

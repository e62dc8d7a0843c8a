/**
 * @module Reading cases: one case with its applicant, events and folded view
 * (`getCase`), and the public status look-up by case number and lookup code
 * (`findCaseByLookup`), which gives no personal data at all.
 */
import type { IsoDate } from '../../../domain/calendar/iso-date.js';
import type { WorkCalendar } from '../../../domain/calendar/work-calendar.js';
import type { Applicant } from '../../../domain/cases/applicant.js';
import type { CaseEvent, CaseEventType } from '../../../domain/cases/case-events.js';
import { normalizeCaseNumber } from '../../../domain/cases/case-number.js';
import type { CaseStatus } from '../../../domain/cases/case-state.js';
import { replayCase, type CaseView } from '../../../domain/cases/fold-case.js';
import type { Outcome } from '../../../domain/cases/outcome.js';
import type { Executor } from '../../database.js';
import { decodeDate } from '../../codecs.js';
import { chinaToday } from '../clock.js';
import { notFound } from '../errors.js';
import { listAttachments } from './attachments.js';
import { caseCalendar } from './case-calendar.js';
import { applicantFromRow, caseFromRow, eventFromRow, type StoredCase, type StoredCaseEvent } from './case-row.js';
import { lookupHash, normalizeLookupCode } from './lookup-code.js';
import { viewAsOf } from './case-view.js';

export interface CaseRecord {
  readonly case: StoredCase;
  /** Personal data: show masked (`maskApplicant`) except to the staff handling the case; never log it. */
  readonly applicant: Applicant;
  readonly events: readonly StoredCaseEvent[];
  /** The case folded from its events, judged as of `asOf`. */
  readonly view: CaseView;
}

export interface CaseReadOptions {
  /** The day to judge deadlines against; today in China by default. */
  readonly asOf?: IsoDate;
  readonly calendar?: WorkCalendar;
}

/** The case's stored rows and its events as domain events, in order. */
export async function loadCaseEvents(db: Executor, caseId: number): Promise<{ case: StoredCase; applicant: Applicant; rows: { seq: number; event: CaseEvent; actor: string; createdAt: Date }[] }> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (!row) throw notFound('案件', 'case', caseId);
  const applicantRow = await db.selectFrom('case_applicants').selectAll().where('case_id', '=', caseId).executeTakeFirstOrThrow();
  const applicant = applicantFromRow(applicantRow);
  const stored = caseFromRow(row);
  const events = await db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
  const register = { caseNumber: stored.caseNumber, agencyId: stored.agencyId, applicant };
  return {
    case: stored,
    applicant,
    rows: events.map((e) => ({ seq: e.seq, event: eventFromRow(e, register), actor: e.actor, createdAt: decodeDate(e.created_at) })),
  };
}

/** A case with its applicant, every event (with attachments) and the view folded from them. */
export async function getCase(db: Executor, caseId: number, options: CaseReadOptions = {}): Promise<CaseRecord> {
  const loaded = await loadCaseEvents(db, caseId);
  const calendar = options.calendar ?? (await caseCalendar(db, loaded.case.agencyId));
  const attachments = await listAttachments(db, caseId);
  const events = loaded.rows.map((r) => ({ ...r, attachments: attachments.filter((a) => a.seq === r.seq) }));
  const state = replayCase(
    events.map((e) => e.event),
    { calendar },
  );
  const view = viewAsOf(state, calendar, options.asOf ?? chinaToday());
  return { case: loaded.case, applicant: loaded.applicant, events, view };
}

/** What the public status page may show: no name, no document number, no contact, no request text. */
export interface PublicCaseStatus {
  /** The case's row id (not shown to the public; lets the page find the case's letters). */
  readonly caseId: number;
  readonly caseNumber: string;
  readonly agencyId: number;
  readonly agencyName: string;
  readonly status: CaseStatus;
  readonly receivedAt: IsoDate;
  /** The answer deadline while the period runs. */
  readonly deadline: IsoDate | null;
  /** What the case waits for from the applicant or a third party, and until when. */
  readonly waitingFor: { readonly kind: 'correction' | 'consultation' | 'fee'; readonly due: IsoDate } | null;
  readonly closedOn: IsoDate | null;
  readonly outcome: Outcome | null;
  /** The steps so far, without their contents: type and day. */
  readonly steps: readonly { readonly type: CaseEventType; readonly on: IsoDate }[];
}

/**
 * The status of the case with this number whose lookup code is `code`;
 * undefined when either does not match (the page must not tell which).
 */
export async function findCaseByLookup(db: Executor, caseNumber: string, code: string): Promise<PublicCaseStatus | undefined> {
  if (!normalizeLookupCode(code)) return undefined;
  const row = await db
    .selectFrom('cases')
    .innerJoin('case_projections as p', 'p.case_id', 'cases.id')
    .innerJoin('agencies as a', 'a.id', 'cases.agency_id')
    .select(['cases.id', 'cases.case_number', 'cases.agency_id', 'a.name as agency_name', 'p.status', 'p.received_day', 'p.deadline', 'p.waiting_kind', 'p.waiting_due', 'p.closed_day', 'p.outcome'])
    .where('cases.lookup_hash', '=', lookupHash(code))
    .executeTakeFirst();
  if (!row || normalizeCaseNumber(row.case_number) !== normalizeCaseNumber(caseNumber)) return undefined;
  const steps = await db.selectFrom('case_events').select(['type', 'day']).where('case_id', '=', row.id).orderBy('seq').execute();
  return {
    caseId: row.id,
    caseNumber: row.case_number,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    status: row.status,
    receivedAt: row.received_day as IsoDate,
    deadline: row.deadline as IsoDate | null,
    waitingFor: row.waiting_kind && row.waiting_due ? { kind: row.waiting_kind, due: row.waiting_due as IsoDate } : null,
    closedOn: row.closed_day as IsoDate | null,
    outcome: row.outcome as Outcome | null,
    steps: steps.map((s) => ({ type: s.type, on: s.day as IsoDate })),
  };
}

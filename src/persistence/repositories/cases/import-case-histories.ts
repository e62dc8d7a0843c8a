/**
 * @module Storing whole case histories at once (`importCaseHistories`): for
 * simulations, load tests, and cases brought over from another system. Each
 * history is replayed by the case engine with the number it is given — the
 * same checks as registering and appending event by event — and stored with
 * the same rows `createApplication` and `appendEvent` write (case, applicant,
 * events, projection, review entries), in batches: one transaction and one
 * audit row per batch, rows inserted many at a time (`bulkInsert`). A history
 * the engine refuses stops the import with its error; the batches before it
 * stay stored, nothing of its own batch is.
 *
 * The cases get lookup codes that nobody is told (a new code can be issued
 * when an applicant asks).
 */
import { sql } from 'kysely';
import type { IsoDate } from '../../../domain/calendar/iso-date.js';
import type { WorkCalendar } from '../../../domain/calendar/work-calendar.js';
import { caseId as toCaseId, type CaseEvent } from '../../../domain/cases/case-events.js';
import { formatCaseNumber } from '../../../domain/cases/case-number.js';
import { replayCase } from '../../../domain/cases/fold-case.js';
import type { ReviewKind, ReviewResult } from '../../../domain/cases/table4.js';
import { GongkaiError, isGongkaiError } from '../../../domain/shared/errors.js';
import type { ChangeContext, Db, Executor } from '../../database.js';
import { engineOf } from '../../engine.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { invalid } from '../errors.js';
import { writeAudit } from '../audit/write-audit.js';
import { getAgency } from '../agencies/agency-queries.js';
import { bulkInsert, type BulkColumn, type BulkValue } from './bulk-insert.js';
import { caseCalendar } from './case-calendar.js';
import { applicantRow, eventPayload, projectionRow } from './case-row.js';
import { reserveSerials } from './create-application.js';
import { lookupHash, newLookupCode } from './lookup-code.js';

export interface HistoryReview {
  readonly kind: ReviewKind;
  readonly filedOn: IsoDate;
  readonly result: { readonly outcome: ReviewResult; readonly decidedOn: IsoDate } | null;
  readonly reference: string;
}

export interface CaseHistory {
  /** Registration first; its `agencyId` is the case's agency, its `caseId` is replaced by the number given. */
  readonly events: readonly CaseEvent[];
  /** Reconsiderations and lawsuits about this case. */
  readonly reviews?: readonly HistoryReview[];
}

export interface ImportHistoriesOptions {
  /** One calendar for every agency; by default each agency's own (`caseCalendar`). */
  readonly calendar?: WorkCalendar;
  /** Cases per transaction (default 2,000). */
  readonly batchSize?: number;
  /** Called after each stored batch with the number of cases stored so far. */
  readonly onBatch?: (stored: number) => void;
}

export interface ImportHistoriesResult {
  readonly cases: number;
  readonly events: number;
  readonly reviews: number;
  /** The first and last case numbers given. */
  readonly first: string | null;
  readonly last: string | null;
}

const c = (name: string, pgType: BulkColumn['pgType']): BulkColumn => ({ name, pgType });
const CASE_COLUMNS = [c('agency_id', 'int4'), c('year', 'int4'), c('serial', 'int4'), c('case_number', 'text'), c('lookup_hash', 'text'), c('created_at', 'timestamptz'), c('created_by', 'text')];
const APPLICANT_COLUMNS = [c('case_id', 'int4'), c('kind', 'text'), c('name', 'text'), c('id_type', 'text'), c('id_number', 'text'), c('phone', 'text'), c('email', 'text'), c('address', 'text')];
const EVENT_COLUMNS = [c('case_id', 'int4'), c('seq', 'int4'), c('type', 'text'), c('day', 'text'), c('payload', 'jsonb'), c('actor', 'text'), c('created_at', 'timestamptz')];
const PROJECTION_COLUMNS = [
  c('case_id', 'int4'), c('agency_id', 'int4'), c('status', 'text'), c('applicant_kind', 'text'), c('received_day', 'text'), c('received_year', 'int4'),
  c('clock_state', 'text'), c('deadline', 'text'), c('paused_remaining', 'int4'), c('waiting_kind', 'text'), c('waiting_due', 'text'), c('closed_day', 'text'),
  c('closed_year', 'int4'), c('outcome', 'text'),
  c('closed_late', 'bool'), c('t3_row', 'text'), c('answer_workdays', 'int4'), c('fee_yuan', 'int4'), c('fee_paid_day', 'text'), c('event_count', 'int4'),
  c('last_event_day', 'text'), c('updated_at', 'timestamptz'),
];
const REVIEW_COLUMNS = [
  c('agency_id', 'int4'), c('case_id', 'int4'), c('kind', 'text'), c('filed_on', 'text'), c('outcome', 'text'), c('decided_on', 'text'),
  c('reference', 'text'), c('note', 'text'), c('version', 'int4'), c('created_at', 'timestamptz'), c('updated_at', 'timestamptz'),
];

/** A row object as values in column order. */
const valuesOf = (row: Record<string, unknown>, columns: readonly BulkColumn[]): BulkValue[] => columns.map((col) => (row[col.name] ?? null) as BulkValue);

function registerOf(h: CaseHistory, index: number): Extract<CaseEvent, { type: 'register' }> {
  const first = h.events[0];
  if (first?.type !== 'register') throw invalid(`第 ${index + 1} 个案件不以“登记”开始。`, `Case ${index + 1} does not start with its registration.`);
  return first;
}

async function storeBatch(
  db: Executor,
  batch: readonly CaseHistory[],
  offset: number,
  ctx: ChangeContext,
  calendars: Map<number, WorkCalendar>,
  agencyNames: Map<number, string>,
  options: ImportHistoriesOptions,
): Promise<{ events: number; reviews: number; first: string; last: string }> {
  return inTransaction(db, async (trx) => {
    const engine = engineOf(trx);
    const at = changedAt(ctx);
    const registers = batch.map((h, i) => registerOf(h, offset + i));
    for (const r of registers) {
      if (!agencyNames.has(r.agencyId)) agencyNames.set(r.agencyId, (await getAgency(trx, r.agencyId)).name);
      if (!calendars.has(r.agencyId)) calendars.set(r.agencyId, options.calendar ?? (await caseCalendar(trx, r.agencyId)));
    }
    // Serials in order of the histories, per agency and registration year.
    const groups = new Map<string, number[]>();
    registers.forEach((r, i) => {
      const key = `${r.agencyId}|${r.on.slice(0, 4)}`;
      const members = groups.get(key);
      if (members) members.push(i);
      else groups.set(key, [i]);
    });
    const serials: number[] = [];
    for (const [key, members] of groups) {
      const [agencyId, year] = key.split('|').map(Number) as [number, number];
      const first = await reserveSerials(trx, agencyId, year, members.length);
      members.forEach((i, k) => (serials[i] = first + k));
    }
    const numbers = registers.map((r, i) => formatCaseNumber(agencyNames.get(r.agencyId)!, Number(r.on.slice(0, 4)), serials[i]!));
    const states = batch.map((h, i) => {
      const events = [{ ...registers[i]!, caseId: toCaseId(numbers[i]!) }, ...h.events.slice(1)];
      try {
        return { events, state: replayCase(events, { calendar: calendars.get(registers[i]!.agencyId)! }) };
      } catch (e) {
        if (!isGongkaiError(e)) throw e;
        throw new GongkaiError(e.code, { zh: `第 ${offset + i + 1} 个案件：${e.zh}`, en: `Case ${offset + i + 1}: ${e.en}` }, { cause: e });
      }
    });
    const caseRows = registers.map((r, i) => [r.agencyId, Number(r.on.slice(0, 4)), serials[i]!, numbers[i]!, lookupHash(newLookupCode()), at, ctx.actor] as BulkValue[]);
    const inserted = await bulkInsert(trx, 'cases', CASE_COLUMNS, caseRows, ['id', 'agency_id', 'year', 'serial']);
    const ids = new Map(inserted.map((r) => [`${String(r['agency_id'])}|${String(r['year'])}|${String(r['serial'])}`, Number(r['id'])]));
    const idOf = (i: number) => ids.get(`${registers[i]!.agencyId}|${registers[i]!.on.slice(0, 4)}|${serials[i]}`)!;

    const applicants: BulkValue[][] = [];
    const events: BulkValue[][] = [];
    const projections: BulkValue[][] = [];
    const reviews: BulkValue[][] = [];
    states.forEach(({ events: evs, state }, i) => {
      const id = idOf(i);
      const agencyId = registers[i]!.agencyId;
      applicants.push(valuesOf(applicantRow(id, registers[i]!.application.applicant) as unknown as Record<string, unknown>, APPLICANT_COLUMNS));
      evs.forEach((e, k) => events.push([id, k + 1, e.type, e.on, eventPayload(e), ctx.actor, at]));
      projections.push(valuesOf(projectionRow(id, state, calendars.get(agencyId)!, engine, at) as unknown as Record<string, unknown>, PROJECTION_COLUMNS));
      for (const r of batch[i]!.reviews ?? []) {
        reviews.push([agencyId, id, r.kind, r.filedOn, r.result?.outcome ?? null, r.result?.decidedOn ?? null, r.reference, '', 1, at, at]);
      }
    });
    await bulkInsert(trx, 'case_applicants', APPLICANT_COLUMNS, applicants);
    await bulkInsert(trx, 'case_events', EVENT_COLUMNS, events);
    await bulkInsert(trx, 'case_projections', PROJECTION_COLUMNS, projections);
    await bulkInsert(trx, 'review_entries', REVIEW_COLUMNS, reviews);
    const first = numbers[0]!;
    const last = numbers[numbers.length - 1]!;
    await writeAudit(
      trx,
      { action: 'case.import', entity: 'case', entityId: `${idOf(0)}-${idOf(batch.length - 1)}`, after: { cases: batch.length, events: events.length, reviews: reviews.length, first, last } },
      ctx,
    );
    return { events: events.length, reviews: reviews.length, first, last };
  });
}

export async function importCaseHistories(
  db: Db,
  histories: Iterable<CaseHistory> | AsyncIterable<CaseHistory>,
  ctx: ChangeContext,
  options: ImportHistoriesOptions = {},
): Promise<ImportHistoriesResult> {
  const size = options.batchSize ?? 2000;
  if (!Number.isSafeInteger(size) || size < 1) throw invalid('每批件数须为正整数。', 'The batch size must be a positive whole number.');
  const calendars = new Map<number, WorkCalendar>();
  const names = new Map<number, string>();
  let cases = 0;
  let events = 0;
  let reviews = 0;
  let first: string | null = null;
  let last: string | null = null;
  let batch: CaseHistory[] = [];
  // One batch is stored while the next is gathered: on PostgreSQL the server works while this process makes histories.
  let storing: Promise<void> = Promise.resolve();
  const flush = async (histories: CaseHistory[], offset: number) => {
    const r = await storeBatch(db, histories, offset, ctx, calendars, names, options);
    cases += histories.length;
    events += r.events;
    reviews += r.reviews;
    first ??= r.first;
    last = r.last;
    options.onBatch?.(cases);
  };
  let gathered = 0;
  for await (const h of histories) {
    batch.push(h);
    if (batch.length >= size) {
      await storing;
      storing = flush(batch, gathered);
      gathered += batch.length;
      batch = [];
    }
  }
  await storing;
  if (batch.length > 0) await flush(batch, gathered);
  return { cases, events, reviews, first, last };
}

/** Refreshes the planner's statistics after a bulk load (and, on PostgreSQL, the visibility map that index-only scans need). */
export async function analyzeCaseTables(db: Db): Promise<void> {
  if (engineOf(db) === 'postgres') {
    for (const t of ['cases', 'case_events', 'case_projections', 'case_applicants', 'review_entries']) await sql`vacuum analyze ${sql.table(t)}`.execute(db);
  } else {
    await sql`analyze`.execute(db);
  }
}

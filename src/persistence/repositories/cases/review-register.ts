/**
 * @module The review register (行政复议、行政诉讼台账) behind Table 4: one entry
 * per reconsideration or lawsuit about disclosure, linked to a case of the same
 * agency or standalone, pending until its result (upheld / corrected / other)
 * and decision day are recorded. Created and updated with an audit row;
 * updates carry the version seen (`CONFLICT` when someone changed it first).
 */
import type { IsoDate } from '../../../domain/calendar/iso-date.js';
import { caseId as toCaseId } from '../../../domain/cases/case-events.js';
import { reviewEntryProblems, type ReviewEntry, type ReviewKind, type ReviewResult } from '../../../domain/cases/table4.js';
import { GongkaiError } from '../../../domain/shared/errors.js';
import type { ChangeContext, Executor } from '../../database.js';
import { decodeDate } from '../../codecs.js';
import type { ReviewEntryRow } from '../../tables/review-entries.table.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { invalid, notFound } from '../errors.js';
import { writeAudit } from '../audit/write-audit.js';
import { getAgency } from '../agencies/agency-queries.js';

export interface ReviewEntryInput {
  readonly agencyId: number;
  /** The case it arose from (of the same agency); null or absent for a standalone entry. */
  readonly caseId?: number | null;
  readonly kind: ReviewKind;
  /** The day the reconsideration was applied for or the suit filed. */
  readonly filedOn: IsoDate;
  /** null or absent while pending (尚未审结). */
  readonly result?: { readonly outcome: ReviewResult; readonly decidedOn: IsoDate } | null;
  /** 案号 or 决定书文号. */
  readonly reference: string;
  readonly note?: string;
}

export interface StoredReviewEntry {
  readonly id: number;
  readonly agencyId: number;
  readonly caseId: number | null;
  readonly caseNumber: string | null;
  readonly kind: ReviewKind;
  readonly filedOn: IsoDate;
  readonly result: { readonly outcome: ReviewResult; readonly decidedOn: IsoDate } | null;
  readonly reference: string;
  readonly note: string;
  /** Give back as `expectedVersion` when updating. */
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type ReviewEntryPatch = Partial<Omit<ReviewEntryInput, 'agencyId'>>;

type Joined = ReviewEntryRow & { case_number: string | null };

function fromRow(r: Joined): StoredReviewEntry {
  return {
    id: r.id,
    agencyId: r.agency_id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    kind: r.kind,
    filedOn: r.filed_on as IsoDate,
    result: r.outcome === null ? null : { outcome: r.outcome, decidedOn: r.decided_on as IsoDate },
    reference: r.reference,
    note: r.note,
    version: r.version,
    createdAt: decodeDate(r.created_at),
    updatedAt: decodeDate(r.updated_at),
  };
}

/** The entry as Table 4 counts it. */
export function toReviewEntry(e: StoredReviewEntry): ReviewEntry {
  return { id: String(e.id), agencyId: e.agencyId, caseId: e.caseNumber === null ? null : toCaseId(e.caseNumber), kind: e.kind, filedOn: e.filedOn, result: e.result };
}

function auditView(e: StoredReviewEntry): Record<string, unknown> {
  return { agencyId: e.agencyId, caseId: e.caseId, kind: e.kind, filedOn: e.filedOn, result: e.result, reference: e.reference, version: e.version };
}

type Checked = Required<Omit<ReviewEntryInput, 'result' | 'caseId'>> & { result: ReviewEntryInput['result']; caseId: number | null };

/** The columns an entry's values go into (insert and update alike). */
function columns(v: Checked) {
  return {
    case_id: v.caseId,
    kind: v.kind,
    filed_on: v.filedOn,
    outcome: v.result?.outcome ?? null,
    decided_on: v.result?.decidedOn ?? null,
    reference: v.reference,
    note: v.note,
  };
}

async function validate(db: Executor, v: Checked): Promise<void> {
  const problems = reviewEntryProblems({ id: 'new', agencyId: v.agencyId, caseId: null, kind: v.kind, filedOn: v.filedOn, result: v.result ?? null });
  if (!v.reference.trim()) problems.push({ zh: '缺少案号或文书号', en: 'the case or document reference is missing' });
  if (problems.length > 0) throw invalid(`复议诉讼登记有误：${problems.map((p) => p.zh).join('；')}。`, `Invalid review register entry: ${problems.map((p) => p.en).join('; ')}.`);
  if (v.caseId !== null) {
    const c = await db.selectFrom('cases').select(['agency_id']).where('id', '=', v.caseId).executeTakeFirst();
    if (!c) throw notFound('案件', 'case', v.caseId);
    if (c.agency_id !== v.agencyId) throw invalid('所关联的案件属于其他机关。', 'The linked case belongs to another agency.');
  }
}

/** Entries with the number of the case they are linked to. */
function entries(db: Executor) {
  return db.selectFrom('review_entries').leftJoin('cases', 'cases.id', 'review_entries.case_id').selectAll('review_entries').select('cases.case_number');
}

async function readEntry(db: Executor, id: number): Promise<StoredReviewEntry | undefined> {
  const row = await entries(db).where('review_entries.id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function getReviewEntry(db: Executor, id: number): Promise<StoredReviewEntry> {
  const e = await readEntry(db, id);
  if (!e) throw notFound('复议诉讼登记', 'review register entry', id);
  return e;
}

export async function createReviewEntry(db: Executor, input: ReviewEntryInput, ctx: ChangeContext): Promise<StoredReviewEntry> {
  return inTransaction(db, async (trx) => {
    await getAgency(trx, input.agencyId);
    const v = { ...input, caseId: input.caseId ?? null, result: input.result ?? null, reference: input.reference.trim(), note: input.note?.trim() ?? '' };
    await validate(trx, v);
    const at = changedAt(ctx);
    const row = await trx
      .insertInto('review_entries')
      .values({
        agency_id: v.agencyId,
        ...columns(v),
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const entry = await getReviewEntry(trx, row.id);
    await writeAudit(trx, { action: 'review.create', entity: 'review_entry', entityId: entry.id, after: auditView(entry) }, ctx);
    return entry;
  });
}

/** Changes an entry (most often: records its result); `expectedVersion` is the version the person saw. */
export async function updateReviewEntry(db: Executor, input: { readonly id: number; readonly expectedVersion: number; readonly patch: ReviewEntryPatch }, ctx: ChangeContext): Promise<StoredReviewEntry> {
  return inTransaction(db, async (trx) => {
    const before = await getReviewEntry(trx, input.id);
    const p = input.patch;
    const v = {
      agencyId: before.agencyId,
      caseId: p.caseId === undefined ? before.caseId : p.caseId,
      kind: p.kind ?? before.kind,
      filedOn: p.filedOn ?? before.filedOn,
      result: p.result === undefined ? before.result : p.result,
      reference: (p.reference ?? before.reference).trim(),
      note: (p.note ?? before.note).trim(),
    };
    await validate(trx, v);
    const updated = await trx
      .updateTable('review_entries')
      .set((eb) => ({
        ...columns(v),
        version: eb('version', '+', 1),
        updated_at: changedAt(ctx),
      }))
      .where('id', '=', input.id)
      .where('version', '=', input.expectedVersion)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      throw new GongkaiError('CONFLICT', {
        zh: `复议诉讼登记 ${input.id} 已被他人修改（您看到的是第 ${input.expectedVersion} 版，现在是第 ${before.version} 版）。请重新打开后再修改。`,
        en: `Review register entry ${input.id} was changed by someone else (you saw version ${input.expectedVersion}; it is now version ${before.version}). Reopen it and try again.`,
      });
    }
    const after = await getReviewEntry(trx, input.id);
    await writeAudit(trx, { action: 'review.update', entity: 'review_entry', entityId: after.id, before: auditView(before), after: auditView(after) }, ctx);
    return after;
  });
}

export interface ReviewEntryFilter {
  readonly agencyIds?: readonly number[];
  readonly caseId?: number;
  /** Entries that count in this year's Table 4: filed by its end and not decided before it. */
  readonly year?: number;
}

/** Register entries, oldest filing first. */
export async function listReviewEntries(db: Executor, filter: ReviewEntryFilter = {}): Promise<StoredReviewEntry[]> {
  let q = entries(db);
  if (filter.agencyIds) {
    if (filter.agencyIds.length === 0) return [];
    q = q.where('review_entries.agency_id', 'in', filter.agencyIds);
  }
  if (filter.caseId !== undefined) q = q.where('review_entries.case_id', '=', filter.caseId);
  if (filter.year !== undefined) {
    const year = filter.year;
    q = q.where('review_entries.filed_on', '<=', `${year}-12-31`).where((eb) => eb.or([eb('review_entries.outcome', 'is', null), eb('review_entries.decided_on', '>=', `${year}-01-01`)]));
  }
  const rows = await q.orderBy('review_entries.filed_on').orderBy('review_entries.id').execute();
  return rows.map(fromRow);
}

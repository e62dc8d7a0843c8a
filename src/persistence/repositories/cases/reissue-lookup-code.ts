/**
 * @module A new lookup code for a case whose applicant lost theirs: the stored
 * hash is replaced, so the old code stops working at once; the new code is
 * returned once and never stored. The audit row says who reissued it for
 * which case — never the code, nor its hash.
 */
import type { ChangeContext, Executor } from '../../database.js';
import { decodeDate } from '../../codecs.js';
import { inTransaction } from '../../transaction.js';
import { writeAudit } from '../audit/write-audit.js';
import { notFound } from '../errors.js';
import { lookupHash, newLookupCode } from './lookup-code.js';

const REISSUE_ACTION = 'case.reissueLookupCode';

export interface ReissuedLookupCode {
  readonly caseId: number;
  readonly caseNumber: string;
  /** Shown once to the staff, to hand to the applicant. */
  readonly lookupCode: string;
}

export async function reissueLookupCode(db: Executor, input: { readonly caseId: number }, ctx: ChangeContext): Promise<ReissuedLookupCode> {
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('cases').select(['id', 'case_number']).where('id', '=', input.caseId).executeTakeFirst();
    if (!row) throw notFound('案件', 'case', input.caseId);
    const code = newLookupCode();
    await trx.updateTable('cases').set({ lookup_hash: lookupHash(code) }).where('id', '=', row.id).execute();
    await writeAudit(trx, { action: REISSUE_ACTION, entity: 'case', entityId: row.id, after: { caseNumber: row.case_number } }, ctx);
    return { caseId: row.id, caseNumber: row.case_number, lookupCode: code };
  });
}

export interface LookupCodeReissue {
  readonly at: Date;
  /** Who reissued it, as the audit log records them (`user:42`). */
  readonly actor: string;
}

/** The case's lookup-code reissues, newest first (from the audit log; the codes were never kept). */
export async function lookupCodeReissues(db: Executor, caseId: number): Promise<LookupCodeReissue[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['at', 'actor'])
    .where('entity', '=', 'case')
    .where('entity_id', '=', String(caseId))
    .where('action', '=', REISSUE_ACTION)
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({ at: decodeDate(r.at), actor: r.actor }));
}

/**
 * @module A person assigns a report's agency (from the unmatched queue, or to
 * fix a wrong match), or sends it back to the queue with `agencyId: null`.
 * The report's content is untouched, so its version does not change.
 */
import type { ChangeContext, Executor } from '../../database.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { writeAudit } from '../audit/write-audit.js';
import { getAgency } from '../agencies/agency-queries.js';
import { GongkaiError } from '../../../domain/shared/errors.js';
import { getReport } from './report-queries.js';
import { reportFromRow, type StoredReport } from './report-row.js';

export interface AssignAgencyInput {
  readonly reportId: number;
  readonly agencyId: number | null;
  /** When given: the agency the person saw; CONFLICT if someone assigned another meanwhile. */
  readonly expectedAgencyId?: number | null;
}

export async function assignAgency(db: Executor, input: AssignAgencyInput, ctx: ChangeContext): Promise<StoredReport> {
  return inTransaction(db, async (trx) => {
    if (input.agencyId !== null) await getAgency(trx, input.agencyId);
    const before = await getReport(trx, input.reportId);
    let q = trx
      .updateTable('reports')
      .set({ agency_id: input.agencyId, status: input.agencyId === null ? 'unmatched' : 'matched', updated_at: changedAt(ctx) })
      .where('id', '=', input.reportId);
    if (input.expectedAgencyId !== undefined) {
      q = input.expectedAgencyId === null ? q.where('agency_id', 'is', null) : q.where('agency_id', '=', input.expectedAgencyId);
    }
    const row = await q.returningAll().executeTakeFirst();
    if (!row) {
      throw new GongkaiError('CONFLICT', {
        zh: `报告 ${input.reportId} 的机关已被他人改动。请重新打开报告后再试。`,
        en: `Someone else changed the agency of report ${input.reportId}. Reopen the report and try again.`,
      });
    }
    const after = reportFromRow(row);
    await writeAudit(
      trx,
      {
        action: 'report.assign',
        entity: 'report',
        entityId: after.id,
        before: { agencyId: before.agencyId, status: before.status },
        after: { agencyId: after.agencyId, status: after.status },
      },
      ctx,
    );
    return after;
  });
}

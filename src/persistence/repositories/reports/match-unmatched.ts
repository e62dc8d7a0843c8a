/**
 * @module Matching the unmatched queue again, after agencies were added or
 * given aliases: every report that now matches exactly one agency is assigned
 * (one audit row each, action `report.match`); the rest keep waiting.
 */
import type { AgencyMatch, AgencyMatcher } from '../../../domain/agency/match-agency.js';
import type { ChangeContext, Executor } from '../../database.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { writeAudit } from '../audit/write-audit.js';
import { loadAgencyMatcher } from '../agencies/agency-queries.js';

export interface RematchResult {
  readonly matched: number;
  readonly stillUnmatched: number;
}

export async function matchUnmatchedReports(db: Executor, ctx: ChangeContext, matcher?: AgencyMatcher): Promise<RematchResult> {
  return inTransaction(db, async (trx) => {
    const match = matcher ?? (await loadAgencyMatcher(trx));
    const queue = await trx.selectFrom('reports').select(['id', 'agency_name']).where('status', '=', 'unmatched').orderBy('id').execute();
    let matched = 0;
    for (const r of queue) {
      const m: AgencyMatch = match(r.agency_name);
      if (m.status !== 'matched') continue;
      const updated = await trx
        .updateTable('reports')
        .set({ agency_id: m.agencyId, status: 'matched', updated_at: changedAt(ctx) })
        .where('id', '=', r.id)
        .where('status', '=', 'unmatched')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) continue;
      matched++;
      await writeAudit(
        trx,
        { action: 'report.match', entity: 'report', entityId: r.id, before: { agencyId: null, status: 'unmatched' }, after: { agencyId: m.agencyId, status: 'matched', match: m } },
        ctx,
      );
    }
    return { matched, stillUnmatched: queue.length - matched };
  });
}

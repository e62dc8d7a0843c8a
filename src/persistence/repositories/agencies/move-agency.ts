/**
 * @module Moving an agency (and everything below it) under another parent, or
 * to the top. Moving it below itself is refused: the tree stays a tree.
 */
import type { Agency } from '../../../domain/agency/agency.js';
import type { ChangeContext, Executor } from '../../database.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { invalid, isUniqueViolation } from '../errors.js';
import { writeAudit } from '../audit/write-audit.js';
import { agencyAuditView, agencyFromRow, checkAgencyVersion, type AgencyWriteOptions } from './agency-row.js';
import { getAgency, subtreeIds } from './agency-queries.js';
import { duplicateAgency } from './create-agency.js';

export async function moveAgency(db: Executor, id: number, parentId: number | null, ctx: ChangeContext, options: AgencyWriteOptions = {}): Promise<Agency> {
  return inTransaction(db, async (trx) => {
    const before = await getAgency(trx, id);
    checkAgencyVersion(before, options);
    if (parentId !== null) {
      await getAgency(trx, parentId);
      if ((await subtreeIds(trx, id)).includes(parentId)) {
        throw invalid(`不能把“${before.name}”移到它自己或它的下级之下。`, `Cannot move “${before.name}” below itself or one of its own descendants.`);
      }
    }
    if (before.parentId === parentId) return before;
    let row;
    try {
      row = await trx
        .updateTable('agencies')
        .set((eb) => ({ parent_id: parentId, updated_at: changedAt(ctx), version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .where('version', '=', before.version)
        .returningAll()
        .executeTakeFirst();
    } catch (e) {
      if (isUniqueViolation(e)) throw duplicateAgency(before.name, e);
      throw e;
    }
    if (!row) {
      checkAgencyVersion(await getAgency(trx, id), { expectedVersion: before.version });
      throw new Error(`agency ${id} was not updated`);
    }
    const after = agencyFromRow(row);
    await writeAudit(trx, { action: 'agency.move', entity: 'agency', entityId: id, before: agencyAuditView(before), after: agencyAuditView(after) }, ctx);
    return after;
  });
}

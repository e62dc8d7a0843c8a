/**
 * @module Changing an agency's name, level, credit code or aliases (audited).
 * Moving it elsewhere in the tree is `moveAgency`.
 */
import type { Agency, AgencyLevel } from '../../../domain/agency/agency.js';
import { isAgencyLevel } from '../../../domain/agency/agency.js';
import type { ChangeContext, Executor } from '../../database.js';
import type { AgencyUpdate } from '../../tables/agencies.table.js';
import { encodeJson } from '../../codecs.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { invalid, isUniqueViolation } from '../errors.js';
import { writeAudit } from '../audit/write-audit.js';
import { agencyAuditView, agencyFromRow, checkAgencyVersion, cleanAliases, cleanName, cleanUscc, type AgencyWriteOptions } from './agency-row.js';
import { getAgency } from './agency-queries.js';
import { duplicateAgency } from './create-agency.js';

export interface AgencyPatch {
  readonly name?: string;
  readonly level?: AgencyLevel;
  readonly uscc?: string | null;
  readonly aliases?: readonly string[];
}

export async function updateAgency(db: Executor, id: number, patch: AgencyPatch, ctx: ChangeContext, options: AgencyWriteOptions = {}): Promise<Agency> {
  return inTransaction(db, async (trx) => {
    const before = await getAgency(trx, id);
    checkAgencyVersion(before, options);
    const name = patch.name === undefined ? before.name : cleanName(patch.name);
    if (patch.level !== undefined && !isAgencyLevel(patch.level)) {
      throw invalid(`无效的机关层级：${String(patch.level)}`, `Invalid agency level: ${String(patch.level)}`);
    }
    const set: AgencyUpdate = { updated_at: changedAt(ctx) };
    if (patch.name !== undefined) set.name = name;
    if (patch.level !== undefined) set.level = patch.level;
    if (patch.uscc !== undefined) set.uscc = cleanUscc(patch.uscc);
    if (patch.aliases !== undefined || patch.name !== undefined) set.aliases = encodeJson(cleanAliases(patch.aliases ?? before.aliases, name));
    let row;
    try {
      row = await trx
        .updateTable('agencies')
        .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .where('version', '=', before.version)
        .returningAll()
        .executeTakeFirst();
    } catch (e) {
      if (isUniqueViolation(e)) throw duplicateAgency(name, e);
      throw e;
    }
    // Changed between our read and our write (another connection): refused, never overwritten.
    if (!row) {
      checkAgencyVersion(await getAgency(trx, id), { expectedVersion: before.version });
      throw new Error(`agency ${id} was not updated`);
    }
    const after = agencyFromRow(row);
    await writeAudit(trx, { action: 'agency.update', entity: 'agency', entityId: id, before: agencyAuditView(before), after: agencyAuditView(after) }, ctx);
    return after;
  });
}

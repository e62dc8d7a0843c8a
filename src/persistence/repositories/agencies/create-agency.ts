/**
 * @module Adding an agency to the tree (with its audit row, in one transaction).
 */
import type { Agency, AgencyLevel } from '../../../domain/agency/agency.js';
import { isAgencyLevel } from '../../../domain/agency/agency.js';
import { GongkaiError } from '../../../domain/shared/errors.js';
import type { ChangeContext, Executor } from '../../database.js';
import { encodeJson } from '../../codecs.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { invalid, isUniqueViolation } from '../errors.js';
import { writeAudit } from '../audit/write-audit.js';
import { agencyAuditView, agencyFromRow, cleanAliases, cleanName, cleanUscc } from './agency-row.js';
import { getAgency } from './agency-queries.js';

export interface NewAgency {
  readonly name: string;
  readonly level: AgencyLevel;
  readonly parentId?: number | null;
  readonly uscc?: string | null;
  readonly aliases?: readonly string[];
}

export function duplicateAgency(name: string, e: unknown): GongkaiError {
  return new GongkaiError(
    'CONFLICT',
    { zh: `同一上级下已有名为“${name}”的机关，或统一社会信用代码已被使用。`, en: `An agency named “${name}” already exists under that parent, or the credit code is taken.` },
    { cause: e },
  );
}

export async function createAgency(db: Executor, input: NewAgency, ctx: ChangeContext): Promise<Agency> {
  const name = cleanName(input.name);
  if (!isAgencyLevel(input.level)) throw invalid(`无效的机关层级：${String(input.level)}`, `Invalid agency level: ${String(input.level)}`);
  const uscc = cleanUscc(input.uscc);
  const aliases = cleanAliases(input.aliases, name);
  const parentId = input.parentId ?? null;
  return inTransaction(db, async (trx) => {
    if (parentId !== null) await getAgency(trx, parentId);
    const at = changedAt(ctx);
    let row;
    try {
      row = await trx
        .insertInto('agencies')
        .values({ parent_id: parentId, name, level: input.level, uscc, aliases: encodeJson(aliases), created_at: at, updated_at: at })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (e) {
      if (isUniqueViolation(e)) throw duplicateAgency(name, e);
      throw e;
    }
    const agency = agencyFromRow(row);
    await writeAudit(trx, { action: 'agency.create', entity: 'agency', entityId: agency.id, after: agencyAuditView(agency) }, ctx);
    return agency;
  });
}

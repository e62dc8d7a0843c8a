/**
 * @module Deleting an agency: only a leaf that nothing refers to — no child
 * agencies, no reports, no users or API tokens scoped to it. Anything else is
 * refused with `CONFLICT` naming what is in the way, and nothing changes.
 */
import type { Agency } from '../../../domain/agency/agency.js';
import { GongkaiError } from '../../../domain/shared/errors.js';
import { sql } from 'kysely';
import type { ChangeContext, Executor } from '../../database.js';
import { decodeNumber } from '../../codecs.js';
import { inTransaction } from '../../transaction.js';
import { isForeignKeyViolation } from '../errors.js';
import { writeAudit } from '../audit/write-audit.js';
import { agencyAuditView } from './agency-row.js';
import { getAgency } from './agency-queries.js';

/** What still refers to an agency (all zero: it may be deleted). */
export interface AgencyReferences {
  readonly children: number;
  readonly reports: number;
  readonly users: number;
  readonly tokens: number;
}

export async function agencyReferences(db: Executor, id: number): Promise<AgencyReferences> {
  const n = sql<number>`count(*)`.as('n');
  const children = await db.selectFrom('agencies').select(n).where('parent_id', '=', id).executeTakeFirstOrThrow();
  const reports = await db.selectFrom('reports').select(n).where('agency_id', '=', id).executeTakeFirstOrThrow();
  const users = await db.selectFrom('users').select(n).where('scope_agency_id', '=', id).executeTakeFirstOrThrow();
  const tokens = await db.selectFrom('api_tokens').select(n).where('scope_agency_id', '=', id).executeTakeFirstOrThrow();
  return { children: decodeNumber(children.n), reports: decodeNumber(reports.n), users: decodeNumber(users.n), tokens: decodeNumber(tokens.n) };
}

export function isDeletable(r: AgencyReferences): boolean {
  return r.children === 0 && r.reports === 0 && r.users === 0 && r.tokens === 0;
}

function stillUsed(name: string, r: AgencyReferences, cause?: unknown): GongkaiError {
  const zh = [r.children && `${r.children} 个下级机关`, r.reports && `${r.reports} 份报告`, r.users && `${r.users} 个用户`, r.tokens && `${r.tokens} 个 API 令牌`].filter(Boolean).join('、');
  const en = [r.children && `${r.children} child agencies`, r.reports && `${r.reports} reports`, r.users && `${r.users} users`, r.tokens && `${r.tokens} API tokens`].filter(Boolean).join(', ');
  return new GongkaiError(
    'CONFLICT',
    {
      zh: `不能删除“${name}”：它还有${zh || '其他记录引用'}。请先移走或删除这些内容。`,
      en: `Cannot delete “${name}”: it still has ${en || 'records referring to it'}. Move or delete them first.`,
    },
    cause === undefined ? undefined : { cause },
  );
}

export async function deleteAgency(db: Executor, id: number, ctx: ChangeContext): Promise<Agency> {
  return inTransaction(db, async (trx) => {
    const before = await getAgency(trx, id);
    const refs = await agencyReferences(trx, id);
    if (!isDeletable(refs)) throw stillUsed(before.name, refs);
    try {
      await trx.deleteFrom('agencies').where('id', '=', id).execute();
    } catch (e) {
      // A reference that arrived after the count (the foreign keys restrict deletes).
      if (isForeignKeyViolation(e)) throw stillUsed(before.name, refs, e);
      throw e;
    }
    await writeAudit(trx, { action: 'agency.delete', entity: 'agency', entityId: id, before: agencyAuditView(before) }, ctx);
    return before;
  });
}

/**
 * @module Reading the audit log, newest first.
 */
import type { Executor } from '../../database.js';
import { decodeDate, decodeJson } from '../../codecs.js';

export interface AuditRecord {
  readonly id: number;
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly at: Date;
}

export interface AuditFilter {
  readonly entity?: string;
  readonly entityId?: number | string;
  readonly limit?: number;
}

export async function listAudit(db: Executor, filter: AuditFilter = {}): Promise<AuditRecord[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (filter.entity !== undefined) q = q.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) q = q.where('entity_id', '=', String(filter.entityId));
  const rows = await q.orderBy('id', 'desc').limit(filter.limit ?? 1000).execute();
  return rows.map((r) => ({
    id: r.id,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: decodeJson(r.before),
    after: decodeJson(r.after),
    at: decodeDate(r.at),
  }));
}

/**
 * @module Writing one audit row. Call it with the transaction that makes the
 * change, so the change and its record commit or vanish together.
 */
import type { ChangeContext, Executor } from '../../database.js';
import { encodeNullableJson } from '../../codecs.js';
import { changedAt } from '../clock.js';

export interface AuditEntry {
  /** `agency.create`, `report.import`, `report.correct`… */
  readonly action: string;
  readonly entity: string;
  readonly entityId: number | string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export async function writeAudit(trx: Executor, entry: AuditEntry, ctx: ChangeContext): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      actor: ctx.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: String(entry.entityId),
      before: encodeNullableJson(entry.before ?? null),
      after: encodeNullableJson(entry.after ?? null),
      at: changedAt(ctx),
    })
    .execute();
}

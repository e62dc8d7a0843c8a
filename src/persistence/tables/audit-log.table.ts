/**
 * @module The `audit_log` table: one row for every change of official data,
 * written in the same transaction as the change.
 */
import type { Insertable, Selectable } from 'kysely';
import type { Id, NullableJsonColumn, Timestamp } from './column-types.js';

export interface AuditLogTable {
  id: Id;
  actor: string;
  /** `agency.create`, `report.import`, `report.correct`… */
  action: string;
  /** `agency`, `report`, `file`… */
  entity: string;
  entity_id: string;
  before: NullableJsonColumn;
  after: NullableJsonColumn;
  at: Timestamp;
}

export type AuditRow = Selectable<AuditLogTable>;
export type NewAuditRow = Insertable<AuditLogTable>;

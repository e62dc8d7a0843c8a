/**
 * @module The `agencies` table: the tree of 机关 (parent_id → agencies.id).
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AgencyLevel } from '../../domain/agency/agency.js';
import type { Id, JsonColumn, Timestamp } from './column-types.js';

export interface AgenciesTable {
  id: Id;
  parent_id: number | null;
  name: string;
  level: AgencyLevel;
  /** 统一社会信用代码; unique when present. */
  uscc: string | null;
  /** JSON array of strings. */
  aliases: JsonColumn;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Raised by every change; a stale writer is refused. */
  version: Generated<number>;
}

export type AgencyRow = Selectable<AgenciesTable>;
export type NewAgencyRow = Insertable<AgenciesTable>;
export type AgencyUpdate = Updateable<AgenciesTable>;

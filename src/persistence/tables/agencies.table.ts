/**
 * @module The `agencies` table: the tree of 机关 (parent_id → agencies.id).
 */
import type { Insertable, Selectable, Updateable } from 'kysely';
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
}

export type AgencyRow = Selectable<AgenciesTable>;
export type NewAgencyRow = Insertable<AgenciesTable>;
export type AgencyUpdate = Updateable<AgenciesTable>;

/**
 * @module The `table2_entries` table: the Table-2 figures (主动公开) an agency's
 * clerk keeps through the year, one row per cell path.
 */
import type { Insertable, Selectable } from 'kysely';
import type { Timestamp } from './column-types.js';

export interface Table2EntriesTable {
  agency_id: number;
  year: number;
  /** `table2.<row>.<col>` of the year's format. */
  path: string;
  /** The number as decimal text. */
  value: string;
  updated_at: Timestamp;
  updated_by: string;
}

export type Table2EntryRow = Selectable<Table2EntriesTable>;
export type NewTable2EntryRow = Insertable<Table2EntriesTable>;

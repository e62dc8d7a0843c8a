/**
 * @module The `corrections` table: who changed which cell of which report, from
 * what to what, and why. One row per changed cell; `version` is the version the
 * correction created.
 */
import type { Insertable, Selectable } from 'kysely';
import type { Id, NullableJsonColumn, Timestamp } from './column-types.js';

export interface CorrectionsTable {
  id: Id;
  report_id: number;
  version: number;
  /** Cell path, e.g. `table3.newReceived.total`. */
  path: string;
  /** JSON number or null. */
  old_value: NullableJsonColumn;
  new_value: NullableJsonColumn;
  reason: string;
  actor: string;
  at: Timestamp;
}

export type CorrectionRow = Selectable<CorrectionsTable>;
export type NewCorrectionRow = Insertable<CorrectionsTable>;

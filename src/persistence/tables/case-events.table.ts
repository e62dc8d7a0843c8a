/**
 * @module The `case_events` table: what happened to a case, one row per event,
 * numbered from 1 per case. Rows are only inserted: the events are the truth,
 * everything else about a case is derived from them.
 */
import type { Insertable, Selectable } from 'kysely';
import type { CaseEventType } from '../../domain/cases/case-events.js';
import type { JsonColumn, Timestamp } from './column-types.js';

export interface CaseEventsTable {
  case_id: number;
  seq: number;
  type: CaseEventType;
  /** The day it happened (`on`), YYYY-MM-DD. */
  day: string;
  /** The event's data without `type` and `on`; the register event without personal data. */
  payload: JsonColumn;
  actor: string;
  created_at: Timestamp;
}

export type CaseEventRow = Selectable<CaseEventsTable>;
export type NewCaseEventRow = Insertable<CaseEventsTable>;

/**
 * @module The `calendar_notices` table: versions of loaded holiday notices
 * (national, or a region's overlay). Rows are only inserted, never updated.
 */
import type { Insertable, Selectable } from 'kysely';
import type { Id, JsonColumn, Timestamp } from './column-types.js';

export interface CalendarNoticesTable {
  id: Id;
  kind: 'national' | 'regional';
  /** The overlay's region; '' for a national notice. */
  region: string;
  year: number;
  version: number;
  /** The validated `CalendarDocument`. */
  document: JsonColumn;
  loaded_at: Timestamp;
  loaded_by: string;
}

export type CalendarNoticeRow = Selectable<CalendarNoticesTable>;
export type NewCalendarNoticeRow = Insertable<CalendarNoticesTable>;

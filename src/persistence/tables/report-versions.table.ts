/**
 * @module The `report_versions` table: every state a report's content has had.
 * Rows are only ever inserted: a re-parse or a correction adds a version.
 */
import type { Insertable, Selectable } from 'kysely';
import type { JsonColumn, Timestamp } from './column-types.js';

/** `generated`: computed from the agency's cases, review register and Table-2 entries (`generateAnnualReport`). */
export type VersionKind = 'parse' | 'reparse' | 'correction' | 'generated';
export const VERSION_KINDS: readonly VersionKind[] = ['parse', 'reparse', 'correction', 'generated'];

export interface ReportVersionsTable {
  report_id: number;
  version: number;
  kind: VersionKind;
  /** The parser that produced the values (`gongkai 0.1.0`); for a correction, that of the version corrected. */
  parser_version: string;
  /** The canonical AnnualReport (`gongkai.report/1`), findings included. */
  model: JsonColumn;
  /** The findings of this version on their own, for queries that do not need the model. */
  findings: JsonColumn;
  created_at: Timestamp;
  /** Actor: `cli:import`, `user:42`… */
  created_by: string;
}

export type ReportVersionRow = Selectable<ReportVersionsTable>;
export type NewReportVersionRow = Insertable<ReportVersionsTable>;

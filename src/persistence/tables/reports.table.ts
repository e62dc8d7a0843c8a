/**
 * @module The `reports` table: one row per original file that is a report; its
 * content lives in `report_versions`, the newest being `version`.
 */
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { FormatId } from '../../domain/annual-report/columns.js';
import type { Id, Timestamp } from './column-types.js';

export type ReportStatus = 'unmatched' | 'matched';
export const REPORT_STATUSES: readonly ReportStatus[] = ['unmatched', 'matched'];

export interface ReportsTable {
  id: Id;
  /** The original; unique, so a file is imported once. */
  file_sha256: string;
  /** Null while the report waits in the unmatched queue. */
  agency_id: number | null;
  status: ReportStatus;
  /** The agency as the report names itself (copied from the newest version). */
  agency_name: string | null;
  year: number | null;
  format: FormatId;
  /** The file name it was first imported under, for people. */
  source_name: string | null;
  /** The newest version number; bumped by every new version (optimistic concurrency). */
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type ReportRow = Selectable<ReportsTable>;
export type NewReportRow = Insertable<ReportsTable>;
export type ReportUpdate = Updateable<ReportsTable>;

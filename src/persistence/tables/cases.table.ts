/**
 * @module The `cases` table: one row per disclosure application (依申请公开),
 * its case number (依申第N号 of the agency and year) and the hash of the
 * applicant's lookup code. What happened is in `case_events`; the
 * applicant's personal data in `case_applicants`.
 */
import type { Insertable, Selectable } from 'kysely';
import type { Id, Timestamp } from './column-types.js';

export interface CasesTable {
  id: Id;
  agency_id: number;
  /** The year of the case number (the registration year). */
  year: number;
  serial: number;
  case_number: string;
  /** Lower-case hex SHA-256 of the lookup code; the code is never stored. */
  lookup_hash: string;
  created_at: Timestamp;
  created_by: string;
}

export type CaseRow = Selectable<CasesTable>;
export type NewCaseRow = Insertable<CasesTable>;

/** The last serial given out per agency and year. */
export interface CaseNumberCountersTable {
  agency_id: number;
  year: number;
  last_serial: number;
}

/**
 * @module The `case_projections` table: one row per case, recomputed with
 * `foldCase` in the same transaction as each appended event, so that lists,
 * the inbox and the annual tables are quick queries. Never written by hand.
 */
import type { Insertable, Selectable } from 'kysely';
import type { ApplicantKind } from '../../domain/cases/applicant.js';
import type { CaseStatus } from '../../domain/cases/case-state.js';
import type { BooleanColumn, Timestamp } from './column-types.js';

export type ClockState = 'running' | 'paused' | 'stopped' | 'closed';

export interface CaseProjectionsTable {
  case_id: number;
  agency_id: number;
  status: CaseStatus;
  applicant_kind: ApplicantKind;
  received_day: string;
  received_year: number;
  clock_state: ClockState;
  deadline: string | null;
  paused_remaining: number | null;
  waiting_kind: 'correction' | 'consultation' | 'fee' | null;
  waiting_due: string | null;
  closed_day: string | null;
  closed_year: number | null;
  outcome: string | null;
  closed_late: BooleanColumn;
  t3_row: string | null;
  answer_workdays: number | null;
  fee_yuan: number | null;
  fee_paid_day: string | null;
  event_count: number;
  last_event_day: string;
  updated_at: Timestamp;
}

export type CaseProjectionRow = Selectable<CaseProjectionsTable>;
export type NewCaseProjectionRow = Insertable<CaseProjectionsTable>;

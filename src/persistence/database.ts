/**
 * @module The table map of the database and the handle types repositories take.
 */
import type { Kysely, Transaction } from 'kysely';
import type { AgenciesTable } from './tables/agencies.table.js';
import type { FilesTable } from './tables/files.table.js';
import type { ReportsTable } from './tables/reports.table.js';
import type { ReportVersionsTable } from './tables/report-versions.table.js';
import type { CorrectionsTable } from './tables/corrections.table.js';
import type { AuditLogTable } from './tables/audit-log.table.js';
import type { UsersTable } from './tables/users.table.js';
import type { SessionsTable } from './tables/sessions.table.js';
import type { ApiTokensTable } from './tables/api-tokens.table.js';
import type { CalendarNoticesTable } from './tables/calendar-notices.table.js';
import type { CaseNumberCountersTable, CasesTable } from './tables/cases.table.js';
import type { CaseApplicantsTable } from './tables/case-applicants.table.js';
import type { CaseEventsTable } from './tables/case-events.table.js';
import type { CaseAttachmentsTable } from './tables/case-attachments.table.js';
import type { CaseProjectionsTable } from './tables/case-projections.table.js';
import type { ReviewEntriesTable } from './tables/review-entries.table.js';
import type { Table2EntriesTable } from './tables/table2-entries.table.js';
import type { ReportFiguresTable } from './tables/report-figures.table.js';

export interface Database {
  agencies: AgenciesTable;
  files: FilesTable;
  reports: ReportsTable;
  report_versions: ReportVersionsTable;
  corrections: CorrectionsTable;
  audit_log: AuditLogTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  calendar_notices: CalendarNoticesTable;
  case_number_counters: CaseNumberCountersTable;
  cases: CasesTable;
  case_applicants: CaseApplicantsTable;
  case_events: CaseEventsTable;
  case_attachments: CaseAttachmentsTable;
  case_projections: CaseProjectionsTable;
  review_entries: ReviewEntriesTable;
  table2_entries: Table2EntriesTable;
  report_figures: ReportFiguresTable;
}

/** The database as a whole. */
export type Db = Kysely<Database>;

/** What repositories take: the database, or a transaction to take part in. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** Who made a change, as stored in `created_by`, `actor`: `cli:import`, `user:42`, `system`. */
export type Actor = string;

/** Who and when, given to every function that changes data. `now` defaults to the clock. */
export interface ChangeContext {
  readonly actor: Actor;
  readonly now?: Date;
}

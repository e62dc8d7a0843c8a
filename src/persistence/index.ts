/**
 * @module Persistence: the only place SQL lives. Open a database, then call the
 * repository functions with it (or with a transaction to group several).
 *
 * @example
 * const { db, close } = await openConfiguredDatabase({ file: 'data/gongkai.sqlite' });
 * const { report, created } = await importReport(db, { bytes, report: parsed, parserVersion: PARSER_VERSION }, { actor: 'cli:import' });
 * await close();
 */
export type { Database, Db, Executor, Actor, ChangeContext } from './database.js';
export type { Engine } from './engine.js';
export { engineOf } from './engine.js';
export { openDatabase, openConfiguredDatabase, type OpenedDatabase, type OpenOptions } from './open-database.js';
export { resolveDatabaseConfig, redactUrl, DEFAULT_SQLITE_FILE, type DatabaseConfig, type DatabaseChoice } from './database-config.js';
export { migrateToLatest, migrateTo, knownMigrations } from './migrate.js';
export { inTransaction } from './transaction.js';
export type { ReportStatus } from './tables/reports.table.js';
export type { VersionKind } from './tables/report-versions.table.js';

export { writeAudit, type AuditEntry } from './repositories/audit/write-audit.js';
export { listAudit, type AuditRecord, type AuditFilter } from './repositories/audit/list-audit.js';

export { createAgency, type NewAgency } from './repositories/agencies/create-agency.js';
export { updateAgency, type AgencyPatch } from './repositories/agencies/update-agency.js';
export { moveAgency } from './repositories/agencies/move-agency.js';
export { importAgencies, type AgencyImportRow, type AgencyImportResult } from './repositories/agencies/import-agencies.js';
export { importAgencyList, type AgencyListOptions, type AgencyListResult } from './repositories/agencies/import-agency-list.js';
export { deleteAgency, agencyReferences, isDeletable, type AgencyReferences } from './repositories/agencies/delete-agency.js';
export {
  findAgency,
  getAgency,
  listAgencies,
  getSubtree,
  subtreeIds,
  getAncestors,
  getAgencyTree,
  findAgenciesByName,
  loadAgencyMatcher,
} from './repositories/agencies/agency-queries.js';

export { putFile, sha256Hex, type PutFileResult } from './repositories/files/put-file.js';
export { getFileInfo, getFileContent, type StoredFileInfo } from './repositories/files/file-queries.js';

export { importReport, type ImportReportInput, type ImportReportResult } from './repositories/reports/import-report.js';
export { reparseReport, type ReparseReportInput, type ReparseReportResult } from './repositories/reports/reparse-report.js';
export { correctReport, type CorrectReportInput, type CorrectReportResult } from './repositories/reports/correct-report.js';
export { assignAgency, type AssignAgencyInput } from './repositories/reports/assign-agency.js';
export { matchUnmatchedReports, type RematchResult } from './repositories/reports/match-unmatched.js';
export {
  findReport,
  getReport,
  findReportByFile,
  getReportVersion,
  listReportVersions,
  listCorrections,
  listReports,
  listUnmatchedReports,
  countReports,
  listReportsWithModel,
  type ReportFilter,
  type ReportWithModel,
} from './repositories/reports/report-queries.js';
export type { StoredReport, ReportVersion, ReportVersionInfo, Correction } from './repositories/reports/report-row.js';

export { loadCalendarNotice, type LoadCalendarNoticeResult } from './repositories/calendar/load-calendar-notice.js';
export {
  listCalendarNotices,
  calendarDocuments,
  loadWorkCalendar,
  currentCalendars,
  CALENDAR_RECHECK_MS,
  type CalendarNoticeFilter,
  type CurrentCalendars,
} from './repositories/calendar/calendar-notice-queries.js';
export type { StoredCalendarNotice } from './repositories/calendar/calendar-notice-row.js';

export { createApplication, type CreateApplicationInput, type CreateApplicationResult } from './repositories/cases/create-application.js';
export { appendEvent, type AppendEventInput, type AppendEventResult } from './repositories/cases/append-event.js';
export { getCase, findCaseByLookup, type CaseRecord, type CaseReadOptions, type PublicCaseStatus } from './repositories/cases/case-queries.js';
export type { StoredCase, StoredCaseEvent, AttachmentInfo } from './repositories/cases/case-row.js';
export { attachToEvent, listAttachments, type NewAttachment } from './repositories/cases/attachments.js';
export { listInbox, DUE_SOON_WORKDAYS, type InboxQuery, type InboxItem, type InboxPage } from './repositories/cases/list-inbox.js';
export { caseStatistics, OUTCOME_GROUPS, type CaseStatistics, type CaseFigures, type AgencyCaseFigures, type OutcomeGroup } from './repositories/cases/case-statistics.js';
export { caseCalendar } from './repositories/cases/case-calendar.js';
export {
  createReviewEntry,
  updateReviewEntry,
  getReviewEntry,
  listReviewEntries,
  toReviewEntry,
  type ReviewEntryInput,
  type ReviewEntryPatch,
  type StoredReviewEntry,
  type ReviewEntryFilter,
} from './repositories/cases/review-register.js';
export { lookupCodeReissues, reissueLookupCode, type LookupCodeReissue, type ReissuedLookupCode } from './repositories/cases/reissue-lookup-code.js';
export { getTable2Entries, setTable2Entries, type Table2EntriesInput } from './repositories/cases/table2-entries.js';
export { applicationTables, type ApplicationTables } from './repositories/cases/application-tables.js';
export {
  generateAnnualReport,
  buildAnnualReport,
  regionApplicationReport,
  GENERATOR_VERSION,
  figuresDigest,
  MAX_SECTION_CHARS,
  type GenerateReportInput,
  type GenerateEditedReportInput,
  type GenerateReportResult,
} from './repositories/cases/generate-annual-report.js';
export {
  importCaseHistories,
  analyzeCaseTables,
  type CaseHistory,
  type HistoryReview,
  type ImportHistoriesOptions,
  type ImportHistoriesResult,
} from './repositories/cases/import-case-histories.js';

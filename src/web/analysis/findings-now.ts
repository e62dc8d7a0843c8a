/**
 * @module A report's findings as of now: the stored ones, with the cross-year checks (W1–W3)
 * recomputed against the same agency's current report of the previous year, whenever the
 * repository holds one. Used by the report page, its downloads and `GET /api/reports/:id`.
 */
import { withCrossYearFindings } from '../../domain/analysis/cross-year.js';
import type { Finding } from '../../domain/shared/finding.js';
import type { Executor } from '../../persistence/database.js';
import { findCurrentVersion } from '../../persistence/repositories/analysis/agency-years.js';
import type { ReportVersion, StoredReport } from '../../persistence/repositories/reports/report-row.js';

export async function findingsNow(db: Executor, report: StoredReport, current: ReportVersion): Promise<Finding[]> {
  const year = current.model.year ?? report.year;
  const previous = report.agencyId !== null && report.status === 'matched' && year !== null ? await findCurrentVersion(db, report.agencyId, year - 1) : undefined;
  return withCrossYearFindings(current.findings, current.model, previous?.model);
}

/** The version with its findings (model and list) brought up to date. */
export async function versionNow(db: Executor, report: StoredReport, current: ReportVersion): Promise<ReportVersion> {
  const findings = await findingsNow(db, report, current);
  return { ...current, findings, model: { ...current.model, findings } };
}

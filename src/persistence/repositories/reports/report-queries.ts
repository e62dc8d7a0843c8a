/**
 * @module Reading reports, their versions and corrections.
 */
import type { Executor } from '../../database.js';
import type { ReportStatus } from '../../tables/reports.table.js';
import { decodeNumber } from '../../codecs.js';
import { notFound } from '../errors.js';
import {
  correctionFromRow,
  reportFromRow,
  versionFromRow,
  versionInfoFromRow,
  type Correction,
  type ReportVersion,
  type ReportVersionInfo,
  type StoredReport,
} from './report-row.js';

export async function findReport(db: Executor, id: number): Promise<StoredReport | undefined> {
  const row = await db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? reportFromRow(row) : undefined;
}

export async function getReport(db: Executor, id: number): Promise<StoredReport> {
  const r = await findReport(db, id);
  if (!r) throw notFound('报告', 'report', id);
  return r;
}

/** The report made from this original, if any. */
export async function findReportByFile(db: Executor, sha256: string): Promise<StoredReport | undefined> {
  const row = await db.selectFrom('reports').selectAll().where('file_sha256', '=', sha256).executeTakeFirst();
  return row ? reportFromRow(row) : undefined;
}

/** One version of a report; the newest when `version` is omitted. */
export async function getReportVersion(db: Executor, reportId: number, version?: number): Promise<ReportVersion> {
  const v = version ?? (await getReport(db, reportId)).version;
  const row = await db
    .selectFrom('report_versions')
    .selectAll()
    .where('report_id', '=', reportId)
    .where('version', '=', v)
    .executeTakeFirst();
  if (!row) throw notFound('报告版本', 'report version', `${reportId}/${v}`);
  return versionFromRow(row);
}

/** Every version of a report, oldest first, without the models. */
export async function listReportVersions(db: Executor, reportId: number): Promise<ReportVersionInfo[]> {
  const rows = await db
    .selectFrom('report_versions')
    .select(['report_id', 'version', 'kind', 'parser_version', 'created_at', 'created_by'])
    .where('report_id', '=', reportId)
    .orderBy('version')
    .execute();
  return rows.map(versionInfoFromRow);
}

/** The corrections of a report, in the order they were made. */
export async function listCorrections(db: Executor, reportId: number): Promise<Correction[]> {
  const rows = await db.selectFrom('corrections').selectAll().where('report_id', '=', reportId).orderBy('id').execute();
  return rows.map(correctionFromRow);
}

export interface ReportFilter {
  readonly status?: ReportStatus;
  /** `null`: only reports without an agency. */
  readonly agencyId?: number | null;
  readonly year?: number;
  /** Keyset paging: reports with a larger id. */
  readonly afterId?: number;
  /** Default 100. */
  readonly limit?: number;
}

/** Reports by id, filtered and paged. */
export async function listReports(db: Executor, filter: ReportFilter = {}): Promise<StoredReport[]> {
  let q = db.selectFrom('reports').selectAll();
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  if (filter.agencyId === null) q = q.where('agency_id', 'is', null);
  else if (filter.agencyId !== undefined) q = q.where('agency_id', '=', filter.agencyId);
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  if (filter.afterId !== undefined) q = q.where('id', '>', filter.afterId);
  const rows = await q.orderBy('id').limit(filter.limit ?? 100).execute();
  return rows.map(reportFromRow);
}

/** The queue of reports waiting for a person to assign their agency. */
export function listUnmatchedReports(db: Executor, page: { afterId?: number; limit?: number } = {}): Promise<StoredReport[]> {
  return listReports(db, { ...page, status: 'unmatched' });
}

export async function countReports(db: Executor, filter: Omit<ReportFilter, 'afterId' | 'limit'> = {}): Promise<number> {
  let q = db.selectFrom('reports').select((eb) => eb.fn.countAll().as('n'));
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  if (filter.agencyId === null) q = q.where('agency_id', 'is', null);
  else if (filter.agencyId !== undefined) q = q.where('agency_id', '=', filter.agencyId);
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  const row = await q.executeTakeFirstOrThrow();
  return decodeNumber(row.n);
}

export interface ReportWithModel {
  readonly report: StoredReport;
  readonly current: ReportVersion;
}

/** Reports with their newest version, by id, paged: for exports. */
export async function listReportsWithModel(db: Executor, page: { afterId?: number; limit?: number } = {}): Promise<ReportWithModel[]> {
  let q = db
    .selectFrom('reports')
    .innerJoin('report_versions', (j) => j.onRef('report_versions.report_id', '=', 'reports.id').onRef('report_versions.version', '=', 'reports.version'))
    .selectAll('reports')
    .select([
      'report_versions.kind',
      'report_versions.parser_version',
      'report_versions.model',
      'report_versions.findings',
      'report_versions.created_at as version_created_at',
      'report_versions.created_by',
    ]);
  if (page.afterId !== undefined) q = q.where('reports.id', '>', page.afterId);
  const rows = await q.orderBy('reports.id').limit(page.limit ?? 100).execute();
  return rows.map((r) => ({
    report: reportFromRow(r),
    current: versionFromRow({
      report_id: r.id,
      version: r.version,
      kind: r.kind,
      parser_version: r.parser_version,
      model: r.model,
      findings: r.findings,
      created_at: r.version_created_at,
      created_by: r.created_by,
    }),
  }));
}

/**
 * @module Stored report rows → the values callers get.
 */
import type { FormatId } from '../../../domain/annual-report/columns.js';
import type { AnnualReport, CellValue } from '../../../domain/annual-report/report.js';
import type { Finding } from '../../../domain/shared/finding.js';
import type { ReportRow, ReportStatus } from '../../tables/reports.table.js';
import type { ReportVersionRow, VersionKind } from '../../tables/report-versions.table.js';
import type { CorrectionRow } from '../../tables/corrections.table.js';
import { decodeDate, decodeJson } from '../../codecs.js';

export interface StoredReport {
  readonly id: number;
  readonly fileSha256: string;
  readonly agencyId: number | null;
  readonly status: ReportStatus;
  /** The agency as the report names itself. */
  readonly agencyName: string | null;
  readonly year: number | null;
  readonly format: FormatId;
  readonly sourceName: string | null;
  /** The newest version; give it back as `expectedVersion` when correcting. */
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface ReportVersionInfo {
  readonly reportId: number;
  readonly version: number;
  readonly kind: VersionKind;
  readonly parserVersion: string;
  readonly createdAt: Date;
  readonly createdBy: string;
}

export interface ReportVersion extends ReportVersionInfo {
  /**
   * The canonical report. PostgreSQL (jsonb) does not keep key order: serialise
   * with `reportToJson` / `canonicalReport` for the contract's order.
   */
  readonly model: AnnualReport;
  readonly findings: readonly Finding[];
}

export interface Correction {
  readonly id: number;
  readonly reportId: number;
  readonly version: number;
  readonly path: string;
  readonly oldValue: CellValue;
  readonly newValue: CellValue;
  readonly reason: string;
  readonly actor: string;
  readonly at: Date;
}

export function reportFromRow(r: ReportRow): StoredReport {
  return {
    id: r.id,
    fileSha256: r.file_sha256,
    agencyId: r.agency_id,
    status: r.status,
    agencyName: r.agency_name,
    year: r.year,
    format: r.format,
    sourceName: r.source_name,
    version: r.version,
    createdAt: decodeDate(r.created_at),
    updatedAt: decodeDate(r.updated_at),
  };
}

export function versionInfoFromRow(r: Omit<ReportVersionRow, 'model' | 'findings'>): ReportVersionInfo {
  return {
    reportId: r.report_id,
    version: r.version,
    kind: r.kind,
    parserVersion: r.parser_version,
    createdAt: decodeDate(r.created_at),
    createdBy: r.created_by,
  };
}

export function versionFromRow(r: ReportVersionRow): ReportVersion {
  return { ...versionInfoFromRow(r), model: decodeJson<AnnualReport>(r.model), findings: decodeJson<Finding[]>(r.findings) };
}

export function correctionFromRow(r: CorrectionRow): Correction {
  return {
    id: r.id,
    reportId: r.report_id,
    version: r.version,
    path: r.path,
    oldValue: decodeJson<CellValue>(r.old_value) ?? null,
    newValue: decodeJson<CellValue>(r.new_value) ?? null,
    reason: r.reason,
    actor: r.actor,
    at: decodeDate(r.at),
  };
}

/** The report as written into the audit log. */
export function reportAuditView(r: StoredReport): Record<string, unknown> {
  return { id: r.id, fileSha256: r.fileSha256, agencyId: r.agencyId, status: r.status, year: r.year, format: r.format, version: r.version };
}

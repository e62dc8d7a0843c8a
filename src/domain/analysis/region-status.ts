/**
 * @module Region status (报送情况) for a year: for every agency below a node, whether its
 * report is in the repository, whether it was published by the statutory deadline of its
 * level (publication-deadline.ts), and whether its findings include errors. Pure: the caller
 * gives the agencies and their current reports.
 */
import type { AgencyLevel } from '../agency/agency.js';
import type { FormatId } from '../annual-report/columns.js';
import { daysAfter, isIsoDate, publicationDeadline } from './publication-deadline.js';

export interface StatusAgency {
  readonly id: number;
  readonly name: string;
  readonly level: AgencyLevel;
  readonly parentId: number | null;
  /** 0 for the node itself. */
  readonly depth: number;
}

export interface StatusReport {
  readonly agencyId: number;
  readonly reportId: number;
  readonly format: FormatId;
  /** ISO date from the report, or null when the report does not say. */
  readonly publishedAt: string | null;
  /** Findings of severity error and warning stored with the report. */
  readonly errors: number;
  readonly warnings: number;
  /** Distinct rules of the error findings. */
  readonly errorRules: readonly string[];
  /** How many reports of the agency for the year are in the repository (the newest is current). */
  readonly reportsThatYear: number;
}

/** Whether a report came out by its deadline. */
export type Timeliness =
  | { readonly kind: 'onTime'; readonly deadline: string }
  | { readonly kind: 'late'; readonly deadline: string; readonly daysLate: number }
  /** The report gives no (readable) publication date. */
  | { readonly kind: 'dateUnknown'; readonly deadline: string }
  /** The regulation sets no date for this level (townships). */
  | { readonly kind: 'noDeadline' };

export interface ReportStatus {
  readonly reportId: number;
  readonly format: FormatId;
  readonly publishedAt: string | null;
  readonly timeliness: Timeliness;
  readonly errors: number;
  /** Distinct rules with error findings, in order of first appearance. */
  readonly errorRules: readonly string[];
  readonly warnings: number;
  readonly reportsThatYear: number;
}

export interface AgencyStatus {
  readonly agency: StatusAgency;
  /** null: no report for the year. */
  readonly report: ReportStatus | null;
}

export interface RegionStatus {
  readonly year: number;
  /** Every agency of the subtree, in the order given. */
  readonly rows: readonly AgencyStatus[];
  readonly missing: readonly AgencyStatus[];
  readonly late: readonly AgencyStatus[];
  readonly dateUnknown: readonly AgencyStatus[];
  readonly withErrors: readonly AgencyStatus[];
}

export function timeliness(level: AgencyLevel, year: number, publishedAt: string | null): Timeliness {
  const deadline = publicationDeadline(level, year);
  if (deadline === null) return { kind: 'noDeadline' };
  if (!isIsoDate(publishedAt)) return { kind: 'dateUnknown', deadline };
  const days = daysAfter(publishedAt, deadline);
  return days > 0 ? { kind: 'late', deadline, daysLate: days } : { kind: 'onTime', deadline };
}

function reportStatus(level: AgencyLevel, year: number, r: StatusReport): ReportStatus {
  return {
    reportId: r.reportId,
    format: r.format,
    publishedAt: r.publishedAt,
    timeliness: timeliness(level, year, r.publishedAt),
    errors: r.errors,
    errorRules: r.errorRules,
    warnings: r.warnings,
    reportsThatYear: r.reportsThatYear,
  };
}

export function regionStatus(year: number, agencies: readonly StatusAgency[], reports: readonly StatusReport[]): RegionStatus {
  const byAgency = new Map(reports.map((r) => [r.agencyId, r]));
  const rows = agencies.map((agency): AgencyStatus => {
    const r = byAgency.get(agency.id);
    return { agency, report: r ? reportStatus(agency.level, year, r) : null };
  });
  return {
    year,
    rows,
    missing: rows.filter((r) => r.report === null),
    late: rows.filter((r) => r.report?.timeliness.kind === 'late'),
    dateUnknown: rows.filter((r) => r.report?.timeliness.kind === 'dateUnknown'),
    withErrors: rows.filter((r) => (r.report?.errors ?? 0) > 0),
  };
}

/**
 * @module What the analysis pages and the API read, in one place each: an agency with its trends,
 * a region's year, the comparison — and the parsing of their parameters (year, sort order).
 */
import type { Agency } from '../../domain/agency/agency.js';
import { compareAgencies, isMetricKey, type RankedRow, type SortDirection, type SortKey } from '../../domain/analysis/comparison.js';
import { agencyTrends, type AgencyTrends } from '../../domain/analysis/trends.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import type { Db } from '../../persistence/database.js';
import { getAgency, getAncestors } from '../../persistence/repositories/agencies/agency-queries.js';
import { loadAgencyYears } from '../../persistence/repositories/analysis/agency-years.js';
import { listChildAgencies } from '../../persistence/repositories/analysis/child-agencies.js';
import { analyseRegionYear, type RegionYear } from '../../persistence/repositories/analysis/region-analysis.js';
import { listSubtreeYears } from '../../persistence/repositories/analysis/subtree-years.js';
import { listReports } from '../../persistence/repositories/reports/report-queries.js';
import type { StoredReport } from '../../persistence/repositories/reports/report-row.js';

/** Report years the pages accept; anything else is not a year of this system. */
const FIRST_YEAR = 2008;
const LAST_YEAR = 2100;

/** A four-digit year in range, or undefined. */
export function parseYear(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{4}$/.test(text)) return undefined;
  const y = Number(text);
  return y >= FIRST_YEAR && y <= LAST_YEAR ? y : undefined;
}

export function invalidParam(zh: string, en: string): GongkaiError {
  return new GongkaiError('INVALID_VALUE', { zh, en });
}

/** `sort` and `dir` of a comparison; undefined when either is present and not understood. */
export function parseSort(sortText: string | undefined, dirText: string | undefined): { sort: SortKey; dir: SortDirection } | undefined {
  const sort: SortKey | undefined = sortText === undefined || sortText === 'name' ? 'name' : isMetricKey(sortText) ? sortText : undefined;
  if (sort === undefined) return undefined;
  if (dirText !== undefined && dirText !== 'asc' && dirText !== 'desc') return undefined;
  return { sort, dir: dirText ?? (sort === 'name' ? 'asc' : 'desc') };
}

export interface AgencyView {
  readonly agency: Agency;
  readonly ancestors: readonly Agency[];
  readonly children: readonly Agency[];
  /** Published reports of the agency, newest year first. */
  readonly reports: readonly StoredReport[];
  readonly trends: AgencyTrends;
  /** Years with a report anywhere below the agency, newest first. */
  readonly regionYears: readonly number[];
}

/** Every published report of one agency (an agency files one a year: a page holds them all). */
const MAX_REPORTS = 1000;

/** An agency and its trends (NOT_FOUND for an unknown agency). */
export async function loadAgencyTrends(db: Db, agencyId: number): Promise<{ agency: Agency; trends: AgencyTrends }> {
  const agency = await getAgency(db, agencyId);
  return { agency, trends: agencyTrends({ id: agency.id, name: agency.name }, await loadAgencyYears(db, agencyId)) };
}

export async function loadAgencyView(db: Db, agencyId: number): Promise<AgencyView> {
  const { agency, trends } = await loadAgencyTrends(db, agencyId);
  const [ancestors, children, reports, regionYears] = [
    await getAncestors(db, agencyId),
    await listChildAgencies(db, agencyId),
    await listReports(db, { agencyId, status: 'matched', limit: MAX_REPORTS }),
    await listSubtreeYears(db, agencyId),
  ];
  const sorted = [...reports].sort((a, b) => (b.year ?? -1) - (a.year ?? -1) || b.id - a.id);
  return { agency, ancestors, children, reports: sorted, trends, regionYears };
}

export interface ComparisonView {
  readonly data: RegionYear;
  readonly rows: readonly RankedRow[];
}

export async function loadRegionYear(db: Db, agencyId: number, year: number): Promise<RegionYear> {
  return analyseRegionYear(db, agencyId, year);
}

export async function loadComparison(db: Db, agencyId: number, year: number, sort: SortKey, dir: SortDirection): Promise<ComparisonView> {
  const data = await analyseRegionYear(db, agencyId, year);
  return { data, rows: compareAgencies(data.members, sort, dir) };
}

/**
 * @module An agency's current report of each year (the matched report with the highest id for
 * the agency and year) with its figures, for its trends; and the current report of one year with
 * its whole version, for the cross-year checks.
 */
import type { YearReport } from '../../../domain/analysis/trends.js';
import type { Executor } from '../../database.js';
import { decodeNumber } from '../../codecs.js';
import { getReportVersion } from '../reports/report-queries.js';
import type { ReportVersion } from '../reports/report-row.js';
import { FIGURES_COLUMNS, resolveFigures } from './report-figures.js';

/** The current report of each year that has one, oldest year first. */
export async function loadAgencyYears(db: Executor, agencyId: number): Promise<YearReport[]> {
  const rows = await db
    .with('cur', (q) =>
      q
        .selectFrom('reports')
        .select((eb) => [eb.fn.max('reports.id').as('report_id')])
        .where('reports.agency_id', '=', agencyId)
        .where('reports.status', '=', 'matched')
        .where('reports.year', 'is not', null)
        .groupBy('reports.year'),
    )
    .selectFrom('cur')
    .innerJoin('reports', 'reports.id', 'cur.report_id')
    .leftJoin('report_figures', (j) => j.onRef('report_figures.report_id', '=', 'reports.id').onRef('report_figures.version', '=', 'reports.version'))
    .select(FIGURES_COLUMNS)
    .select([
      'reports.id',
      'reports.year',
      'reports.version as report_version',
    ])
    .orderBy('reports.year')
    .execute();
  const figures = await resolveFigures(
    db,
    rows.map((r) => [{ reportId: r.id, version: r.report_version, year: decodeNumber(r.year) }, r] as const),
  );
  return figures.map((f) => ({ year: f.figures.year!, reportId: f.reportId, figures: f.figures }));
}

/** The id of the agency's current report of `year`, if it has one. */
export async function findCurrentReportId(db: Executor, agencyId: number, year: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.max('reports.id').as('id'))
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'matched')
    .where('year', '=', year)
    .executeTakeFirst();
  return row?.id === null || row?.id === undefined ? undefined : decodeNumber(row.id);
}

/** The newest version of the agency's current report of `year`, if it has one. */
export async function findCurrentVersion(db: Executor, agencyId: number, year: number): Promise<ReportVersion | undefined> {
  const id = await findCurrentReportId(db, agencyId, year);
  return id === undefined ? undefined : getReportVersion(db, id);
}

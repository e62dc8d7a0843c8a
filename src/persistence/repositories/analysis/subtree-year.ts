/**
 * @module One year of a subtree in ONE query: every agency below a node (recursive CTE, both
 * engines) with its current report of the year — the matched report with the highest id for the
 * agency and year — and the figures of that report's newest version (report-figures.ts). Figures
 * a version does not have yet are computed once and stored; after that a region of thousands of
 * agencies is read without decoding a single model.
 */
import type { StatusAgency } from '../../../domain/analysis/region-status.js';
import { treeOrder } from '../../../domain/analysis/tree-order.js';
import type { Executor } from '../../database.js';
import { decodeNumber } from '../../codecs.js';
import { notFound } from '../errors.js';
import { withSubtree } from '../agencies/subtree-cte.js';
import { FIGURES_COLUMNS, resolveFigures, type FiguresColumns, type VersionFigures, type VersionKey } from './report-figures.js';

export interface SubtreeReport extends VersionFigures {
  readonly agencyId: number;
  /** Matched reports of the agency for the year; the newest is this one. */
  readonly reportsThatYear: number;
}

export interface SubtreeYear {
  readonly year: number;
  /** The node itself and every agency below it, in tree order (treeOrder). */
  readonly agencies: readonly StatusAgency[];
  /** The current reports, in the order of `agencies`. */
  readonly reports: readonly SubtreeReport[];
}

export async function loadSubtreeYear(db: Executor, rootId: number, year: number): Promise<SubtreeYear> {
  const rows = await withSubtree(db, rootId)
    .with('cur', (q) =>
      q
        .selectFrom('reports')
        .innerJoin('subtree', 'subtree.id', 'reports.agency_id')
        .select((eb) => ['reports.agency_id', eb.fn.max('reports.id').as('report_id'), eb.fn.countAll().as('n')])
        .where('reports.status', '=', 'matched')
        .where('reports.year', '=', year)
        .groupBy('reports.agency_id'),
    )
    .selectFrom('subtree')
    .innerJoin('agencies', 'agencies.id', 'subtree.id')
    .leftJoin('cur', 'cur.agency_id', 'agencies.id')
    .leftJoin('reports', 'reports.id', 'cur.report_id')
    .leftJoin('report_figures', (j) => j.onRef('report_figures.report_id', '=', 'reports.id').onRef('report_figures.version', '=', 'reports.version'))
    .select(FIGURES_COLUMNS)
    .select([
      'agencies.id',
      'agencies.parent_id',
      'agencies.name',
      'agencies.level',
      'reports.id as report_id',
      'reports.version as report_version',
      'cur.n',
    ])
    .execute();
  if (!rows.some((r) => r.id === rootId)) throw notFound('机关', 'agency', rootId);

  const ordered = treeOrder(
    rootId,
    rows.map((r) => ({ id: r.id, parentId: r.parent_id, name: r.name, row: r })),
  );
  const agencies: StatusAgency[] = [];
  const withReport: (readonly [VersionKey, FiguresColumns])[] = [];
  const owners: { agencyId: number; count: number }[] = [];
  for (const { row: r, depth } of ordered) {
    agencies.push({ id: r.id, parentId: r.parent_id, name: r.name, level: r.level, depth });
    if (r.report_id === null || r.report_version === null) continue;
    withReport.push([{ reportId: r.report_id, version: r.report_version, year }, r]);
    owners.push({ agencyId: r.id, count: decodeNumber(r.n) });
  }
  const figures = await resolveFigures(db, withReport);
  const reports = figures.map((f, i): SubtreeReport => ({ ...f, agencyId: owners[i]!.agencyId, reportsThatYear: owners[i]!.count }));
  return { year, agencies, reports };
}

/**
 * @module A region's year, analysed: one query (subtree-year.ts), then the pure roll-up,
 * status and comparison of domain/analysis. This is the function a benchmark of the roll-up
 * calls (target: a region of 3,000 agencies in under 200 ms).
 */
import type { MemberReport } from '../../../domain/analysis/figures.js';
import { rollUpRegion, type RegionRollup } from '../../../domain/analysis/region-rollup.js';
import { regionStatus, type RegionStatus, type StatusAgency } from '../../../domain/analysis/region-status.js';
import type { Executor } from '../../database.js';
import { loadSubtreeYear } from './subtree-year.js';

export interface RegionYear {
  /** The node itself. */
  readonly region: StatusAgency;
  readonly year: number;
  /** The current reports of the subtree, in tree order. */
  readonly members: readonly MemberReport[];
  readonly rollup: RegionRollup;
  readonly status: RegionStatus;
}

export async function analyseRegionYear(db: Executor, rootId: number, year: number): Promise<RegionYear> {
  const data = await loadSubtreeYear(db, rootId, year);
  const region = data.agencies[0]!;
  const names = new Map(data.agencies.map((a) => [a.id, a.name]));
  const members: MemberReport[] = data.reports.map((r) => ({
    agency: { id: r.agencyId, name: names.get(r.agencyId)! },
    reportId: r.reportId,
    figures: r.figures,
  }));
  const status = regionStatus(
    year,
    data.agencies,
    data.reports.map((r) => ({
      agencyId: r.agencyId,
      reportId: r.reportId,
      format: r.figures.format,
      publishedAt: r.figures.publishedAt,
      errors: r.errors,
      errorRules: r.errorRules,
      warnings: r.warnings,
      reportsThatYear: r.reportsThatYear,
    })),
  );
  return { region, year, members, rollup: rollUpRegion({ id: region.id, name: region.name }, year, members), status };
}

/**
 * @module The years for which any agency below a node has a published report.
 */
import type { Executor } from '../../database.js';
import { withSubtree } from '../agencies/subtree-cte.js';
import { decodeNumber } from '../../codecs.js';

/** Distinct years, newest first. */
export async function listSubtreeYears(db: Executor, rootId: number): Promise<number[]> {
  const rows = await withSubtree(db, rootId)
    .selectFrom('reports')
    .innerJoin('subtree', 'subtree.id', 'reports.agency_id')
    .select('reports.year')
    .distinct()
    .where('reports.status', '=', 'matched')
    .where('reports.year', 'is not', null)
    .orderBy('reports.year', 'desc')
    .execute();
  return rows.map((r) => decodeNumber(r.year));
}

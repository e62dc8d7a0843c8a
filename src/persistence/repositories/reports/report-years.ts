/**
 * @module The years that have reports (for the year filter of the report list).
 */
import type { Executor } from '../../database.js';
import type { ReportStatus } from '../../tables/reports.table.js';
import { decodeNumber } from '../../codecs.js';

/** Distinct years, newest first; only reports with the given status when one is given. */
export async function listReportYears(db: Executor, status?: ReportStatus): Promise<number[]> {
  let q = db.selectFrom('reports').select('year').distinct().where('year', 'is not', null);
  if (status !== undefined) q = q.where('status', '=', status);
  const rows = await q.orderBy('year', 'desc').execute();
  return rows.map((r) => decodeNumber(r.year));
}

/**
 * @module A stored report as the API lists it (no model: fetch `href` for that).
 */
import type { StoredReport } from '../../persistence/repositories/reports/report-row.js';

export function reportSummary(r: StoredReport) {
  return {
    id: r.id,
    agencyId: r.agencyId,
    status: r.status,
    agencyName: r.agencyName,
    year: r.year,
    format: r.format,
    sourceName: r.sourceName,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    href: `/api/reports/${r.id}`,
  };
}

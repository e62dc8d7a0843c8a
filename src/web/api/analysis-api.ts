/**
 * @module The analyses as JSON: an agency's trends, a region's roll-up and status for a year,
 * the comparison of the agencies below a node. Open to everyone, like the pages: they are built
 * from published reports only. Bad parameters are 422 `INVALID_VALUE`, an unknown agency 404.
 */
import { Hono } from 'hono';
import { METRICS, METRIC_KEYS, MIN_CASES } from '../../domain/analysis/comparison.js';
import type { FormatRollup } from '../../domain/analysis/region-rollup.js';
import type { AppEnv, WebDeps } from '../context.js';
import { intParam } from '../params.js';
import { invalidParam, loadAgencyTrends, loadComparison, loadRegionYear, parseSort, parseYear } from '../analysis/load.js';

function agencyParam(text: string | undefined): number {
  const id = intParam(text);
  if (id === undefined) throw invalidParam('agency 须为机关编号。', 'agency must be an agency id.');
  return id;
}

function yearParam(text: string | undefined): number {
  const y = parseYear(text);
  if (y === undefined) throw invalidParam('year 须为四位数的年度（2008—2100）。', 'year must be a four-digit year (2008–2100).');
  return y;
}

function partJson(p: FormatRollup) {
  return {
    format: p.format,
    members: p.members.map((m) => ({ agencyId: m.agency.id, agencyName: m.agency.name, reportId: m.reportId, href: `/api/reports/${m.reportId}` })),
    table3: p.report.table3,
    table4: p.report.table4,
    incomplete: p.incomplete,
    findings: p.findings,
  };
}

export function analysisApiRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const db = deps.db;

  app.get('/agencies/:id/trends', async (c) => {
    const { agency, trends: t } = await loadAgencyTrends(db, agencyParam(c.req.param('id')));
    return c.json({
      agency: { id: agency.id, name: agency.name, level: agency.level },
      years: t.years,
      reports: t.reports.map((r, i) => (r ? { year: t.years[i], reportId: r.reportId, format: r.format, href: `/api/reports/${r.reportId}` } : null)),
      groups: t.groups,
    });
  });

  app.get('/rollups/:agencyId/:year', async (c) => {
    const id = agencyParam(c.req.param('agencyId'));
    const year = yearParam(c.req.param('year'));
    const d = await loadRegionYear(db, id, year);
    const s = d.status;
    return c.json({
      region: { id: d.region.id, name: d.region.name, level: d.region.level },
      year,
      expectedFormat: d.rollup.expectedFormat,
      parts: d.rollup.parts.map(partJson),
      findings: d.rollup.findings,
      status: {
        counts: { agencies: s.rows.length, reported: s.rows.length - s.missing.length, missing: s.missing.length, late: s.late.length, dateUnknown: s.dateUnknown.length, withErrors: s.withErrors.length },
        rows: s.rows,
      },
    });
  });

  app.get('/comparisons', async (c) => {
    const id = agencyParam(c.req.query('agency'));
    const year = yearParam(c.req.query('year'));
    const order = parseSort(c.req.query('sort'), c.req.query('dir'));
    if (!order) {
      throw invalidParam(
        `sort 须为 name 或 ${METRIC_KEYS.join('、')}，dir 须为 asc 或 desc。`,
        `sort must be name or one of ${METRIC_KEYS.join(', ')}; dir must be asc or desc.`,
      );
    }
    const { data, rows } = await loadComparison(db, id, year, order.sort, order.dir);
    return c.json({
      region: { id: data.region.id, name: data.region.name, level: data.region.level },
      year,
      ...order,
      minCases: MIN_CASES,
      metrics: METRIC_KEYS.map((k) => ({ key: k, label: METRICS[k].label, numerator: METRICS[k].numerator, denominator: METRICS[k].denominator })),
      rows: rows.map((r) => ({ rank: r.rank, agency: r.agency, reportId: r.reportId, format: r.format, metrics: r.metrics })),
      missing: data.status.missing.map((m) => ({ id: m.agency.id, name: m.agency.name })),
    });
  });

  return app;
}

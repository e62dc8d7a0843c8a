/**
 * @module The analysis pages and their downloads, open to everyone: they are built from
 * published reports only (a report joins an agency's figures when it is matched to the agency),
 * so every visitor sees the same numbers (ADR 0041: reading published reports is open to all).
 *
 * - `/agencies` 机关与汇总 — the tree, linked
 * - `/agencies/:id` 机关页 — reports by year, trends; `…/download/trends.{csv,xlsx}`
 * - `/regions/:id` → the newest year; `/regions/:id/:year` 汇总页 — sums and status;
 *   `…/download/{sums,status}.{csv,xlsx}`
 * - `/regions/:id/:year/comparison?sort=&dir=` 比较页; `…/download/comparison.{csv,xlsx}`
 */
import { Hono } from 'hono';
import type { Db } from '../../persistence/database.js';
import { getAgency, getAgencyTree, getAncestors } from '../../persistence/repositories/agencies/agency-queries.js';
import { listSubtreeYears } from '../../persistence/repositories/analysis/subtree-years.js';
import type { AppContext, AppEnv, WebDeps } from '../context.js';
import { notFoundPage } from '../errors.js';
import { intParam } from '../params.js';
import { contentDisposition } from '../public/routes.js';
import { agencyPage } from './agency-page.js';
import { agencyIndexPage } from './agency-index-page.js';
import { comparisonTable, rollupTable, statusTable, trendsTable } from './analysis-tables.js';
import { comparisonPage } from './comparison-page.js';
import { MEDIA_TYPES, parseDownloadName, renderDownload, type DataTable } from './data-table.js';
import { loadAgencyTrends, loadAgencyView, loadComparison, loadRegionYear, parseSort, parseYear } from './load.js';
import { regionPage } from './region-page.js';
import { trendSections } from './trend-charts.js';

function idOf(c: AppContext): number {
  const id = intParam(c.req.param('id'));
  if (id === undefined) throw notFoundPage();
  return id;
}

function yearOf(c: AppContext): number {
  const y = parseYear(c.req.param('year'));
  if (y === undefined) throw notFoundPage();
  return y;
}

function safeName(s: string): string {
  return s.replace(/[\\/:*?"<>|\s]+/g, '_');
}

async function download(c: AppContext, tables: readonly string[], make: (table: string) => Promise<DataTable>, stem: string): Promise<Response> {
  const wanted = parseDownloadName(c.req.param('file') ?? '', tables);
  if (!wanted) throw notFoundPage();
  const table = await make(wanted.table);
  const bytes = await renderDownload(table, wanted.format);
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': MEDIA_TYPES[wanted.format],
    'content-disposition': contentDisposition(`${safeName(stem)}-${wanted.table}.${wanted.format}`),
    'x-content-type-options': 'nosniff',
  });
}

async function regionTrail(db: Db, id: number) {
  return getAncestors(db, id);
}

export function analysisRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const db = deps.db;

  app.get('/agencies', async (c) => c.html(agencyIndexPage(c.get('principal'), await getAgencyTree(db))));

  app.get('/agencies/:id', async (c) => {
    const v = await loadAgencyView(db, idOf(c));
    return c.html(
      agencyPage({
        principal: c.get('principal'),
        ...v,
        trendSections: v.trends.years.length ? await trendSections(v.trends) : [],
      }),
    );
  });

  app.get('/agencies/:id/download/:file', async (c) => {
    const { agency, trends } = await loadAgencyTrends(db, idOf(c));
    return download(c, ['trends'], async () => trendsTable(trends), agency.name);
  });

  app.get('/regions/:id', async (c) => {
    const id = idOf(c);
    const agency = await getAgency(db, id);
    const latest = (await listSubtreeYears(db, id))[0];
    if (latest === undefined) return c.redirect(`/agencies/${agency.id}`, 302);
    return c.redirect(`/regions/${id}/${latest}`, 302);
  });

  app.get('/regions/:id/:year', async (c) => {
    const id = idOf(c);
    const year = yearOf(c);
    const [data, ancestors, years] = [await loadRegionYear(db, id, year), await regionTrail(db, id), await listSubtreeYears(db, id)];
    return c.html(regionPage({ principal: c.get('principal'), data, ancestors, years }));
  });

  app.get('/regions/:id/:year/download/:file', async (c) => {
    const id = idOf(c);
    const year = yearOf(c);
    const data = await loadRegionYear(db, id, year);
    return download(
      c,
      ['sums', 'status'],
      async (t) => (t === 'sums' ? rollupTable(data.rollup) : statusTable(data.status, data.region.name)),
      `${data.region.name}-${year}`,
    );
  });

  app.get('/regions/:id/:year/comparison', async (c) => {
    const id = idOf(c);
    const year = yearOf(c);
    const order = parseSort(c.req.query('sort'), c.req.query('dir'));
    if (!order) return c.redirect(`/regions/${id}/${year}/comparison`, 302);
    const { data, rows } = await loadComparison(db, id, year, order.sort, order.dir);
    return c.html(
      comparisonPage({
        principal: c.get('principal'),
        region: { id: data.region.id, name: data.region.name },
        year,
        ancestors: await regionTrail(db, id),
        years: await listSubtreeYears(db, id),
        rows,
        missing: data.status.missing.length,
        ...order,
      }),
    );
  });

  app.get('/regions/:id/:year/comparison/download/:file', async (c) => {
    const id = idOf(c);
    const year = yearOf(c);
    const order = parseSort(c.req.query('sort'), c.req.query('dir')) ?? { sort: 'name' as const, dir: 'asc' as const };
    const { data, rows } = await loadComparison(db, id, year, order.sort, order.dir);
    return download(c, ['comparison'], async () => comparisonTable(rows, data.region.name, year), `${data.region.name}-${year}`);
  });

  return app;
}

/**
 * @module Table 2 through the API: `GET /api/agencies/:id/table2/:year` (every
 * cell of the year's format with its labels, kind and value; null = not
 * entered) for staff whose scope holds the agency, and
 * `POST /api/agencies/:id/table2/:year` (clerks and administrators; JSON
 * `{values: {path: number|null}, expected?: {path: number|null}}` — only the
 * cells given change; a cell whose stored value is not its `expected` one
 * fails the whole call with 409 CONFLICT). The audit row is the repository's.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Agency } from '../../domain/agency/agency.js';
import { cellSpecs, expectedFormatForYear } from '../../domain/annual-report/formats/index.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { getTable2Entries, setTable2Entries } from '../../persistence/repositories/cases/table2-entries.js';
import { actorOf } from '../auth/principal.js';
import { agenciesInScope, canHandle, staffOf, type Staff } from '../cases/case-access.js';
import type { AppEnv, WebDeps } from '../context.js';
import { parseJsonBody } from './json-body.js';
import { forbidden, notFoundPage } from '../errors.js';
import { intParam, yearParam } from '../params.js';

const Cells = z.record(z.string().min(1).max(200), z.number().finite().nullable());
const Table2Body = z.object({ values: Cells, expected: Cells.optional() }).strict();

function invalidBody(detail: string): GongkaiError {
  return new GongkaiError('INVALID_VALUE', {
    zh: `请求体无效：${detail}。应为 {values: {单元格路径: 数值或 null}, expected?: {…}}。`,
    en: `Invalid request body: ${detail}. Expected {values: {path: number or null}, expected?: {…}}.`,
  });
}

function table2Json(agency: Agency, year: number, stored: ReadonlyMap<string, number>) {
  const format = expectedFormatForYear(year);
  return {
    agencyId: agency.id,
    agency: agency.name,
    year,
    format,
    cells: cellSpecs(format)
      .filter((s) => s.table === 'table2')
      .map((s) => ({ path: s.path, rowLabel: s.rowLabel, colLabel: s.colLabel, kind: s.kind, value: stored.get(s.path) ?? null })),
  };
}

export function table2ApiRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  async function target(p: Staff, idText: string, yearText: string) {
    const id = intParam(idText);
    const agency = (await agenciesInScope(deps.db, p)).find((a) => a.id === id);
    if (!agency) throw notFoundPage();
    const year = yearParam(yearText, 0);
    if (year === 0) throw new GongkaiError('INVALID_VALUE', { zh: `年度无效：${yearText}。`, en: `Invalid year: ${yearText}.` });
    return { agency, year };
  }

  app.get('/agencies/:id/table2/:year', async (c) => {
    const { agency, year } = await target(staffOf(c), c.req.param('id'), c.req.param('year'));
    return c.json(table2Json(agency, year, await getTable2Entries(deps.db, agency.id, year)));
  });

  app.post('/agencies/:id/table2/:year', async (c) => {
    const p = staffOf(c);
    const { agency, year } = await target(p, c.req.param('id'), c.req.param('year'));
    if (!canHandle(p)) throw forbidden();
    const body = await parseJsonBody(c, Table2Body, invalidBody);
    const stored = await setTable2Entries(
      deps.db,
      { agencyId: agency.id, year, values: body.values, ...(body.expected ? { expected: body.expected } : {}) },
      { actor: actorOf(p), now: deps.now() },
    );
    return c.json(table2Json(agency, year, stored));
  });

  return app;
}

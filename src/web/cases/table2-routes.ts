/**
 * @module `GET /cases/table2?agency=&year=` (表二数据 of an agency in the
 * user's scope; the year defaults to the current one) and `POST /cases/table2`
 * (clerks and administrators: every field checked, then only the changed
 * cells written, each with the value the page showed — a cell someone else
 * changed meanwhile is refused with 409 and shown with its new value, nothing
 * written; the repository writes the audit row).
 */
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { expectedFormatForYear } from '../../domain/annual-report/formats/index.js';
import { formatTable2Value } from '../../domain/annual-report/table2-value.js';
import { isGongkaiError } from '../../domain/shared/errors.js';
import { getTable2Entries, setTable2Entries } from '../../persistence/repositories/cases/table2-entries.js';
import { chinaToday } from '../../persistence/repositories/clock.js';
import { actorOf } from '../auth/principal.js';
import type { AppEnv, WebDeps } from '../context.js';
import { forbidden, mapError } from '../errors.js';
import { field, readForm } from '../form.js';
import { intParam, yearParam } from '../params.js';
import { agenciesInScope, canHandle, staffOf, type Staff } from './case-access.js';
import { readTable2Form } from './table2-form.js';
import { table2Page } from './table2-page.js';

const DONE = { saved: '表二数据已保存。', unchanged: '没有修改任何数值。' } as const;

export function table2Routes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const thisYear = () => Number(chinaToday(deps.now()).slice(0, 4));

  /** The agencies the user may choose and the chosen one (403 outside the scope). */
  async function chosen(p: Staff, agencyText: string | undefined) {
    const agencies = await agenciesInScope(deps.db, p);
    if (agencies.length === 0) throw forbidden();
    const id = intParam(agencyText);
    const agency = id === undefined && !agencyText ? agencies[0]! : agencies.find((a) => a.id === id);
    if (!agency) throw forbidden();
    return { agencies, agency };
  }

  app.get('/cases/table2', async (c) => {
    const p = staffOf(c);
    const { agencies, agency } = await chosen(p, c.req.query('agency'));
    const year = yearParam(c.req.query('year'), thisYear());
    const done = c.req.query('done');
    return c.html(
      table2Page({
        principal: p,
        agencies,
        agency,
        year,
        stored: await getTable2Entries(deps.db, agency.id, year),
        canEdit: canHandle(p),
        ...(done === 'saved' || done === 'unchanged' ? { done: DONE[done] } : {}),
      }),
    );
  });

  app.post('/cases/table2', async (c) => {
    const p = staffOf(c);
    if (!canHandle(p)) throw forbidden();
    const body = await readForm(c);
    const { agencies, agency } = await chosen(p, field(body, 'agency') || '-');
    const year = yearParam(field(body, 'year'), 0);
    if (year === 0) return c.redirect(`/cases/table2?agency=${agency.id}`, 303);
    const read = readTable2Form(body, expectedFormatForYear(year));
    const view = { principal: p, agencies, agency, year, canEdit: true } as const;
    if (Object.keys(read.errors).length > 0) {
      return c.html(table2Page({ ...view, stored: await getTable2Entries(deps.db, agency.id, year), typed: read.typed, errors: read.errors }), 422);
    }
    if (Object.keys(read.changes).length === 0) return c.redirect(`/cases/table2?agency=${agency.id}&year=${year}&done=unchanged`, 303);
    try {
      await setTable2Entries(deps.db, { agencyId: agency.id, year, values: read.changes, expected: read.expected }, { actor: actorOf(p), now: deps.now() });
    } catch (e) {
      if (!isGongkaiError(e) || e.code !== 'CONFLICT') throw e;
      // Show the new figures under each cell someone else changed; keep what this user typed.
      const stored = await getTable2Entries(deps.db, agency.id, year);
      const errors: Record<string, string> = {};
      for (const [path, was] of Object.entries(read.expected)) {
        const now = stored.get(path) ?? null;
        if (now !== was) errors[path] = `他人已将此格由“${formatTable2Value(was) || '空白'}”改为“${formatTable2Value(now) || '空白'}”。请核对；再次保存将以您填写的数值为准。`;
      }
      const { status, body: err } = mapError(e);
      return c.html(table2Page({ ...view, stored, typed: read.typed, errors, error: { ...err.error.message, code: err.error.code } }), status as ContentfulStatusCode);
    }
    return c.redirect(`/cases/table2?agency=${agency.id}&year=${year}&done=saved`, 303);
  });

  return app;
}

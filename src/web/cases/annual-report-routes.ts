/**
 * @module The annual report from live data: `GET /cases/annual-report` (choose
 * the agency and year), `GET /cases/annual-report/draft?agency=&year=` (the
 * computed tables and the drafted sections, editable) and
 * `POST /cases/annual-report` (store the report with the posted sections —
 * refused with 409 when the figures changed since the draft, the page then
 * shows the new tables and keeps the text — or, when no section is posted,
 * with the drafted ones as `gongkai report generate` does); then the report
 * page shows it.
 */
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { SECTIONS, type SectionKey } from '../../domain/annual-report/sections.js';
import { isGongkaiError } from '../../domain/shared/errors.js';
import { buildAnnualReport, figuresDigest, generateAnnualReport, latestGeneratedReport, MAX_SECTION_CHARS } from '../../persistence/repositories/cases/generate-annual-report.js';
import { chinaToday } from '../../persistence/repositories/clock.js';
import { actorOf, inScope } from '../auth/principal.js';
import type { AppEnv, WebDeps } from '../context.js';
import { forbidden, mapError } from '../errors.js';
import { field, readForm, type FormBody } from '../form.js';
import { intParam, yearParam } from '../params.js';
import type { PageError } from '../views/error-box.js';
import { reportChoicePage, reportDraftPage } from './annual-report-pages.js';
import { agenciesInScope, canHandle, staffOf, type Staff } from './case-access.js';

/** Clerks and administrators act; supervisors may generate their subtree's reports too. */
const mayGenerate = (p: Staff): boolean => canHandle(p) || p.role === 'supervisor';

function postedSections(body: FormBody): { sections: Record<SectionKey, string>; errors: Partial<Record<SectionKey, string>> } | null {
  if (!SECTIONS.some((s) => Object.hasOwn(body, s.key))) return null;
  const sections = {} as Record<SectionKey, string>;
  const errors: Partial<Record<SectionKey, string>> = {};
  for (const s of SECTIONS) {
    sections[s.key] = field(body, s.key);
    if (sections[s.key].length > MAX_SECTION_CHARS) errors[s.key] = `“${s.heading}”不能超过 ${MAX_SECTION_CHARS} 字，现有 ${sections[s.key].length} 字。`;
  }
  return { sections, errors };
}

export function annualReportRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const lastYear = () => Number(chinaToday(deps.now()).slice(0, 4)) - 1;

  const choice = async (p: Staff, error?: string) => reportChoicePage({ principal: p, agencies: await agenciesInScope(deps.db, p), year: lastYear(), ...(error ? { error } : {}) });

  async function draftPage(p: Staff, agencyId: number, year: number, posted?: { sections: Record<SectionKey, string>; errors?: Partial<Record<SectionKey, string>>; error?: PageError }) {
    const agency = (await agenciesInScope(deps.db, p)).find((a) => a.id === agencyId)!;
    const model = await buildAnnualReport(deps.db, { agencyId, year });
    const digest = figuresDigest(model);
    // A fresh draft starts from the text saved last, while the figures it was written for still hold.
    const saved = posted ? undefined : await latestGeneratedReport(deps.db, agencyId, year);
    const savedFits = saved !== undefined && figuresDigest(saved.version.model) === digest;
    return reportDraftPage({
      principal: p,
      agency,
      year,
      model,
      digest,
      sections: posted?.sections ?? ((savedFits ? saved.version.model.sections : model.sections) as Record<SectionKey, string>),
      ...(saved ? { saved: { reportId: saved.report.id, version: saved.version.version, fits: savedFits } } : {}),
      ...(posted?.errors ? { errors: posted.errors } : {}),
      ...(posted?.error ? { error: posted.error } : {}),
    });
  }

  app.get('/cases/annual-report', async (c) => c.html(await choice(staffOf(c))));

  app.get('/cases/annual-report/draft', async (c) => {
    const p = staffOf(c);
    if (!mayGenerate(p)) throw forbidden();
    const agencyId = intParam(c.req.query('agency'));
    const year = yearParam(c.req.query('year'), 0);
    if (agencyId === undefined || !inScope(p, agencyId)) throw forbidden();
    if (year === 0) return c.html(await choice(p, '请填写有效的年度（2008 年以后）。'), 422);
    c.header('cache-control', 'no-store');
    return c.html(await draftPage(p, agencyId, year));
  });

  app.post('/cases/annual-report', async (c) => {
    const p = staffOf(c);
    if (!mayGenerate(p)) throw forbidden();
    const body = await readForm(c);
    const agencyId = intParam(field(body, 'agency'));
    const year = yearParam(field(body, 'year'), 0);
    if (agencyId === undefined || !inScope(p, agencyId)) throw forbidden();
    if (year === 0) return c.html(await choice(p, '请填写有效的年度（2008 年以后）。'), 422);
    const posted = postedSections(body);
    if (posted && Object.keys(posted.errors).length > 0) return c.html(await draftPage(p, agencyId, year, posted), 422);
    const ctx = { actor: actorOf(p), now: deps.now() };
    try {
      const digest = field(body, 'figures');
      const result = await generateAnnualReport(deps.db, { agencyId, year, ...(posted ? { sections: posted.sections } : {}), ...(posted && digest ? { figuresDigest: digest } : {}) }, ctx);
      return c.redirect(`/reports/${result.report.id}`, 303);
    } catch (e) {
      if (!posted || !isGongkaiError(e) || e.code !== 'CONFLICT') throw e;
      const { status, body: err } = mapError(e);
      return c.html(await draftPage(p, agencyId, year, { sections: posted.sections, error: { ...err.error.message, code: err.error.code } }), status as ContentfulStatusCode);
    }
  });

  return app;
}

/**
 * @module The public side of disclosure on application, no sign-in needed:
 * `GET/POST /apply` (the application, incoming channel online; the receipt
 * shows the case number and the lookup code once), `GET/POST /status` (case
 * number + code → the status page) and `POST /status/letter` (the letters
 * addressed to the applicant). CSRF by double-submit cookie; every post is
 * counted per client address (`caseLimiter`). A wrong code and an unknown
 * number get the same answer. Personal data never reaches a page, a log or
 * an error message here. These pages depend on the visitor and the clock and
 * are not in the public page cache.
 */
import { Hono } from 'hono';
import { GongkaiError } from '../../domain/shared/errors.js';
import type { IsoDate } from '../../domain/calendar/iso-date.js';
import { isLetterKind } from '../../letters/letter.js';
import { listAgencies } from '../../persistence/repositories/agencies/agency-queries.js';
import { createApplication } from '../../persistence/repositories/cases/create-application.js';
import { findCaseByLookup, loadCaseEvents } from '../../persistence/repositories/cases/case-queries.js';
import { chinaToday } from '../../persistence/repositories/clock.js';
import { loginCsrf } from '../admin/auth-routes.js';
import { clientIp, type AppContext, type AppEnv, type WebDeps } from '../context.js';
import { field, readForm } from '../form.js';
import { readApplicationForm } from './application-form.js';
import { applicantLetters, composeCaseLetter, sendLetter } from './case-letters.js';
import { applyPage, receiptPage, statusFormPage, statusPage } from './public-case-pages.js';

function limited(): GongkaiError {
  return new GongkaiError('RATE_LIMITED', { zh: '提交次数过多，请 15 分钟后再试。', en: 'Too many attempts; try again in 15 minutes.' });
}

export function publicCaseRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const key = (c: AppContext, what: string) => `${what}\u0000${clientIp(c, deps.trustProxy)}`;

  app.get('/apply', async (c) => {
    const agencies = await listAgencies(deps.db);
    const chosen = c.req.query('agency');
    return c.html(applyPage({ principal: c.get('principal'), csrfToken: loginCsrf(c), agencies, ...(chosen ? { values: { agency: chosen } } : {}) }));
  });

  app.post('/apply', async (c) => {
    const now = deps.now();
    if (!deps.caseLimiter.allowed(key(c, 'apply'), now)) throw limited();
    deps.caseLimiter.fail(key(c, 'apply'), now);
    const agencies = await listAgencies(deps.db);
    const parsed = readApplicationForm(await readForm(c), 'online', new Set(agencies.map((a) => a.id)));
    if (!parsed.ok) return c.html(applyPage({ principal: c.get('principal'), csrfToken: loginCsrf(c), agencies, values: parsed.values, errors: parsed.errors }), 422);
    const today = chinaToday(now);
    // The receipt page is the platform's confirmation to the applicant: both sides confirm today (Art. 31).
    const created = await createApplication(
      deps.db,
      { agencyId: parsed.agencyId, application: parsed.application, receipt: { channel: 'online', submitted: today, confirmed: today }, registeredOn: today },
      { actor: 'public', now },
    );
    const agency = agencies.find((a) => a.id === parsed.agencyId)!;
    const deadline = created.view.deadline;
    c.header('cache-control', 'no-store');
    return c.html(receiptPage({ principal: c.get('principal'), caseNumber: created.case.caseNumber, lookupCode: created.lookupCode, agencyName: agency.name, receivedAt: created.view.receivedAt, deadline }), 201);
  });

  app.get('/status', (c) => c.html(statusFormPage({ principal: c.get('principal'), csrfToken: loginCsrf(c) })));

  /** The case for a number and code, counting misses per client; undefined for a miss. */
  async function lookUp(c: AppContext, caseNumber: string, code: string) {
    const now = deps.now();
    if (!deps.caseLimiter.allowed(key(c, 'status'), now)) return 'limited' as const;
    const found = caseNumber && code ? await findCaseByLookup(deps.db, caseNumber, code) : undefined;
    if (!found) deps.caseLimiter.fail(key(c, 'status'), now);
    return found;
  }

  app.post('/status', async (c) => {
    const body = await readForm(c);
    const caseNumber = field(body, 'caseNumber');
    const code = field(body, 'code');
    const found = await lookUp(c, caseNumber, code);
    const csrfToken = loginCsrf(c);
    c.header('cache-control', 'no-store');
    if (found === 'limited') return c.html(statusFormPage({ principal: c.get('principal'), csrfToken, caseNumber, limited: true }), 429);
    if (!found) return c.html(statusFormPage({ principal: c.get('principal'), csrfToken, caseNumber, notFound: true }), 404);
    const loaded = await loadCaseEvents(deps.db, found.caseId);
    const events = loaded.rows.map((r) => r.event);
    const letters = await applicantLetters(deps.db, found.agencyId, found.caseNumber, events);
    return c.html(statusPage({ principal: c.get('principal'), csrfToken, status: found, code, letters, today: chinaToday(deps.now()) as IsoDate }));
  });

  app.post('/status/letter', async (c) => {
    const body = await readForm(c);
    const found = await lookUp(c, field(body, 'caseNumber'), field(body, 'code'));
    if (found === 'limited') throw limited();
    if (!found) throw new GongkaiError('NOT_FOUND', { zh: '没有找到与该案件编号和查询码对应的申请。', en: 'No application with this case number and code.' });
    const kind = field(body, 'kind');
    const format = field(body, 'format') === 'pdf' ? 'pdf' : 'docx';
    const loaded = await loadCaseEvents(deps.db, found.caseId);
    const events = loaded.rows.map((r) => r.event);
    if (!isLetterKind(kind) || !(await applicantLetters(deps.db, found.agencyId, found.caseNumber, events)).includes(kind)) {
      throw new GongkaiError('LETTER_UNAVAILABLE', { zh: '该申请没有这种告知书。', en: 'This application has no such letter.' });
    }
    const letter = await composeCaseLetter(deps.db, { agencyId: found.agencyId, caseNumber: found.caseNumber, events, kind });
    return sendLetter(c, letter, found.caseNumber, format);
  });

  return app;
}

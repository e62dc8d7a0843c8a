/**
 * @module Cases in the JSON API: `GET /api/cases` (the inbox of the caller's
 * scope), `GET /api/cases/:id` (a case: personal data masked unless the
 * caller is a clerk of its agency) and `POST /api/cases/:id/events` (one step,
 * with `expectedSeq`; the fields are those of the case page's forms) and
 * `POST /api/cases/:id/lookup-code` (a new lookup code, the agency's clerks
 * only; the old one stops working). A token
 * acts within its own scope (ADR 0041); other agencies' cases are 404.
 */
import { Hono } from 'hono';
import { allowedEvents } from '../../domain/cases/apply-event.js';
import { CASE_EVENT_TYPES, type CaseEventType } from '../../domain/cases/case-events.js';
import { maskApplicant } from '../../domain/cases/mask.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { appendEvent } from '../../persistence/repositories/cases/append-event.js';
import type { CaseRecord } from '../../persistence/repositories/cases/case-queries.js';
import { listInbox } from '../../persistence/repositories/cases/list-inbox.js';
import { reissueLookupCode } from '../../persistence/repositories/cases/reissue-lookup-code.js';
import { chinaToday } from '../../persistence/repositories/clock.js';
import { actorOf } from '../auth/principal.js';
import { agencyIdsInScope, handledCase, reissueForbidden, seesPersonalData, staffOf, visibleCase, type Staff } from '../cases/case-access.js';
import { readEvent } from '../cases/event-forms.js';
import type { AppEnv, WebDeps } from '../context.js';
import type { FormBody } from '../form.js';
import { intParam } from '../params.js';

function invalid(zh: string, en: string): GongkaiError {
  return new GongkaiError('INVALID_VALUE', { zh, en });
}

export function caseJson(record: CaseRecord, p: Staff) {
  const v = record.view;
  return {
    id: record.case.id,
    caseNumber: record.case.caseNumber,
    agencyId: record.case.agencyId,
    status: v.status,
    receivedAt: v.receivedAt,
    deadline: v.deadline,
    workdaysLeft: v.workdaysLeft,
    overdue: v.overdue,
    waitingFor: v.waitingFor,
    outcome: v.outcome,
    closedOn: v.closedOn,
    closedLate: v.closedLate,
    applicant: seesPersonalData(p) ? v.application.applicant : maskApplicant(v.application.applicant),
    request: v.application.request,
    channel: v.application.channel,
    seq: record.events.length,
    allowedEvents: allowedEvents(v).filter((t) => t !== 'register'),
    events: record.events.map((e) => {
      const { application: _a, ...event } = e.event as { application?: unknown };
      return { seq: e.seq, actor: e.actor, createdAt: e.createdAt.toISOString(), event, attachments: e.attachments.map((a) => ({ id: a.id, name: a.name, sha256: a.sha256 })) };
    }),
    findings: v.findings,
  };
}

export function caseApiRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/cases', async (c) => {
    const p = staffOf(c);
    const limit = Math.min(intParam(c.req.query('limit')) ?? 50, 500);
    const page = await listInbox(deps.db, { agencyIds: await agencyIdsInScope(deps.db, p), asOf: chinaToday(deps.now()), limit, after: c.req.query('after') ?? null });
    return c.json({ items: page.items, next: page.next });
  });

  app.get('/cases/:id', async (c) => {
    const p = staffOf(c);
    return c.json(caseJson(await visibleCase(deps.db, p, c.req.param('id'), deps.now()), p));
  });

  app.post('/cases/:id/lookup-code', async (c) => {
    const p = staffOf(c);
    const record = await visibleCase(deps.db, p, c.req.param('id'), deps.now());
    if (!seesPersonalData(p)) throw reissueForbidden();
    const reissued = await reissueLookupCode(deps.db, { caseId: record.case.id }, { actor: actorOf(p), now: deps.now() });
    return c.json(reissued, 201, { 'cache-control': 'no-store' });
  });

  app.post('/cases/:id/events', async (c) => {
    const p = staffOf(c);
    const record = await handledCase(deps.db, p, c.req.param('id'), deps.now());
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw invalid('请求体须为 JSON 对象。', 'The body must be a JSON object.');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('请求体须为 JSON 对象。', 'The body must be a JSON object.');
    const o = body as Record<string, unknown>;
    const type = o['type'];
    if (typeof type !== 'string' || !CASE_EVENT_TYPES.includes(type as CaseEventType)) throw invalid('type 须为事件类型之一。', 'type must be one of the event types.');
    const expectedSeq = o['expectedSeq'];
    if (typeof expectedSeq !== 'number' || !Number.isSafeInteger(expectedSeq) || expectedSeq < 1) throw invalid('expectedSeq 须为正整数。', 'expectedSeq must be a positive integer.');
    const form: FormBody = Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => [k, String(v)]));
    const event = readEvent(type as CaseEventType, form, record.view);
    const result = await appendEvent(deps.db, { caseId: record.case.id, expectedSeq, event }, { actor: actorOf(p), now: deps.now() });
    return c.json(caseJson(await visibleCase(deps.db, p, String(record.case.id), deps.now()), p), 201, { location: `/api/cases/${record.case.id}#${result.seq}` });
  });

  return app;
}

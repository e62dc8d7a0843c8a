/**
 * @module The clerks' case routes: `GET /cases` (inbox), `GET/POST /cases/new`
 * (register an application that came by letter, in person or fax),
 * `GET /cases/:id`, `POST /cases/:id/events/:type` (with the expected event
 * number: a stale page gets 409 and nothing is written),
 * `POST /cases/:id/lookup-code` (a new lookup code for an applicant who lost
 * theirs: the agency's clerks only, shown once on the response),
 * `POST /cases/:id/events/:seq/attachments`, `GET /cases/:id/attachments/:aid`
 * (always a download) and `GET /cases/:id/letters/:kind?format=docx|pdf`.
 */
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isIsoDate, type IsoDate } from '../../domain/calendar/iso-date.js';
import { allowedEvents } from '../../domain/cases/apply-event.js';
import { CASE_EVENT_TYPES, type CaseEventType } from '../../domain/cases/case-events.js';
import type { Receipt } from '../../domain/cases/receipt.js';
import { GongkaiError, isGongkaiError } from '../../domain/shared/errors.js';
import { isLetterKind } from '../../letters/letter.js';
import type { LetterDetails } from '../../letters/letter-input.js';
import { isWithholdingGround } from '../../letters/templates/refusal-grounds.js';
import { listUsers } from '../../persistence/repositories/accounts/users.js';
import { getAgency } from '../../persistence/repositories/agencies/agency-queries.js';
import { appendEvent } from '../../persistence/repositories/cases/append-event.js';
import { attachToEvent, type NewAttachment } from '../../persistence/repositories/cases/attachments.js';
import { createApplication } from '../../persistence/repositories/cases/create-application.js';
import { lookupCodeReissues, reissueLookupCode } from '../../persistence/repositories/cases/reissue-lookup-code.js';
import { listInbox } from '../../persistence/repositories/cases/list-inbox.js';
import { chinaToday } from '../../persistence/repositories/clock.js';
import { getFileContent } from '../../persistence/repositories/files/file-queries.js';
import { actorLabels, actorOf } from '../auth/principal.js';
import type { AppEnv, WebDeps } from '../context.js';
import { mapError } from '../errors.js';
import { field, files, readForm, type FormBody } from '../form.js';
import { intParam } from '../params.js';
import { readApplicationForm, type FieldErrors } from './application-form.js';
import { agenciesInScope, agencyIdsInScope, canHandle, caseNotFound, handledCase, reissueForbidden, seesPersonalData, staffOf, visibleCase, type Staff } from './case-access.js';
import { attachmentHeaders, composeCaseLetter, letterKindsOf, sendLetter } from './case-letters.js';
import { readEvent } from './event-forms.js';
import { casesNav } from './cases-nav.js';
import { selectInput, textInput } from './form-fields.js';
import { applyPage } from './public-case-pages.js';
import { casePage, inboxPage } from './staff-case-pages.js';
import { html } from 'hono/html';
import type { PageError } from '../views/error-box.js';
import type { CaseRecord } from '../../persistence/repositories/cases/case-queries.js';

async function uploads(body: FormBody, maxBytes: number): Promise<NewAttachment[]> {
  const out: NewAttachment[] = [];
  for (const f of files(body, 'files')) {
    if (f.size === 0 && !f.name) continue;
    if (f.size > maxBytes) throw new GongkaiError('INPUT_TOO_LARGE', { zh: `附件“${f.name}”过大。`, en: `Attachment “${f.name}” is too large.` });
    out.push({ name: f.name || '附件', bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  return out;
}

const RECEIPT_CHANNELS = [
  ['inPerson', '当面提交'],
  ['letterSigned', '信函（须签收）'],
  ['letterOrdinary', '平常信函'],
  ['fax', '传真'],
] as const;

function receiptOf(body: FormBody): { receipt: Receipt; channel: 'inPerson' | 'letter' | 'fax' } | { error: FieldErrors } {
  const ch = field(body, 'receiptChannel');
  const arrived = field(body, 'arrived');
  const confirmed = field(body, 'confirmed');
  if (!isIsoDate(arrived)) return { error: { 'form-level': '请填写到达（提交、签收）之日。' } };
  if ((ch === 'letterOrdinary' || ch === 'fax') && !isIsoDate(confirmed)) return { error: { 'form-level': '平常信函和传真须填写与申请人确认收到之日（第三十一条）。' } };
  switch (ch) {
    case 'inPerson':
      return { receipt: { channel: 'inPerson', handedIn: arrived }, channel: 'inPerson' };
    case 'letterSigned':
      return { receipt: { channel: 'letter', mail: 'signed', signedFor: arrived }, channel: 'letter' };
    case 'letterOrdinary':
      return { receipt: { channel: 'letter', mail: 'ordinary', arrived, confirmed: confirmed as IsoDate }, channel: 'letter' };
    case 'fax':
      return { receipt: { channel: 'fax', submitted: arrived, confirmed: confirmed as IsoDate }, channel: 'fax' };
    default:
      return { error: { 'form-level': '请选择申请的渠道。' } };
  }
}

function receiptFields(body: FormBody | null, today: IsoDate) {
  const v = (k: string, d = '') => (body ? field(body, k) : d);
  return html`<fieldset><legend>收到申请（第三十一条）</legend>
${selectInput({ name: 'receiptChannel', label: '申请渠道', value: v('receiptChannel', 'inPerson'), required: true, options: RECEIPT_CHANNELS })}
${textInput({ name: 'arrived', label: '提交、签收或到达之日', type: 'date', value: v('arrived', today), required: true, hint: '当面提交：提交之日；须签收的信函：签收之日；平常信函：到达之日；传真：收到之日。' })}
${textInput({ name: 'confirmed', label: '与申请人确认收到之日（平常信函、传真）', type: 'date', value: v('confirmed', today) })}
${textInput({ name: 'registeredOn', label: '登记之日', type: 'date', value: v('registeredOn', today), required: true })}
<div class="field"><label for="f-files">申请材料扫描件（可空）</label><input type="file" id="f-files" name="files" multiple></div>
</fieldset>`;
}

function letterDetails(q: (k: string) => string | undefined): LetterDetails {
  const t = (k: string) => q(k)?.trim() || undefined;
  const ground = t('withheldGround');
  const part = t('withheldPart');
  const competent = t('competentAgency');
  return {
    ...(t('whereToFind') ? { whereToFind: t('whereToFind')! } : {}),
    ...(t('search') ? { search: t('search')! } : {}),
    ...(t('channel') ? { channel: t('channel')! } : {}),
    ...(t('previousAnswer') ? { previousAnswer: t('previousAnswer')! } : {}),
    ...(part && ground && isWithholdingGround(ground) ? { withheld: { part, ground } } : {}),
    ...(competent ? { competentAgency: { name: competent } } : {}),
  };
}

export function staffCaseRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const today = () => chinaToday(deps.now());

  app.get('/cases', async (c) => {
    const p = staffOf(c);
    const after = c.req.query('after') ?? null;
    const inbox = await listInbox(deps.db, { agencyIds: await agencyIdsInScope(deps.db, p), asOf: today(), limit: 50, after });
    return c.html(inboxPage({ principal: p, items: inbox.items, next: inbox.next, first: !after, today: today() }));
  });

  const registerPage = async (p: Staff, body: FormBody | null, errors?: FieldErrors) => {
    const agencies = (await agenciesInScope(deps.db, p));
    const values = body ? Object.fromEntries(['agency', 'kind', 'name', 'idType', 'idNumber', 'phone', 'email', 'address', 'description', 'form', 'delivery'].map((k) => [k, field(body, k)])) : agencies.length === 1 ? { agency: String(agencies[0]!.id) } : {};
    return applyPage({
      principal: p,
      csrfToken: p.csrfToken ?? '',
      agencies,
      values,
      ...(errors ? { errors } : {}),
      action: '/cases/new',
      title: '登记来信、来访或传真申请',
      nav: casesNav(p, 'new'),
      intro: html`<p>当面、信函或传真提交的申请，由经办人按申请表登记。收到申请之日按第三十一条确定。</p>`,
      extra: receiptFields(body, today()),
    });
  };

  app.get('/cases/new', async (c) => {
    const p = staffOf(c);
    if (!canHandle(p)) throw new GongkaiError('FORBIDDEN', { zh: '登记申请由经办人进行。', en: 'Clerks register applications.' });
    return c.html(await registerPage(p, null));
  });

  app.post('/cases/new', async (c) => {
    const p = staffOf(c);
    if (!canHandle(p)) throw new GongkaiError('FORBIDDEN', { zh: '登记申请由经办人进行。', en: 'Clerks register applications.' });
    const body = await readForm(c);
    const r = receiptOf(body);
    const agencies = await agenciesInScope(deps.db, p);
    const parsed = readApplicationForm(body, 'channel' in r ? r.channel : 'inPerson', new Set(agencies.map((a) => a.id)));
    const registeredOn = field(body, 'registeredOn');
    const errors: FieldErrors = { ...(parsed.ok ? {} : parsed.errors), ...('error' in r ? r.error : {}) };
    if (!isIsoDate(registeredOn)) errors['form-level'] = '请填写登记之日。';
    if (!parsed.ok || 'error' in r || !isIsoDate(registeredOn)) return c.html(await registerPage(p, body, errors), 422);
    try {
      const created = await createApplication(
        deps.db,
        { agencyId: parsed.agencyId, application: parsed.application, receipt: r.receipt, registeredOn, attachments: await uploads(body, deps.maxFileBytes) },
        { actor: actorOf(p), now: deps.now() },
      );
      // Shown once, on this response only: the code is never put in a URL.
      const record = await visibleCase(deps.db, p, String(created.case.id), deps.now());
      c.header('cache-control', 'no-store');
      return c.html(await showCase(p, record, { done: `已登记为 ${created.case.caseNumber}。请把查询码 ${created.lookupCode} 告诉申请人（只显示这一次）。` }), 201);
    } catch (e) {
      if (!isGongkaiError(e) || !e.code.startsWith('CASE_')) throw e;
      return c.html(await registerPage(p, body, { 'form-level': `${e.zh}（${e.en}）` }), 422);
    }
  });

  /** The case's lookup-code reissues, each clerk by name (the users are read only when there is one). */
  const namedReissues = async (caseId: number) => {
    const reissues = await lookupCodeReissues(deps.db, caseId);
    if (reissues.length === 0) return reissues;
    const names = actorLabels(await listUsers(deps.db));
    return reissues.map((r) => ({ ...r, actor: names.get(r.actor) ?? r.actor }));
  };

  const showCase = async (p: Staff, record: CaseRecord, extra: { error?: PageError; done?: string; newLookupCode?: string } = {}) => {
    const agency = await getAgency(deps.db, record.case.agencyId);
    const personal = seesPersonalData(p);
    return casePage({
      principal: p,
      record,
      agencyName: agency.name,
      personal,
      canAct: canHandle(p),
      lookupReissues: personal ? await namedReissues(record.case.id) : [],
      allowed: allowedEvents(record.view).filter((t) => t !== 'register'),
      letters: letterKindsOf(
        record.events.map((e) => e.event),
        false,
      ),
      today: today(),
      ...extra,
    });
  };

  app.get('/cases/:id{[0-9]+}', async (c) => {
    const p = staffOf(c);
    const record = await visibleCase(deps.db, p, c.req.param('id'), deps.now());
    const done = c.req.query('done');
    const message = done === 'event' ? '已记录。' : done === 'attached' ? '附件已上传。' : undefined;
    c.header('cache-control', 'no-store');
    return c.html(await showCase(p, record, message ? { done: message } : {}));
  });

  app.post('/cases/:id{[0-9]+}/events/:type', async (c) => {
    const p = staffOf(c);
    const record = await handledCase(deps.db, p, c.req.param('id'), deps.now());
    const type = c.req.param('type') as CaseEventType;
    if (!CASE_EVENT_TYPES.includes(type)) throw caseNotFound();
    const body = await readForm(c);
    const expectedSeq = intParam(field(body, 'expectedSeq'));
    try {
      if (expectedSeq === undefined) throw new GongkaiError('INVALID_VALUE', { zh: '缺少页面的办理记录序号，请刷新页面。', en: 'The page’s event number is missing; reload the page.' });
      const event = readEvent(type, body, record.view);
      await appendEvent(deps.db, { caseId: record.case.id, expectedSeq, event, attachments: await uploads(body, deps.maxFileBytes) }, { actor: actorOf(p), now: deps.now() });
    } catch (e) {
      if (!isGongkaiError(e)) throw e;
      const { status, body: err } = mapError(e);
      const fresh = await visibleCase(deps.db, p, c.req.param('id'), deps.now());
      return c.html(await showCase(p, fresh, { error: { ...err.error.message, code: err.error.code } }), status as ContentfulStatusCode);
    }
    return c.redirect(`/cases/${record.case.id}?done=event`, 303);
  });

  app.post('/cases/:id{[0-9]+}/lookup-code', async (c) => {
    const p = staffOf(c);
    const record = await visibleCase(deps.db, p, c.req.param('id'), deps.now());
    if (!seesPersonalData(p)) throw reissueForbidden();
    const reissued = await reissueLookupCode(deps.db, { caseId: record.case.id }, { actor: actorOf(p), now: deps.now() });
    // Shown once, on this response only: the code is never put in a URL.
    c.header('cache-control', 'no-store');
    return c.html(await showCase(p, record, { newLookupCode: reissued.lookupCode }));
  });

  app.post('/cases/:id{[0-9]+}/events/:seq{[0-9]+}/attachments', async (c) => {
    const p = staffOf(c);
    const record = await handledCase(deps.db, p, c.req.param('id'), deps.now());
    const seq = intParam(c.req.param('seq'));
    if (seq === undefined || seq > record.events.length) throw caseNotFound();
    const body = await readForm(c);
    await attachToEvent(deps.db, { caseId: record.case.id, seq, attachments: await uploads(body, deps.maxFileBytes) }, { actor: actorOf(p), now: deps.now() });
    return c.redirect(`/cases/${record.case.id}?done=attached`, 303);
  });

  app.get('/cases/:id{[0-9]+}/attachments/:aid{[0-9]+}', async (c) => {
    const p = staffOf(c);
    const record = await visibleCase(deps.db, p, c.req.param('id'), deps.now());
    if (!seesPersonalData(p) && !canHandle(p)) throw new GongkaiError('FORBIDDEN', { zh: '附件可能含有申请人的个人信息，仅经办人可下载。', en: 'Attachments may hold personal data; only clerks may download them.' });
    const aid = intParam(c.req.param('aid'));
    const att = record.events.flatMap((e) => e.attachments).find((a) => a.id === aid);
    if (!att) throw caseNotFound();
    const bytes = await getFileContent(deps.db, att.sha256);
    if (!bytes) throw caseNotFound();
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { ...attachmentHeaders(att.name, 'application/octet-stream'), 'content-security-policy': "default-src 'none'; sandbox" });
  });

  app.get('/cases/:id{[0-9]+}/letters/:kind', async (c) => {
    const p = staffOf(c);
    const record = await visibleCase(deps.db, p, c.req.param('id'), deps.now());
    const kind = c.req.param('kind');
    const events = record.events.map((e) => e.event);
    if (!isLetterKind(kind) || !letterKindsOf(events, false).includes(kind)) {
      throw new GongkaiError('LETTER_UNAVAILABLE', { zh: '本案没有这种文书。', en: 'This case has no such letter.' });
    }
    const q = (k: string) => c.req.query(k);
    const feePayment = q('feePayment')?.trim();
    const party = q('party')?.trim();
    const letter = await composeCaseLetter(deps.db, {
      agencyId: record.case.agencyId,
      caseNumber: record.case.caseNumber,
      events,
      kind,
      details: letterDetails(q),
      ...(feePayment ? { agency: { feePayment } } : {}),
      ...(party ? { party } : {}),
    });
    return sendLetter(c, letter, record.case.caseNumber, q('format') === 'pdf' ? 'pdf' : 'docx');
  });

  return app;
}

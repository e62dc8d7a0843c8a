/**
 * The clerks' case pages from the outside: inbox order and marks, scope
 * (another agency's case is 404, supervisors see personal data masked and may
 * not act), every step through the forms, the 409 of a stale page, illegal
 * steps, CSRF, attachments that stay downloads, letters, and registering a
 * letter application.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain/calendar/iso-date.js';
import { createApplication } from '../../src/persistence/repositories/cases/create-application.js';
import { chinaToday } from '../../src/persistence/repositories/clock.js';
import { createUser } from '../../src/persistence/repositories/accounts/users.js';
import { listAudit } from '../../src/persistence/repositories/audit/list-audit.js';
import { hashPassword } from '../../src/web/auth/password.js';
import { Client, startHarness, type Harness } from './web-harness.js';
import { PERSON, apply, status } from './case-fixtures.js';

let h: Harness;
let xinghe: number;
let chengan: number;
let clerk: Client;
const logged: unknown[] = [];

function daysAgo(n: number): IsoDate {
  return chinaToday(new Date(Date.now() - n * 86_400_000));
}

async function storedCase(agencyId: number, receivedDaysAgo: number) {
  const day = daysAgo(receivedDaysAgo);
  return createApplication(
    h.opened.db,
    {
      agencyId,
      application: {
        applicant: { kind: 'naturalPerson', name: PERSON.name, idProof: { type: 'residentIdCard', number: PERSON.idNumber }, contact: { phone: PERSON.phone } },
        request: { description: '某文件', form: 'paper', delivery: 'post' },
        channel: 'inPerson',
      },
      receipt: { channel: 'inPerson', handedIn: day },
      registeredOn: day,
    },
    { actor: 'test' },
  );
}

beforeAll(async () => {
  h = await startHarness({ log: (e) => logged.push(e) });
  xinghe = await h.agencyId('兴和县');
  chengan = await h.agencyId('成安县');
  clerk = await Client.signedIn(h, 'clerk');
});
afterAll(() => h.close());

async function casePage(c: Client, id: number) {
  const res = await c.get(`/cases/${id}`);
  return { res, html: await res.text() };
}

async function post(c: Client, id: number, type: string, fields: Record<string, string>, seq?: number) {
  const page = await casePage(c, id);
  const expected = seq ?? Number(/name="expectedSeq" value="(\d+)"/.exec(page.html)![1]);
  return c.post(`/cases/${id}/events/${type}`, { _csrf: await c.csrf(), expectedSeq: String(expected), on: chinaToday(), ...fields });
}

describe('the inbox', () => {
  it('needs a sign-in', async () => {
    const res = await new Client(h.app).get('/cases');
    expect(res.status).toBe(401);
  });

  it('puts overdue cases first, marked in words, with the applicant masked', async () => {
    const late = await storedCase(xinghe, 60);
    await storedCase(xinghe, 1);
    const html = await (await clerk.get('/cases')).text();
    const rows = html.split('<tr').slice(2);
    expect(rows[0]).toContain(late.case.caseNumber);
    expect(rows[0]).toContain('class="overdue"');
    expect(rows[0]).toContain('已超期');
    expect(rows[0]).toContain('<td>兴和县</td>');
    expect(html).toContain('欧*');
    expect(html).not.toContain(PERSON.name);
    expect(html).toContain('<caption>');
  });
});

describe('scope', () => {
  it('hides another agency’s case (404) from a clerk, also for actions', async () => {
    const other = await storedCase(chengan, 2);
    expect((await clerk.get(`/cases/${other.case.id}`)).status).toBe(404);
    const res = await clerk.post(`/cases/${other.case.id}/events/withdraw`, { _csrf: await clerk.csrf(), expectedSeq: '1', on: chinaToday() });
    expect(res.status).toBe(404);
    expect((await clerk.get('/cases')).status).toBe(200);
    expect(await (await clerk.get('/cases')).text()).not.toContain(other.case.caseNumber);
  });

  it('shows a supervisor their subtree’s case with personal data masked, and refuses their actions (403)', async () => {
    const sup = await Client.signedIn(h, 'supervisor');
    const own = await storedCase(chengan, 2);
    const { res, html } = await casePage(sup, own.case.id);
    expect(res.status).toBe(200);
    expect(html).not.toContain(PERSON.name);
    expect(html).not.toContain(PERSON.idNumber);
    expect(html).not.toContain(PERSON.phone);
    expect(html).toContain('1101**********002X');
    const act = await sup.post(`/cases/${own.case.id}/events/withdraw`, { _csrf: await sup.csrf(), expectedSeq: '1', on: chinaToday() });
    expect(act.status).toBe(403);
    const xingheCase = await storedCase(xinghe, 2);
    expect((await sup.get(`/cases/${xingheCase.case.id}`)).status).toBe(404);
  });

  it('shows the agency’s clerk the full application', async () => {
    const mine = await storedCase(xinghe, 2);
    const { html } = await casePage(clerk, mine.case.id);
    expect(html).toContain(PERSON.name);
    expect(html).toContain(PERSON.idNumber);
  });

  it('gives a clerk of another agency nothing of it either', async () => {
    await createUser(h.opened.db, { login: 'clerk2', displayName: '成安县经办人', passwordHash: await hashPassword('pw-clerk2-long'), role: 'clerk', scopeAgencyId: chengan }, { actor: 'test' });
    const c2 = new Client(h.app);
    expect((await c2.signIn('clerk2', 'pw-clerk2-long')).status).toBe(303);
    const mine = await storedCase(xinghe, 2);
    expect((await c2.get(`/cases/${mine.case.id}`)).status).toBe(404);
    expect((await c2.get(`/cases/${mine.case.id}/letters/acknowledgement?format=docx`)).status).toBe(404);
  });
});

describe('handling a case', () => {
  it('walks correction → correction received → decision → delivery, with the public status following', async () => {
    const { caseNumber, code } = await apply(new Client(h.app), xinghe);
    const inbox = await (await clerk.get('/cases')).text();
    const caseId = Number(new RegExp(`href="/cases/(\\d+)">${caseNumber}<`).exec(inbox)![1]);
    let res = await post(clerk, caseId, 'requestCorrection', { items: '请写明文件的年份', dueOn: daysAgo(-20) });
    expect(res.status).toBe(303);
    expect((await status(new Client(h.app), caseNumber!, code!)).html).toContain('待补正');
    res = await post(clerk, caseId, 'correctionReceived', {});
    expect(res.status).toBe(303);
    res = await post(clerk, caseId, 'decide', { outcome: 'disclosed', reasons: '' });
    expect(res.status).toBe(303);
    res = await post(clerk, caseId, 'deliver', { channel: 'email' });
    expect(res.status).toBe(303);
    const { html } = await casePage(clerk, caseId);
    expect(html).toContain('已送达');
    expect(html).toContain('补正告知');
    const pub = await status(new Client(h.app), caseNumber!, code!);
    expect(pub.html).toContain('已送达');
    expect(pub.html).toContain('予以公开');
    expect(pub.html).toContain('答复告知书');
    expect(pub.html).not.toContain(PERSON.name);
  });

  it('answers a stale page with 409 and writes nothing', async () => {
    const c = await storedCase(xinghe, 3);
    const ok = await post(clerk, c.case.id, 'consult', { party: 'thirdParty', name: '某公司' }, 1);
    expect(ok.status).toBe(303);
    const stale = await post(clerk, c.case.id, 'withdraw', {}, 1);
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('已有新的办理记录');
    const n = await h.opened.db.selectFrom('case_events').select((eb) => eb.fn.countAll<number>().as('n')).where('case_id', '=', c.case.id).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(2);
  });

  it('refuses an illegal step with the domain’s bilingual message', async () => {
    const c = await storedCase(xinghe, 3);
    await post(clerk, c.case.id, 'consult', { party: 'thirdParty', name: '某公司' });
    const res = await post(clerk, c.case.id, 'decide', { outcome: 'disclosed' });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('征求意见中');
    expect(html).toContain('CASE_ILLEGAL_TRANSITION');
  });

  it('refuses a missing field (422) and a post without the CSRF token (403)', async () => {
    const c = await storedCase(xinghe, 3);
    expect((await post(clerk, c.case.id, 'requestCorrection', { items: '', dueOn: daysAgo(-5) })).status).toBe(422);
    const res = await clerk.post(`/cases/${c.case.id}/events/withdraw`, { expectedSeq: '1', on: chinaToday() });
    expect(res.status).toBe(403);
  });

  it('computes the fee of a fee notice', async () => {
    const c = await storedCase(xinghe, 3);
    expect((await post(clerk, c.case.id, 'feeNotice', { method: 'perVolume', pages: '40' })).status).toBe(303);
    expect((await casePage(clerk, c.case.id)).html).toContain('按量（40 页），100 元');
  });
});

describe('attachments and letters', () => {
  it('stores an uploaded file and serves it only as a download, its name escaped on the page', async () => {
    const c = await storedCase(xinghe, 3);
    const form = new FormData();
    form.set('_csrf', await clerk.csrf());
    form.append('files', new File(['<script>alert(1)</script>'], '<img src=x onerror=alert(1)>.html', { type: 'text/html' }));
    const res = await clerk.post(`/cases/${c.case.id}/events/1/attachments`, form);
    expect(res.status).toBe(303);
    const { html } = await casePage(clerk, c.case.id);
    expect(html).not.toContain('<img src=x');
    const href = /href="(\/cases\/\d+\/attachments\/\d+)"/.exec(html)![1]!;
    const dl = await clerk.get(href);
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(dl.headers.get('content-type')).toBe('application/octet-stream');
    expect(dl.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await dl.text()).toBe('<script>alert(1)</script>');
    expect((await new Client(h.app).get(href)).status).toBe(401);
  });

  it('makes the acknowledgement as DOCX; a letter for a step not taken is refused', async () => {
    const c = await storedCase(xinghe, 3);
    const res = await clerk.get(`/cases/${c.case.id}/letters/acknowledgement?format=docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect((await clerk.get(`/cases/${c.case.id}/letters/decision?format=docx`)).status).toBe(409);
  });
});

describe('reissuing the lookup code', () => {
  it('gives the clerk a new code once: the old one stops working on /status, the new one works, the audit row holds no code', async () => {
    const { caseNumber, code: old } = await apply(new Client(h.app), xinghe);
    const id = (await h.opened.db.selectFrom('cases').select('id').where('case_number', '=', caseNumber!).executeTakeFirstOrThrow()).id;
    const page = await casePage(clerk, id);
    expect(page.html).toContain(`action="/cases/${id}/lookup-code"`);
    const res = await clerk.post(`/cases/${id}/lookup-code`, { _csrf: Client.csrfOf(page.html) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    const code = /class="lookup-code">([^<]+)</.exec(html)![1]!;
    expect(code).not.toBe(old);
    expect(html).toContain('原查询码已失效');
    expect(page.html).toContain('查询码未曾重新生成');
    // Shown once: the case page shows it no more, only when and by whom it was reissued.
    const after = (await casePage(clerk, id)).html;
    expect(after).not.toContain(code);
    expect(after).toMatch(/重新生成记录（共 1 次）：<\/p><ul class="reissues"><li>\d{4}-\d\d-\d\d \d\d:\d\d UTC，[^<]+（[^<）]+）<\/li><\/ul>/);
    expect((await status(new Client(h.app), caseNumber!, old!)).res.status).toBe(404);
    const now = await status(new Client(h.app), caseNumber!, code);
    expect(now.res.status).toBe(200);
    expect(now.html).toContain(caseNumber!);
    const audit = await listAudit(h.opened.db, { entity: 'case', entityId: id });
    expect(audit[0]!.action).toBe('case.reissueLookupCode');
    const everything = JSON.stringify(await listAudit(h.opened.db, { limit: 100_000 }));
    expect(everything).not.toContain(code);
    expect(everything).not.toContain(code.replaceAll('-', ''));
  });

  it('is for the agency’s clerks only: supervisors and administrators 403, other agencies 404, no CSRF token 403', async () => {
    const { caseNumber } = await apply(new Client(h.app), chengan);
    const id = (await h.opened.db.selectFrom('cases').select('id').where('case_number', '=', caseNumber!).executeTakeFirstOrThrow()).id;
    const sup = await Client.signedIn(h, 'supervisor');
    expect((await casePage(sup, id)).html).not.toContain('/lookup-code');
    expect((await sup.post(`/cases/${id}/lookup-code`, { _csrf: await sup.csrf() })).status).toBe(403);
    const admin = await Client.signedIn(h, 'admin');
    expect((await admin.post(`/cases/${id}/lookup-code`, { _csrf: await admin.csrf() })).status).toBe(403);
    expect((await clerk.post(`/cases/${id}/lookup-code`, { _csrf: await clerk.csrf() })).status).toBe(404);
    const own = (await storedCase(xinghe, 1)).case.id;
    expect((await clerk.post(`/cases/${own}/lookup-code`, {})).status).toBe(403);
  });
});

describe('registering a letter application', () => {
  it('takes an ordinary letter with its confirmation day and shows the code once', async () => {
    const page = await (await clerk.get('/cases/new')).text();
    expect(page).toContain('平常信函');
    const res = await clerk.post('/cases/new', {
      _csrf: Client.csrfOf(page),
      agency: String(xinghe),
      kind: 'naturalPerson',
      name: PERSON.name,
      idType: 'residentIdCard',
      idNumber: PERSON.idNumber,
      phone: PERSON.phone,
      description: '某文件',
      form: 'paper',
      delivery: 'post',
      address: PERSON.address,
      receiptChannel: 'letterOrdinary',
      arrived: daysAgo(2),
      confirmed: daysAgo(1),
      registeredOn: chinaToday(),
    });
    expect(res.status).toBe(201);
    const html = await res.text();
    expect(html).toMatch(/请把查询码 [A-Z0-9-]{14} 告诉申请人/);
    expect(html).toContain('信函');
  });

  it('refuses an ordinary letter without a confirmation day', async () => {
    const page = await (await clerk.get('/cases/new')).text();
    const res = await clerk.post('/cases/new', { _csrf: Client.csrfOf(page), agency: String(xinghe), receiptChannel: 'letterOrdinary', arrived: daysAgo(2), confirmed: '', registeredOn: chinaToday() });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('第三十一条');
  });
});

describe('logs', () => {
  it('never receive personal data', () => {
    const text = logged.map((e) => (e instanceof Error ? `${e.message}${e.stack}` : JSON.stringify(e))).join('\n');
    expect(text).not.toContain(PERSON.name);
    expect(text).not.toContain(PERSON.idNumber);
  });
});

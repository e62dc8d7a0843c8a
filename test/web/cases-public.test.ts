/**
 * The public side of disclosure on application, from the outside: the
 * application form (validation, CSRF, rate limit), the receipt, the status
 * page (no oracle, no personal data, no cache), letters to the applicant, and
 * logs that never see a request body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/web/auth/rate-limit.js';
import { Client, startHarness, type Harness } from './web-harness.js';
import { PERSON, apply, applicationFields, containsPersonalData, status } from './case-fixtures.js';

let h: Harness;
const logged: unknown[] = [];
let agencyId: number;
beforeAll(async () => {
  h = await startHarness({ log: (e) => logged.push(e) });
  agencyId = await h.agencyId('兴和县');
});
afterAll(() => h.close());

function logText(): string {
  return logged.map((e) => (e instanceof Error ? `${e.message}\n${e.stack}` : JSON.stringify(e))).join('\n');
}

describe('the application form', () => {
  it('is a labelled form with a CSRF field, every agency to choose, and no personal data in a fresh page', async () => {
    const res = await new Client(h.app).get('/apply');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('name="_csrf"');
    expect(html).toMatch(/<label for="f-name">/);
    expect(html).toContain(`value="${agencyId}"`);
    expect(res.headers.getSetCookie().some((l) => l.startsWith('gk_csrf='))).toBe(true);
  });

  it('groups the agencies by region, each county first and then its departments in pinyin order, every agency once', async () => {
    const html = await (await new Client(h.app).get('/apply?agency=' + agencyId)).text();
    const select = /<select id="f-agency"[^>]*>([\s\S]*?)<\/select>/.exec(html)![1]!;
    const groups = [...select.matchAll(/<optgroup label="([^"]+)">([\s\S]*?)<\/optgroup>/g)].map((m) => [m[1], [...m[2]!.matchAll(/>([^<]+)<\/option>/g)].map((o) => o[1])]);
    expect(groups.map((g) => g[0])).toEqual(['示范市', '示范市 › 成安县', '示范市 › 桦甸市', '示范市 › 涧西区', '示范市 › 康乐县', '示范市 › 兴和县']);
    expect(groups.at(-1)![1]).toEqual(['兴和县', '兴和县财政局', '兴和县教育局', '兴和县统计局', '兴和县卫生健康委员会']);
    const options = [...select.matchAll(/<option value="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(options).size).toBe(options.length);
    expect(select).toContain(`<option value="${agencyId}" selected>兴和县</option>`);
    expect(select.startsWith('<option value="">请选择机关</option>')).toBe(true);
  });

  it('answers a wrong form with 422 and a Chinese error beside each field (aria-invalid + aria-describedby)', async () => {
    const c = new Client(h.app);
    const { res, html } = await apply(c, agencyId, { name: '', idNumber: '110105194912310021', phone: '', email: 'nope', address: '', description: '' });
    expect(res.status).toBe(422);
    expect(html).toMatch(/id="f-name"[^>]*aria-invalid="true"[^>]*aria-describedby="f-name-error"/);
    expect(html).toContain('id="f-name-error"');
    expect(html).toContain('居民身份证号码应为 18 位');
    expect(html).toContain('电子邮箱格式不正确');
    expect(html).toContain('请描述所需的政府信息');
    expect(html).toContain('href="#f-description"');
    expect(html).not.toContain('class="lookup-code"');
  });

  it('refuses an organisation proving itself with a resident ID card', async () => {
    const { res, html } = await apply(new Client(h.app), agencyId, { kind: 'commercial' });
    expect(res.status).toBe(422);
    expect(html).toContain('法人或其他组织请以统一社会信用代码');
  });

  it('refuses a post without the CSRF cookie pair (403) and writes nothing', async () => {
    const c = new Client(h.app);
    const res = await c.post('/apply', { _csrf: 'forged-token-forged-token', ...applicationFields(agencyId) });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('CSRF');
  });

  it('registers the application and shows the case number and the lookup code once, not cached', async () => {
    const c = new Client(h.app);
    const { res, html, caseNumber, code } = await apply(c, agencyId);
    expect(res.status).toBe(201);
    expect(caseNumber).toMatch(/^兴和县.*〔\d{4}〕依申第\d+号$/);
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(containsPersonalData(html)).toEqual([]);
    expect(html).toContain('查询码只显示这一次');
  });
});

describe('the status page', () => {
  it('shows state, received day, deadline and steps for the right code, without personal data', async () => {
    const c = new Client(h.app);
    const { caseNumber, code } = await apply(c, agencyId);
    const { res, html } = await status(new Client(h.app), caseNumber!, code!.toLowerCase().replaceAll('-', ''));
    expect(res.status).toBe(200);
    expect(html).toContain('办理中');
    expect(html).toContain('收到申请之日');
    expect(html).toContain('答复期限');
    expect(html).toContain('登记');
    expect(html).toContain('受理回执');
    expect(containsPersonalData(html)).toEqual([]);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a wrong code exactly like an unknown number (no oracle)', async () => {
    const c = new Client(h.app);
    const { caseNumber } = await apply(c, agencyId);
    const wrong = await status(new Client(h.app), caseNumber!, 'AAAA-BBBB-CCCC');
    const unknown = await status(new Client(h.app), '兴和县人民政府〔1999〕依申第999号', 'AAAA-BBBB-CCCC');
    expect(wrong.res.status).toBe(404);
    expect(unknown.res.status).toBe(404);
    const strip = (s: string) => s.replace(/name="_csrf" value="[^"]+"/g, '').replace(/value="[^"]*依申[^"]*"/g, '');
    expect(strip(wrong.html)).toBe(strip(unknown.html));
  });

  it('lets the applicant download the acknowledgement as DOCX, as an attachment', async () => {
    const { caseNumber, code } = await apply(new Client(h.app), agencyId);
    const c = new Client(h.app);
    const { html } = await status(c, caseNumber!, code!);
    const res = await c.post('/status/letter', { _csrf: Client.csrfOf(html), caseNumber: caseNumber!, code: code!, kind: 'acknowledgement', format: 'docx' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes[0]).toBe(0x50); // PK: a zip, i.e. a DOCX
    const other = await c.post('/status/letter', { _csrf: Client.csrfOf(html), caseNumber: caseNumber!, code: 'AAAA-BBBB-CCCC', kind: 'acknowledgement', format: 'docx' });
    expect(other.status).toBe(404);
  });

  it('is not in the public page cache: a new step shows at once', async () => {
    const { caseNumber, code } = await apply(new Client(h.app), agencyId);
    const a = await status(new Client(h.app), caseNumber!, code!);
    expect(a.res.headers.get('etag')).toBeNull();
  });

  it('limits look-ups per client (429 after 20 misses), other clients unaffected', async () => {
    const limited = await startHarness({ trustProxy: true, caseLimiter: createRateLimiter(3, 60_000) });
    try {
      const ip = { 'x-forwarded-for': '203.0.113.50' };
      for (let i = 0; i < 3; i++) expect((await status(new Client(limited.app), 'x', 'AAAA-BBBB-CCCC', ip)).res.status).toBe(404);
      expect((await status(new Client(limited.app), 'x', 'AAAA-BBBB-CCCC', ip)).res.status).toBe(429);
      expect((await status(new Client(limited.app), 'x', 'AAAA-BBBB-CCCC', { 'x-forwarded-for': '198.51.100.1' })).res.status).toBe(404);
      const a = await limited.agencyId('兴和县');
      for (let i = 0; i < 3; i++) await apply(new Client(limited.app), a, {}, { 'x-forwarded-for': '203.0.113.60' });
      expect((await apply(new Client(limited.app), a, {}, { 'x-forwarded-for': '203.0.113.60' })).res.status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('personal data', () => {
  it('never reaches the log, whatever happened', async () => {
    const c = new Client(h.app);
    await apply(c, agencyId);
    await apply(c, agencyId, { idNumber: 'bad' });
    expect(logText()).not.toContain(PERSON.name);
    expect(logText()).not.toContain(PERSON.idNumber);
    expect(logText()).not.toContain(PERSON.phone);
  });
});

/**
 * The JSON API: listing and reading reports, uploads with API tokens, error
 * bodies and statuses, the OpenAPI document and the health check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByLogin, publicUser } from '../../src/persistence/repositories/accounts/users.js';
import { getReport } from '../../src/persistence/repositories/reports/report-queries.js';
import { issueApiToken } from '../../src/web/auth/issue-token.js';
import { PACKAGE_SAMPLES } from '../../src/web/server.js';
import { createApp } from '../../src/web/app.js';
import { Client, startHarness, type Harness } from './web-harness.js';

let h: Harness;
let adminToken: string;
let clerkToken: string;
beforeAll(async () => {
  h = await startHarness();
  const admin = publicUser((await findUserByLogin(h.opened.db, 'admin'))!);
  const clerk = publicUser((await findUserByLogin(h.opened.db, 'clerk'))!);
  adminToken = await issueApiToken(h.opened.db, admin, { name: 'test' }, { actor: 'test:api' });
  clerkToken = await issueApiToken(h.opened.db, clerk, { name: 'test' }, { actor: 'test:api' });
});
afterAll(() => h.close());

const sample = (name: string, tag: string) => `${readFileSync(join(PACKAGE_SAMPLES, name), 'utf8')}\n（${tag}）\n`;

function post(path: string, form: FormData, token?: string): Promise<Response> {
  return Promise.resolve(h.app.request(`http://localhost${path}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} }));
}

function fileForm(text: string, name = 'r.txt', fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set('file', new File([text], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

interface ErrorJson {
  error: { code: string; message: { zh: string; en: string } };
}

describe('reading', () => {
  it('GET /api/reports lists the published reports with paging', async () => {
    const res = await h.app.request('/api/reports?limit=2');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { reports: { id: number; status: string }[]; next: number | null };
    expect(body.reports).toHaveLength(2);
    expect(body.next).toBe(body.reports[1]!.id);
    const rest = (await (await h.app.request(`/api/reports?after=${body.next}`)).json()) as { reports: unknown[] };
    expect(rest.reports).toHaveLength(3);
  });

  it('GET /api/reports/:id returns the canonical JSON with findings', async () => {
    const res = await h.app.request('/api/reports/4');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const r = (await res.json()) as { schema: string; agency: string; findings: { rule: string }[] };
    expect(r.schema).toBe('gongkai.report/1');
    expect(r.agency).toBe('成安县');
    expect(r.findings.some((f) => f.rule === 'R6')).toBe(true);
  });

  it('errors are {error:{code,message:{zh,en}}} with the mapped status', async () => {
    const missing = await h.app.request('/api/reports/9999');
    expect(missing.status).toBe(404);
    const body = (await missing.json()) as ErrorJson;
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.message.zh).toBeTruthy();
    expect(body.error.message.en).toBeTruthy();
    const bad = await h.app.request('/api/reports?status=deleted');
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as ErrorJson).error.code).toBe('INVALID_VALUE');
    expect((await h.app.request('/api/nothing-here')).status).toBe(404);
  });

  it('GET /api/agencies gives the demo tree', async () => {
    const body = (await (await h.app.request('/api/agencies')).json()) as { agencies: { name: string; parentId: number | null }[] };
    expect(body.agencies.map((a) => a.name)).toEqual(expect.arrayContaining(['示范市', '兴和县', '成安县', '康乐县', '涧西区', '桦甸市统计局']));
    expect(body.agencies.filter((a) => a.parentId === null)).toHaveLength(1);
  });
});

describe('POST /api/reports', () => {
  it('needs a token or a session: 401 without', async () => {
    const res = await post('/api/reports', fileForm(sample('2024-兴和县.txt', 'a')));
    expect(res.status).toBe(401);
    expect(((await res.json()) as ErrorJson).error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown or malformed token with 401', async () => {
    expect((await post('/api/reports', fileForm('x'), 'gk_' + 'x'.repeat(43))).status).toBe(401);
    const res = await h.app.request('/api/reports', { headers: { authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
    // Another scheme (a proxy's Basic auth) is not ours: the request is simply public.
    expect((await h.app.request('/api/reports', { headers: { authorization: 'Basic dXNlcjpwYXNz' } })).status).toBe(200);
  });

  it('stores a report with an admin token (201), then the same bytes again add nothing (200)', async () => {
    const text = sample('2019-康乐县人民政府.txt', 'api');
    const res = await post('/api/reports', fileForm(text, '康乐县.txt'), adminToken);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { report: { id: number; status: string }; created: boolean; findings: unknown[] };
    expect(body.created).toBe(true);
    expect(body.report.status).toBe('matched');
    expect(res.headers.get('location')).toBe(`/api/reports/${body.report.id}`);
    const again = await post('/api/reports', fileForm(text, '康乐县.txt'), adminToken);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { created: boolean }).created).toBe(false);
  });

  it('maps bad files: NOT_A_REPORT → 400, empty → 400, binary → 415, too large → 413', async () => {
    const notReport = await post('/api/reports', fileForm('只是一些文字\n'), adminToken);
    expect(notReport.status).toBe(400);
    expect(((await notReport.json()) as ErrorJson).error.code).toBe('NOT_A_REPORT');
    expect((await post('/api/reports', fileForm(''), adminToken)).status).toBe(400);
    const binary = new FormData();
    binary.set('file', new File([new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 9, 0, 0, 0, 1])], 'x.bin'));
    expect((await post('/api/reports', binary, adminToken)).status).toBe(415);
    const small = createApp({ db: h.opened.db, maxFileBytes: 1000, log: () => undefined });
    const big = await small.request('/api/reports', { method: 'POST', body: fileForm('年'.repeat(2000)), headers: { authorization: `Bearer ${adminToken}` } });
    expect(big.status).toBe(413);
    expect(((await big.json()) as ErrorJson).error.code).toBe('INPUT_TOO_LARGE');
  });

  it('a clerk token files under the clerk’s agency and may not name another (403)', async () => {
    const res = await post('/api/reports', fileForm(sample('2020-桦甸市统计局.txt', 'clerk')), clerkToken);
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { report: { id: number } }).report.id;
    expect((await getReport(h.opened.db, id)).agencyId).toBe(await h.agencyId('兴和县'));
    const other = await post('/api/reports', fileForm(sample('2020-桦甸市统计局.txt', 'clerk-2'), 'r.txt', { agency: String(await h.agencyId('成安县')) }), clerkToken);
    expect(other.status).toBe(403);
    expect(((await other.json()) as ErrorJson).error.code).toBe('FORBIDDEN');
  });

  it('a year that contradicts the report is 422', async () => {
    const res = await post('/api/reports', fileForm(sample('2024-兴和县.txt', 'year'), 'r.txt', { year: '2023' }), adminToken);
    expect(res.status).toBe(422);
  });

  it('with a session, the X-CSRF-Token header is required', async () => {
    const c = new Client(h.app);
    await c.signIn('admin', h.password('admin'));
    const form = fileForm(sample('2024-兴和县.txt', 'session'));
    expect((await c.request('/api/reports', { method: 'POST', body: form })).status).toBe(403);
    const ok = await c.request('/api/reports', { method: 'POST', body: fileForm(sample('2024-兴和县.txt', 'session')), headers: { 'x-csrf-token': await c.csrf() } });
    expect(ok.status).toBe(201);
  });
});

describe('corrections through the API', () => {
  const json = (body: unknown, token: string) => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } });

  it('corrects with the expected version (201), then the same stale version is 409 CONFLICT and writes nothing', async () => {
    const id = 2; // 涧西区 (admin token: any agency)
    const v = (await getReport(h.opened.db, id)).version;
    const body = { expectedVersion: v, changes: [{ path: 'table4.reconsideration.upheld', value: 4 }], reason: '与原件核对' };
    const ok = await h.app.request(`/api/reports/${id}/corrections`, json(body, adminToken));
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as { version: number }).version).toBe(v + 1);
    const stale = await h.app.request(`/api/reports/${id}/corrections`, json({ ...body, changes: [{ path: 'table4.reconsideration.upheld', value: 5 }] }, adminToken));
    expect(stale.status).toBe(409);
    const err = (await stale.json()) as ErrorJson;
    expect(err.error.code).toBe('CONFLICT');
    expect(err.error.message.zh).toContain('已被他人修改');
    expect((await getReport(h.opened.db, id)).version).toBe(v + 1);
    const history = (await (await h.app.request(`/api/reports/${id}/versions`)).json()) as { versions: { version: number; corrections: { reason: string }[] }[] };
    expect(history.versions.at(-1)!.corrections[0]!.reason).toBe('与原件核对');
  });

  it('422 for a bad body or path; 403 for a clerk on another agency; 401 without auth', async () => {
    expect((await h.app.request('/api/reports/2/corrections', json({ expectedVersion: 1 }, adminToken))).status).toBe(422);
    const v = (await getReport(h.opened.db, 2)).version;
    const badPath = await h.app.request('/api/reports/2/corrections', json({ expectedVersion: v, changes: [{ path: 'table9.x', value: 1 }], reason: 'x' }, adminToken));
    expect(badPath.status).toBe(422);
    const clerk = await h.app.request('/api/reports/2/corrections', json({ expectedVersion: v, changes: [{ path: 'table4.reconsideration.upheld', value: 1 }], reason: 'x' }, clerkToken));
    expect(clerk.status).toBe(403);
    const anon = await h.app.request('/api/reports/2/corrections', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(anon.status).toBe(401);
  });
});

describe('operations', () => {
  it('GET /healthz checks the database', async () => {
    const res = await h.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('GET /healthz is 503 DB_UNAVAILABLE when the database is gone', async () => {
    const other = await startHarness();
    const app = createApp({ db: other.opened.db, log: () => undefined });
    await other.opened.close();
    const res = await app.request('/healthz');
    expect(res.status).toBe(503);
    expect(((await res.json()) as ErrorJson).error.code).toBe('DB_UNAVAILABLE');
    await other.close().catch(() => undefined);
  });

  it('GET /api/openapi.json is an OpenAPI 3.1 document with every route', async () => {
    const res = await h.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = JSON.parse(await res.text()) as { openapi: string; paths: Record<string, Record<string, { responses: object }>> };
    expect(doc.openapi).toBe('3.1.0');
    // Exactly the routes the app serves under /api (and /healthz), method by method.
    const served = h.app.routes
      .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api/') || r.path === '/healthz'))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect([...new Set(documented)].sort()).toEqual([...new Set(served)].sort());
    expect(documented).toContain('post /api/reports');
    for (const ops of Object.values(doc.paths)) for (const op of Object.values(ops)) expect(Object.keys(op.responses).length).toBeGreaterThan(0);
    // Every $ref resolves.
    const text = JSON.stringify(doc);
    for (const m of text.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)) expect(text).toContain(`"${m[1]}":{`);
  });
});

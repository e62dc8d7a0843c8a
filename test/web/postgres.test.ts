/**
 * The web layer on PostgreSQL: sessions, users and API tokens (booleans,
 * timestamps and joins differ by engine), uploads and a correction conflict.
 * Skipped when no PostgreSQL answers (see test/contract/postgres-test-db.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByLogin, publicUser } from '../../src/persistence/repositories/accounts/users.js';
import { issueApiToken } from '../../src/web/auth/issue-token.js';
import { PACKAGE_SAMPLES } from '../../src/web/server.js';
import { postgresAvailable } from '../contract/postgres-test-db.js';
import { Client, startHarness, type Harness } from './web-harness.js';

const available = await postgresAvailable();

describe.skipIf(!available)('web on PostgreSQL', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ engine: 'postgres' });
  });
  afterAll(() => h?.close());

  it('seeds the demo, signs in, uploads, corrects, and tells the second corrector', async () => {
    expect(h.seed.reports).toBe(5);
    const c = new Client(h.app);
    expect((await c.signIn('admin', 'wrong')).status).toBe(401);
    expect((await c.signIn('admin', h.password('admin'))).status).toBe(303);
    const form = new FormData();
    form.set('_csrf', await c.csrf());
    form.append('file', new File([`${readFileSync(join(PACKAGE_SAMPLES, '2024-兴和县.txt'), 'utf8')}\n（pg）\n`], 'pg.txt'));
    const up = await c.post('/upload', form);
    expect(up.status).toBe(200);
    const id = Number(/href="\/reports\/(\d+)"/.exec(await up.text())![1]);
    const page = await (await c.get(`/reports/${id}/correct`)).text();
    const fields = { _csrf: Client.csrfOf(page), expectedVersion: '1', path: 'table4.reconsideration.upheld', reason: '核对' };
    expect((await c.post(`/reports/${id}/correct`, { ...fields, value: '2' })).status).toBe(303);
    const stale = await c.post(`/reports/${id}/correct`, { ...fields, value: '3' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('该报告已被他人修改');
  });

  it('accepts an API token and refuses anonymous uploads', async () => {
    const clerk = publicUser((await findUserByLogin(h.opened.db, 'clerk'))!);
    const token = await issueApiToken(h.opened.db, clerk, { name: 'pg' }, { actor: 'test:pg' });
    const form = new FormData();
    form.set('file', new File([`${readFileSync(join(PACKAGE_SAMPLES, '2021-成安县.txt'), 'utf8')}\n（pg-token）\n`], 'r.txt'));
    const res = await h.app.request('/api/reports', { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(201);
    expect((await h.app.request('/api/reports', { method: 'POST', body: form })).status).toBe(401);
    expect((await h.app.request('/healthz')).status).toBe(200);
  });

  it('serves the analysis pages and API from PostgreSQL', async () => {
    const c = new Client(h.app);
    const city = (await c.get('/api/agencies').then((r) => r.json()) as { agencies: { id: number; name: string }[] }).agencies.find((a) => a.name === '示范市')!.id;
    for (const path of ['/agencies', `/agencies/${city}`, `/regions/${city}/2024`, `/regions/${city}/2019/comparison?sort=disclosureRate`, `/regions/${city}/2024/download/sums.xlsx`]) {
      expect((await c.get(path)).status, path).toBe(200);
    }
    const rollup = (await (await c.get(`/api/rollups/${city}/2024`)).json()) as { parts: { table3: Record<string, Record<string, number>> }[] };
    expect(rollup.parts[0]!.table3['newReceived']!['total']).toBeGreaterThan(0);
  });
});

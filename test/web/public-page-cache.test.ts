/**
 * Public pages kept once rendered: served again while the data is unchanged (ETag, 304, gzip),
 * rendered anew after any change of official data — also a change written directly to the
 * database, as another process (`gongkai import`) would — and never kept for signed-in people.
 */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listReports } from '../../src/persistence/repositories/reports/report-queries.js';
import { correctReport } from '../../src/persistence/repositories/reports/correct-report.js';
import { Client, startHarness, type Harness } from './web-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function reportIdOf(agencyName: string): Promise<number> {
  const r = (await listReports(h.opened.db, { agencyId: await h.agencyId(agencyName) }))[0];
  if (!r) throw new Error(`no report of ${agencyName}`);
  return r.id;
}

describe('public page cache', () => {
  it('serves the same page again with an ETag, answers 304 to a browser that has it, and gzip when asked', async () => {
    const c = new Client(h.app);
    const id = await reportIdOf('兴和县');
    const first = await c.get(`/reports/${id}`);
    const html = await first.text();
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^W\/"\d+-[\w-]+"$/);
    expect(first.headers.get('content-security-policy')).toContain("default-src 'none'");
    const again = await c.get(`/reports/${id}`);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(html);
    const notModified = await c.request(`/reports/${id}`, { headers: { 'if-none-match': etag! } });
    expect(notModified.status).toBe(304);
    const zipped = await c.request(`/reports/${id}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(bytes.length).toBeLessThan(Buffer.byteLength(html) / 3);
    expect(gunzipSync(bytes).toString('utf8')).toBe(html);
  });

  it('renders the page anew after a change of official data made outside the web app', async () => {
    const c = new Client(h.app);
    const id = await reportIdOf('康乐县');
    const before = await c.get(`/reports/${id}`);
    const etag = before.headers.get('etag');
    expect(await before.text()).not.toContain('缓存测试更正');
    await correctReport(
      h.opened.db,
      { reportId: id, expectedVersion: 1, changes: [{ path: 'table4.reconsideration.upheld', value: 42 }], reason: '缓存测试更正' },
      { actor: 'test:cache' },
    );
    const after = await c.request(`/reports/${id}`, { headers: { 'if-none-match': etag! } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(await after.text()).toContain('缓存测试更正');
  });

  it('keeps nothing for signed-in people: their page shows their own session', async () => {
    const admin = await Client.signedIn(h, 'admin');
    const id = await reportIdOf('兴和县');
    const res = await admin.get(`/reports/${id}`);
    expect(res.headers.get('etag')).toBeNull();
    expect(await res.text()).toContain('退出');
    // And the public page did not pick up anything of the signed-in page.
    const publicHtml = await (await new Client(h.app).get(`/reports/${id}`)).text();
    expect(publicHtml).not.toContain('退出');
    expect(publicHtml).not.toMatch(/name="_csrf"/);
  });

  it('does not keep error pages or pages outside the list', async () => {
    const c = new Client(h.app);
    const missing = await c.get('/reports/999999');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
    expect((await c.get('/login')).headers.get('etag')).toBeNull();
  });
});

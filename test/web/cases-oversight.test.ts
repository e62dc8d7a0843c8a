/**
 * Supervisors' overview, the review register and the annual report from live
 * case data, from the outside.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startHarness, type Harness } from './web-harness.js';
import { PERSON, apply } from './case-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await apply(new Client(h.app), await h.agencyId('成安县'));
});
afterAll(() => h.close());

describe('/cases/overview', () => {
  it('shows a supervisor the statistics of their subtree in a table, without personal data; clerks get 403', async () => {
    const sup = await Client.signedIn(h, 'supervisor');
    const res = await sup.get('/cases/overview');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<caption>');
    expect(html).toContain('成安县');
    expect(html).toContain('逾期答复占比');
    expect(html).not.toContain(PERSON.name);
    expect((await (await Client.signedIn(h, 'clerk')).get('/cases/overview')).status).toBe(403);
  });
});

describe('/cases/reviews', () => {
  it('registers a reconsideration and records its result', async () => {
    const clerk = await Client.signedIn(h, 'clerk');
    const agency = await h.agencyId('兴和县');
    const res = await clerk.post('/cases/reviews', { _csrf: await clerk.csrf(), agency: String(agency), kind: 'reconsideration', reference: '兴复〔2026〕1号', filedOn: '2026-01-05' });
    expect(res.status).toBe(303);
    const page = await (await clerk.get('/cases/reviews')).text();
    expect(page).toContain('兴复〔2026〕1号');
    const id = /action="\/cases\/reviews\/(\d+)"/.exec(page)![1]!;
    const done = await clerk.post(`/cases/reviews/${id}`, { _csrf: await clerk.csrf(), expectedVersion: '1', result: 'corrected', decidedOn: '2026-02-05' });
    expect(done.status).toBe(303);
    expect(await (await clerk.get('/cases/reviews')).text()).toContain('纠正');
    const stale = await clerk.post(`/cases/reviews/${id}`, { _csrf: await clerk.csrf(), expectedVersion: '1', result: 'upheld', decidedOn: '2026-02-06' });
    expect(stale.status).toBe(409);
    const bad = await clerk.post('/cases/reviews', { _csrf: await clerk.csrf(), agency: String(agency), kind: 'toString', reference: 'x', filedOn: '2026-01-05' });
    expect(bad.status).toBe(422);
  });
});

describe('/cases/annual-report', () => {
  it('generates the agency’s report from its cases and opens it on the report page', async () => {
    const clerk = await Client.signedIn(h, 'clerk');
    const year = new Date().getFullYear();
    const res = await clerk.post('/cases/annual-report', { _csrf: await clerk.csrf(), agency: String(await h.agencyId('兴和县')), year: String(year) });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/reports\/\d+$/);
    expect((await clerk.get(location)).status).toBe(200);
    const other = await clerk.post('/cases/annual-report', { _csrf: await clerk.csrf(), agency: String(await h.agencyId('成安县')), year: String(year) });
    expect(other.status).toBe(403);
  });
});

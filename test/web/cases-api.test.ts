/**
 * The case API: the inbox and a case for a clerk's token, masked for other
 * roles, steps with expectedSeq (409 when stale), other agencies' cases 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByLogin, publicUser } from '../../src/persistence/repositories/accounts/users.js';
import { issueApiToken } from '../../src/web/auth/issue-token.js';
import { chinaToday } from '../../src/persistence/repositories/clock.js';
import { Client, startHarness, type Harness } from './web-harness.js';
import { PERSON, apply } from './case-fixtures.js';

let h: Harness;
let clerkToken: string;
let supervisorToken: string;
let caseId: number;
beforeAll(async () => {
  h = await startHarness();
  const clerk = publicUser((await findUserByLogin(h.opened.db, 'clerk'))!);
  const sup = publicUser((await findUserByLogin(h.opened.db, 'supervisor'))!);
  clerkToken = await issueApiToken(h.opened.db, clerk, { name: 't' }, { actor: 'test' });
  supervisorToken = await issueApiToken(h.opened.db, sup, { name: 't' }, { actor: 'test' });
  const { caseNumber } = await apply(new Client(h.app), await h.agencyId('兴和县'));
  caseId = (await h.opened.db.selectFrom('cases').select('id').where('case_number', '=', caseNumber!).executeTakeFirstOrThrow()).id;
});
afterAll(() => h.close());

const get = (path: string, token?: string) => h.app.request(`http://localhost${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
const postJson = (path: string, body: unknown, token: string) =>
  h.app.request(`http://localhost${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } });

describe('GET /api/cases', () => {
  it('is 401 without credentials and the inbox with them, names masked', async () => {
    expect((await get('/api/cases')).status).toBe(401);
    const res = await get('/api/cases', clerkToken);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { caseId: number; agencyName: string; applicantName: string; eventCount: number }[] };
    const item = body.items.find((i) => i.caseId === caseId)!;
    expect(item.applicantName).toBe('欧***');
    expect(item.agencyName).toBe('兴和县');
    expect(item.eventCount).toBe(1);
  });
});

describe('GET /api/cases/:id', () => {
  it('gives the clerk the applicant in full', async () => {
    const body = (await (await get(`/api/cases/${caseId}`, clerkToken)).json()) as { applicant: { name: string }; allowedEvents: string[] };
    expect(body.applicant.name).toBe(PERSON.name);
    expect(body.allowedEvents).toContain('decide');
  });

  it('is 404 for a supervisor of another subtree', async () => {
    expect((await get(`/api/cases/${caseId}`, supervisorToken)).status).toBe(404);
  });
});

describe('POST /api/cases/:id/events', () => {
  it('records a step, then refuses a stale expectedSeq (409) and an illegal step (409)', async () => {
    const ok = await postJson(`/api/cases/${caseId}/events`, { type: 'consult', expectedSeq: 1, on: chinaToday(), party: 'thirdParty', name: '某公司' }, clerkToken);
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as { status: string }).status).toBe('consulting');
    const stale = await postJson(`/api/cases/${caseId}/events`, { type: 'withdraw', expectedSeq: 1, on: chinaToday() }, clerkToken);
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('CONFLICT');
    const illegal = await postJson(`/api/cases/${caseId}/events`, { type: 'decide', expectedSeq: 2, on: chinaToday(), outcome: 'disclosed' }, clerkToken);
    expect(illegal.status).toBe(409);
    expect(((await illegal.json()) as { error: { code: string } }).error.code).toBe('CASE_ILLEGAL_TRANSITION');
    const bad = await postJson(`/api/cases/${caseId}/events`, { type: 'nonsense', expectedSeq: 2 }, clerkToken);
    expect(bad.status).toBe(422);
  });
});

describe('POST /api/cases/:id/lookup-code', () => {
  it('gives the clerk’s token a new code once (201, no-store); the supervisor’s token cannot', async () => {
    const res = await h.app.request(`http://localhost/api/cases/${caseId}/lookup-code`, { method: 'POST', headers: { authorization: `Bearer ${clerkToken}` } });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { caseId: number; lookupCode: string };
    expect(body.caseId).toBe(caseId);
    expect(body.lookupCode).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    expect((await h.app.request(`http://localhost/api/cases/${caseId}/lookup-code`, { method: 'POST', headers: { authorization: `Bearer ${supervisorToken}` } })).status).toBe(404);
  });
});

/**
 * 账户: API tokens made and revoked in the UI, users created by an
 * administrator (password shown once), and nobody else may create users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/persistence/repositories/audit/list-audit.js';
import { Client, startHarness, type Harness } from './web-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('account page', () => {
  it('creates an API token shown once, which then works, and revokes it', async () => {
    const c = new Client(h.app);
    await c.signIn('clerk', h.password('clerk'));
    const res = await c.post('/account/tokens', { _csrf: await c.csrf(), name: '报送脚本' });
    expect(res.status).toBe(201);
    const html = await res.text();
    const token = /<code>(gk_[A-Za-z0-9_-]{43})<\/code>/.exec(html)![1]!;
    const auth = { authorization: `Bearer ${token}` };
    const ok = await h.app.request('/api/reports', { method: 'POST', body: new FormData(), headers: auth });
    expect(ok.status).not.toBe(401); // authenticated (the empty form itself is refused)
    const page = await (await c.get('/account')).text();
    expect(page).toContain('报送脚本');
    expect(page).not.toContain('从未'); // last use recorded
    expect(page).not.toContain(token);
    const id = /action="\/account\/tokens\/(\d+)\/revoke"/.exec(page)![1]!;
    expect((await c.post(`/account/tokens/${id}/revoke`, { _csrf: Client.csrfOf(page) })).status).toBe(303);
    expect((await h.app.request('/api/reports', { method: 'POST', body: new FormData(), headers: auth })).status).toBe(401);
    const actions = (await listAudit(h.opened.db, { entity: 'api_token' })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['api_token.create', 'api_token.revoke']));
  });

  it('an administrator creates a clerk, whose one-time password signs in', async () => {
    const admin = new Client(h.app);
    await admin.signIn('admin', h.password('admin'));
    const res = await admin.post('/account/users', {
      _csrf: await admin.csrf(),
      login: 'kangle-clerk',
      displayName: '康乐县经办人',
      role: 'clerk',
      agency: String(await h.agencyId('康乐县')),
    });
    expect(res.status).toBe(201);
    const password = /<code>([A-Za-z0-9]{16})<\/code>/.exec(await res.text())![1]!;
    expect((await new Client(h.app).signIn('kangle-clerk', password)).status).toBe(303);
    const again = await admin.post('/account/users', { _csrf: await admin.csrf(), login: 'kangle-clerk', displayName: 'x', role: 'clerk', agency: String(await h.agencyId('康乐县')) });
    expect(again.status).toBe(409);
    const noAgency = await admin.post('/account/users', { _csrf: await admin.csrf(), login: 'nobody-clerk', displayName: 'x', role: 'clerk', agency: '' });
    expect(noAgency.status).toBe(422);
  });

  it('changes the password: the current one is required, other sessions end, the new one signs in', async () => {
    const here = new Client(h.app);
    const elsewhere = new Client(h.app);
    await here.signIn('supervisor', h.password('supervisor'));
    await elsewhere.signIn('supervisor', h.password('supervisor'));
    const wrong = await here.post('/account/password', { _csrf: await here.csrf(), current: 'nope', password: 'a-new-long-password' });
    expect(wrong.status).toBe(401);
    const short = await here.post('/account/password', { _csrf: await here.csrf(), current: h.password('supervisor'), password: 'short' });
    expect(short.status).toBe(422);
    const ok = await here.post('/account/password', { _csrf: await here.csrf(), current: h.password('supervisor'), password: 'a-new-long-password' });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('密码已修改');
    expect((await here.get('/account')).status).toBe(200);
    expect((await elsewhere.get('/account')).status).toBe(401);
    expect((await new Client(h.app).signIn('supervisor', h.password('supervisor'))).status).toBe(401);
    expect((await new Client(h.app).signIn('supervisor', 'a-new-long-password')).status).toBe(303);
    const audit = await listAudit(h.opened.db, { entity: 'user' });
    expect(audit.some((a) => a.action === 'user.password')).toBe(true);
  });

  it('a supervisor or clerk may not create users', async () => {
    const c = new Client(h.app);
    await c.signIn('clerk', h.password('clerk'));
    const page = await (await c.get('/account')).text();
    expect(page).not.toContain('新建用户');
    const res = await c.post('/account/users', { _csrf: Client.csrfOf(page), login: 'x-admin', displayName: 'x', role: 'admin' });
    expect(res.status).toBe(403);
  });
});

/**
 * Sign-in, sessions, rate limiting and CSRF, from the outside (app.request()).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/persistence/repositories/audit/list-audit.js';
import { hashPassword, verifyPassword } from '../../src/web/auth/password.js';
import { Client, startHarness, type Harness } from './web-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('passwords (scrypt)', () => {
  it('stores a salted PHC string with N=2^15, r=8, p=1 and verifies it', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b); // per-user salt
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('wrong horse', a)).toBe(false);
    expect(await verifyPassword('x', 'not a hash')).toBe(false);
  });
});

describe('sign-in', () => {
  it('rejects a wrong password with 401 and no session', async () => {
    const c = new Client(h.app);
    const res = await c.signIn('admin', 'wrong-password');
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('登录名或密码不正确');
    expect(c.cookie('gk_session')).toBeUndefined();
  });

  it('rejects an unknown login the same way', async () => {
    const res = await new Client(h.app).signIn('nobody', 'whatever');
    expect(res.status).toBe(401);
  });

  it('signs in with the right password: HttpOnly, SameSite=Lax session cookie, audited', async () => {
    const c = new Client(h.app);
    const res = await c.signIn('admin', h.password('admin'));
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((l) => l.startsWith('gk_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const secret = /^gk_session=([^;]+)/.exec(cookie!)![1]!;
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    const page = await (await c.get('/upload')).text();
    expect(page).toContain('系统管理员');
    const audit = (await listAudit(h.opened.db, { limit: 10_000 })).filter((a) => a.action === 'user.signin');
    expect(audit.length).toBeGreaterThan(0);
  });

  it('marks the cookie Secure behind an https proxy (X-Forwarded-Proto)', async () => {
    const c = new Client(h.app);
    const page = await (await c.get('/login')).text();
    const res = await c.post('/login', { _csrf: Client.csrfOf(page), login: 'admin', password: h.password('admin') }, { 'x-forwarded-proto': 'https' });
    expect(res.status).toBe(303);
    expect(res.headers.getSetCookie().find((l) => l.startsWith('gk_session='))).toMatch(/Secure/i);
  });

  it('keys the rate limit by X-Forwarded-For only when the proxy is trusted', async () => {
    const trusted = await startHarness({ trustProxy: true });
    try {
      const c = new Client(trusted.app);
      for (let i = 0; i < 5; i++) {
        const page = await (await c.get('/login')).text();
        await c.post('/login', { _csrf: Client.csrfOf(page), login: 'admin', password: 'wrong' }, { 'x-forwarded-for': '203.0.113.9' });
      }
      const page = await (await c.get('/login')).text();
      const blocked = await c.post('/login', { _csrf: Client.csrfOf(page), login: 'admin', password: trusted.password('admin') }, { 'x-forwarded-for': '203.0.113.9' });
      expect(blocked.status).toBe(429);
      const elsewhere = await c.post('/login', { _csrf: Client.csrfOf(page), login: 'admin', password: trusted.password('admin') }, { 'x-forwarded-for': '198.51.100.7' });
      expect(elsewhere.status).toBe(303);
    } finally {
      await trusted.close();
    }
  });

  it('sends people who need to sign in to the login form and back where they were', async () => {
    const c = new Client(h.app);
    const denied = await c.get('/upload');
    expect(denied.status).toBe(401);
    expect(await denied.text()).toContain('/login?next=%2Fupload');
    const form = await (await c.get('/login?next=%2Fupload')).text();
    const res = await c.post('/login', { _csrf: Client.csrfOf(form), login: 'admin', password: h.password('admin'), next: '/upload' });
    expect(res.headers.get('location')).toBe('/upload');
    const evil = await new Client(h.app).signIn('admin', h.password('admin'));
    expect(evil.headers.get('location')).toBe('/');
  });

  it('rate limits: after 5 failures for the same login, even the right password gets 429', async () => {
    const c = new Client(h.app);
    for (let i = 0; i < 5; i++) expect((await c.signIn('supervisor', `wrong-${i}`)).status).toBe(401);
    const blocked = await c.signIn('supervisor', h.password('supervisor'));
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain('登录失败次数过多');
    // Another login from the same place is not affected.
    expect((await c.signIn('clerk', h.password('clerk'))).status).toBe(303);
  });

  it('signs out (POST with the CSRF token) and the session stops working', async () => {
    const c = new Client(h.app);
    await c.signIn('clerk', h.password('clerk'));
    const token = await c.csrf();
    const old = c.cookie('gk_session')!;
    expect((await c.post('/logout', { _csrf: token })).status).toBe(303);
    expect((await c.get('/upload')).status).toBe(401);
    const replay = await h.app.request('http://localhost/upload', { headers: { cookie: `gk_session=${old}` } });
    expect(replay.status).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses the sign-in form without the double-submit token', async () => {
    const c = new Client(h.app);
    await c.get('/login');
    const res = await c.post('/login', { login: 'admin', password: h.password('admin') });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('CSRF_REJECTED');
    const forged = await c.post('/login', { _csrf: 'A'.repeat(43), login: 'admin', password: h.password('admin') });
    expect(forged.status).toBe(403);
  });

  it('refuses a signed-in form post without, or with a wrong, token', async () => {
    const c = new Client(h.app);
    await c.signIn('admin', h.password('admin'));
    const form = new FormData();
    form.set('file', new File(['x'], 'x.txt'));
    expect((await c.post('/upload', form)).status).toBe(403);
    form.set('_csrf', 'B'.repeat(43));
    expect((await c.post('/upload', form)).status).toBe(403);
    expect((await c.post('/reports/1/correct', { expectedVersion: '1', path: 'table4.reconsideration.upheld', value: '1', reason: 'x' })).status).toBe(403);
  });

  it('refuses a post from another origin even with the right token', async () => {
    const c = new Client(h.app);
    await c.signIn('admin', h.password('admin'));
    const token = await c.csrf();
    const res = await c.post('/logout', { _csrf: token }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('a token from one session does not work in another', async () => {
    const a = new Client(h.app);
    const b = new Client(h.app);
    await a.signIn('admin', h.password('admin'));
    await b.signIn('admin', h.password('admin'));
    const tokenA = await a.csrf();
    expect((await b.post('/logout', { _csrf: tokenA })).status).toBe(403);
  });
});

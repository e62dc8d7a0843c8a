/**
 * @module 登录 and 退出. Sign-in is rate limited per IP + login (5 failures per
 * 15 minutes), compares against a dummy hash for unknown logins (no timing
 * oracle), and starts a session with a fresh random id and CSRF token.
 */
import { Hono } from 'hono';
import { createSession, deleteSession } from '../../persistence/repositories/accounts/sessions.js';
import { findUserByLogin } from '../../persistence/repositories/accounts/users.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { dummyHash, verifyPassword } from '../auth/password.js';
import { clearSessionCookie, readCsrfCookie, SESSION_TTL_MS, setCsrfCookie, setSessionCookie } from '../auth/cookies.js';
import { randomSecret, sha256 } from '../auth/secrets.js';
import { clientIp, type AppContext, type AppEnv, type WebDeps } from '../context.js';
import { field, readForm } from '../form.js';
import { loginPage } from '../views/login-page.js';

/** Only local paths: never redirect to another site after sign-in. */
export function safeNext(next: string): string {
  return /^\/(?![/\\])[^\s]*$/.test(next) ? next : '/';
}

/** The CSRF token for a form: the session's, or a double-submit cookie for visitors who are not signed in. */
export function loginCsrf(c: AppContext): string {
  const p = c.get('principal');
  if (p.kind === 'user' && p.csrfToken) return p.csrfToken;
  const existing = readCsrfCookie(c);
  if (existing && /^[A-Za-z0-9_-]{20,100}$/.test(existing)) return existing;
  const token = randomSecret();
  setCsrfCookie(c, token);
  return token;
}

export function authRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/login', (c) => {
    const next = c.req.query('next');
    return c.html(loginPage({ principal: c.get('principal'), csrfToken: loginCsrf(c), ...(next ? { next: safeNext(next) } : {}) }));
  });

  app.post('/login', async (c) => {
    const body = await readForm(c);
    const login = field(body, 'login');
    const password = typeof body['password'] === 'string' ? body['password'] : '';
    const next = safeNext(field(body, 'next') || '/');
    const key = `${clientIp(c, deps.trustProxy)}\u0000${login.toLowerCase()}`;
    const now = deps.now();
    const again = (status: 401 | 429, error: string) =>
      c.html(loginPage({ principal: c.get('principal'), csrfToken: loginCsrf(c), login, error, next }), status);
    if (!deps.signInLimiter.allowed(key, now)) {
      const e = new GongkaiError('RATE_LIMITED', { zh: '登录失败次数过多，请 15 分钟后再试。', en: 'Too many failed sign-ins; try again in 15 minutes.' });
      return again(429, `${e.zh}（${e.en}）`);
    }
    const user = login ? await findUserByLogin(deps.db, login) : undefined;
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !ok || user.disabled) {
      deps.signInLimiter.fail(key, now);
      return again(401, '登录名或密码不正确。（Wrong login or password.）');
    }
    deps.signInLimiter.reset(key);
    const secret = randomSecret();
    await createSession(
      deps.db,
      {
        idHash: sha256(secret),
        userId: user.id,
        csrfToken: randomSecret(),
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
        userAgent: c.req.header('user-agent') ?? null,
        ip: clientIp(c, deps.trustProxy),
      },
      { actor: `user:${user.id}`, now },
    );
    setSessionCookie(c, secret);
    return c.redirect(next, 303);
  });

  app.post('/logout', async (c) => {
    const principal = c.get('principal');
    const idHash = c.get('sessionIdHash');
    if (principal.kind === 'user' && idHash) await deleteSession(deps.db, idHash, principal.user.id, { actor: `user:${principal.user.id}`, now: deps.now() });
    clearSessionCookie(c);
    return c.redirect('/', 303);
  });

  return app;
}

/**
 * @module CSRF protection for every state-changing request that a browser's
 * cookies could authorise. Signed in by cookie: the synchronizer token of the
 * session, from the form field `_csrf` or the `X-CSRF-Token` header. Not signed
 * in (the sign-in form): double submit — the field must equal the `gk_csrf`
 * cookie. Bearer-token requests carry no ambient authority and need no token.
 * A cross-site `Origin` is refused outright as well.
 */
import type { MiddlewareHandler } from 'hono';
import { GongkaiError } from '../../domain/shared/errors.js';
import { readCsrfCookie } from '../auth/cookies.js';
import { sameSecret } from '../auth/secrets.js';
import type { AppContext, AppEnv } from '../context.js';

export const CSRF_FIELD = '_csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function rejected(): GongkaiError {
  return new GongkaiError('CSRF_REJECTED', {
    zh: '表单已过期或来源不明（CSRF 校验失败）。请返回上一页，刷新后重新提交。',
    en: 'The form has expired or came from elsewhere (CSRF check failed). Go back, reload the page and submit again.',
  });
}

async function submittedToken(c: AppContext): Promise<string | undefined> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) return undefined;
  const body = await c.req.parseBody({ all: true });
  const v = body[CSRF_FIELD];
  return typeof v === 'string' ? v : undefined;
}

/** Same host and port (the scheme may differ behind a TLS-terminating proxy). */
function sameHost(origin: string, url: string): boolean {
  try {
    return new URL(origin).host === new URL(url).host;
  } catch {
    return false;
  }
}

export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const principal = c.get('principal');
    if (principal.kind === 'user' && principal.via === 'token') return next();
    // An anonymous API call has no authority a forged request could borrow: the route answers 401.
    if (principal.kind === 'public' && new URL(c.req.url).pathname.startsWith('/api/')) return next();
    // `null` is what privacy settings and `no-referrer` policies send for a page's own posts: the token decides.
    const origin = c.req.header('origin');
    if (origin && origin !== 'null' && !sameHost(origin, c.req.url)) throw rejected();
    const given = await submittedToken(c);
    const expected = principal.kind === 'user' ? principal.csrfToken : readCsrfCookie(c);
    if (!given || !expected || !sameSecret(given, expected)) throw rejected();
    return next();
  };
}

/**
 * @module Sets `principal` for every request: an `Authorization: Bearer`
 * API token wins, then the session cookie, else the public. A bad or revoked
 * Bearer token is a 401 (never silently the public); a stale cookie is just ignored.
 */
import type { MiddlewareHandler } from 'hono';
import { subtreeIds } from '../../persistence/repositories/agencies/agency-queries.js';
import { findApiToken, touchApiToken } from '../../persistence/repositories/accounts/api-tokens.js';
import { findSession } from '../../persistence/repositories/accounts/sessions.js';
import { publicUser, type User, type UserRole } from '../../persistence/repositories/accounts/users.js';
import type { Executor } from '../../persistence/database.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { PUBLIC, type Principal } from '../auth/principal.js';
import { readSessionCookie } from '../auth/cookies.js';
import { sha256 } from '../auth/secrets.js';
import type { AppEnv, WebDeps } from '../context.js';

async function scopeOf(db: Executor, role: UserRole, scopeAgencyId: number | null): Promise<ReadonlySet<number> | null> {
  if (role === 'admin') return null;
  // A non-admin without an agency sees nothing beyond the public.
  if (scopeAgencyId === null) return new Set();
  if (role === 'clerk') return new Set([scopeAgencyId]);
  return new Set(await subtreeIds(db, scopeAgencyId));
}

const RANK: Readonly<Record<UserRole, number>> = { clerk: 0, supervisor: 1, admin: 2 };

function badToken(): GongkaiError {
  return new GongkaiError('UNAUTHENTICATED', { zh: 'API 令牌无效、已过期或已撤销。', en: 'The API token is invalid, expired or revoked.' });
}

export function authenticate(deps: WebDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('principal', PUBLIC);
    c.set('sessionIdHash', null);
    const auth = c.req.header('authorization');
    // Only the Bearer scheme is ours; other schemes (a proxy's Basic auth) are left alone.
    if (auth !== undefined && /^Bearer\b/i.test(auth)) {
      const m = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/i.exec(auth);
      if (!m) throw badToken();
      const token = await findApiToken(deps.db, sha256(m[1]!), deps.now());
      if (!token || token.user.disabled) throw badToken();
      const now = deps.now();
      // At most one write per token every few minutes: reads through the API stay reads.
      if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 5 * 60_000) await touchApiToken(deps.db, token.id, now);
      // A token never has more power than its owner has now: the lower role, and a scope inside the owner's.
      const role: UserRole = RANK[token.role] < RANK[token.user.role] ? token.role : token.user.role;
      const userScope = await scopeOf(deps.db, token.user.role, token.user.scopeAgencyId);
      const wanted = token.scopeAgencyId ?? token.user.scopeAgencyId;
      const scopeId = wanted !== null && (userScope === null || userScope.has(wanted)) ? wanted : token.user.scopeAgencyId;
      const user: User = publicUser(token.user);
      const principal: Principal = { kind: 'user', user, role, scope: await scopeOf(deps.db, role, scopeId), via: 'token', csrfToken: null };
      c.set('principal', principal);
      return next();
    }
    const secret = readSessionCookie(c);
    if (secret && /^[A-Za-z0-9_-]{20,100}$/.test(secret)) {
      const idHash = sha256(secret);
      const s = await findSession(deps.db, idHash, deps.now());
      if (s && !s.user.disabled) {
        const user = publicUser(s.user);
        c.set('principal', { kind: 'user', user, role: user.role, scope: await scopeOf(deps.db, user.role, user.scopeAgencyId), via: 'session', csrfToken: s.csrfToken });
        c.set('sessionIdHash', idHash);
      }
    }
    return next();
  };
}

/**
 * @module What every request handler gets: the dependencies of the app
 * (database, clock, rate limiter) and the per-request variables set by the
 * middleware (who is asking).
 */
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { Db } from '../persistence/database.js';
import type { Principal } from './auth/principal.js';
import type { RateLimiter } from './auth/rate-limit.js';

export interface WebDeps {
  readonly db: Db;
  /** The clock (tests fix it). */
  readonly now: () => Date;
  readonly signInLimiter: RateLimiter;
  /** Public applications and status look-ups per client address (`cases/public-case-routes.ts`). */
  readonly caseLimiter: RateLimiter;
  /** Take the client's address from a reverse proxy's `X-Forwarded-For` (it keys the sign-in rate limit). */
  readonly trustProxy: boolean;
  /** Largest single upload, bytes. */
  readonly maxFileBytes: number;
  /** Where unexpected errors go. */
  readonly log: (e: unknown) => void;
}

export interface AppEnv {
  Bindings: Partial<HttpBindings> | undefined;
  Variables: {
    principal: Principal;
    /** The session cookie's id hash, when signed in by cookie. */
    sessionIdHash: string | null;
  };
}

export type AppContext = Context<AppEnv>;

/** The client's address: the socket's, or the proxy's first `X-Forwarded-For` entry when trusted. */
export function clientIp(c: AppContext, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (fwd) return fwd;
  }
  return c.env?.incoming?.socket.remoteAddress ?? 'local';
}

/**
 * True when the client reached us over https, directly or through a proxy that says so in
 * `X-Forwarded-Proto`. Believing that header unconditionally is safe here: it only decides the
 * cookies' `Secure` flag, and a client that lies about it only locks itself out.
 */
export function isHttps(c: AppContext): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

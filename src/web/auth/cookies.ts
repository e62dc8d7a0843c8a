/**
 * @module The two cookies: the session (`gk_session`, HttpOnly, SameSite=Lax,
 * Secure over https) and the pre-sign-in CSRF cookie (`gk_csrf`) for the
 * double-submit check on the sign-in form. `Secure` follows `isHttps`.
 */
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppContext } from '../context.js';
import { isHttps } from '../context.js';

export const SESSION_COOKIE = 'gk_session';
export const CSRF_COOKIE = 'gk_csrf';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

function base(c: AppContext) {
  return { path: '/', httpOnly: true, sameSite: 'Lax' as const, secure: isHttps(c) };
}

export function readSessionCookie(c: AppContext): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export function setSessionCookie(c: AppContext, secret: string): void {
  setCookie(c, SESSION_COOKIE, secret, { ...base(c), maxAge: SESSION_TTL_MS / 1000 });
}

export function clearSessionCookie(c: AppContext): void {
  deleteCookie(c, SESSION_COOKIE, base(c));
}

export function readCsrfCookie(c: AppContext): string | undefined {
  return getCookie(c, CSRF_COOKIE);
}

export function setCsrfCookie(c: AppContext, token: string): void {
  setCookie(c, CSRF_COOKIE, token, { ...base(c), maxAge: 2 * 60 * 60 });
}

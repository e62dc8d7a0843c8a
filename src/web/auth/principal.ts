/**
 * @module Who is asking, and what they may see and change. The public sees
 * matched (published) reports only; an administrator everything; a supervisor
 * the reports of their subtree; a clerk the reports of their one agency.
 * Writes need a signed-in user or an API token; reading unmatched reports
 * needs admin or supervisor.
 */
import type { StoredReport } from '../../persistence/repositories/reports/report-row.js';
import type { User, UserRole } from '../../persistence/repositories/accounts/users.js';

export type Principal =
  | { readonly kind: 'public' }
  | {
      readonly kind: 'user';
      readonly user: User;
      /** The role in effect: the user's, or the API token's. */
      readonly role: UserRole;
      /** Agencies in scope; null for administrators (everything). */
      readonly scope: ReadonlySet<number> | null;
      /** `session` (cookie: forms need a CSRF token) or `token` (Bearer). */
      readonly via: 'session' | 'token';
      /** The session's CSRF token (session only). */
      readonly csrfToken: string | null;
    };

export const PUBLIC: Principal = { kind: 'public' };

export const ROLE_LABELS: Readonly<Record<UserRole, string>> = { admin: '管理员', supervisor: '督查员', clerk: '经办人' };

export function actorOf(p: Principal): string {
  return p.kind === 'user' ? `user:${p.user.id}` : 'public';
}

/** Audit actors (`actorOf`) of these users → 显示名（登录名）, for history lists. */
export function actorLabels(users: readonly User[]): ReadonlyMap<string, string> {
  return new Map(users.map((u) => [`user:${u.id}`, `${u.displayName}（${u.login}）`]));
}

/** May this principal read the report at all (pages, API, downloads)? */
export function canRead(p: Principal, r: StoredReport): boolean {
  if (r.status === 'matched') return true;
  return canWrite(p, r);
}

/** May this principal change the report (correct cells, re-assign)? */
export function canWrite(p: Principal, r: StoredReport): boolean {
  if (p.kind !== 'user') return false;
  if (p.scope === null) return true;
  if (r.agencyId === null) return p.role === 'supervisor';
  return p.scope.has(r.agencyId);
}

/** May this principal work on the review side (upload, queue, correct)? */
export function isStaff(p: Principal): p is Extract<Principal, { kind: 'user' }> {
  return p.kind === 'user';
}

/** May this principal assign agencies in the unmatched queue? */
export function canAssign(p: Principal): boolean {
  return p.kind === 'user' && (p.role === 'admin' || p.role === 'supervisor');
}

/** Is the agency within this principal's scope (for uploads and assignments)? */
export function inScope(p: Principal, agencyId: number): boolean {
  return p.kind === 'user' && (p.scope === null || p.scope.has(agencyId));
}

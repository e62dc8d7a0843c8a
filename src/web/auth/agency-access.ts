/**
 * @module Who may change the agency tree (机关管理). Administrators: all of
 * it. Supervisors: their subtree — edit any agency in it (its root included),
 * add agencies below any of them, move and delete agencies below the root,
 * never the root itself and never to a parent outside. Clerks: nothing (the
 * tree is read through the public API; their work is their one agency's
 * reports). The subtree is the principal's scope, so an API token confined to
 * a smaller subtree is confined here too.
 */
import type { AgencyRef } from '../../domain/agency/agency.js';
import type { Principal } from './principal.js';

type Staff = Extract<Principal, { kind: 'user' }>;

/** May this principal open 机关管理 at all? */
export function canManageAgencies(p: Principal): p is Staff {
  return p.kind === 'user' && (p.role === 'admin' || p.role === 'supervisor');
}

/** Name, level, credit code and aliases of this agency. */
export function canEditAgency(p: Principal, a: Pick<AgencyRef, 'id'>): boolean {
  return canManageAgencies(p) && (p.scope === null || p.scope.has(a.id));
}

/** The top of the principal's subtree: editable, but it stays where it is. */
export function isScopeRoot(p: Principal, a: Pick<AgencyRef, 'id' | 'parentId'>): boolean {
  return p.kind === 'user' && p.scope !== null && p.scope.has(a.id) && (a.parentId === null || !p.scope.has(a.parentId));
}

/** A new agency under `parentId` (null: a new root, administrators only). */
export function canCreateUnder(p: Principal, parentId: number | null): boolean {
  if (!canManageAgencies(p)) return false;
  if (p.scope === null) return true;
  return parentId !== null && p.scope.has(parentId);
}

export function canMoveAgency(p: Principal, a: Pick<AgencyRef, 'id' | 'parentId'>, parentId: number | null): boolean {
  return canEditAgency(p, a) && !isScopeRoot(p, a) && canCreateUnder(p, parentId);
}

export function canDeleteAgency(p: Principal, a: Pick<AgencyRef, 'id' | 'parentId'>): boolean {
  return canEditAgency(p, a) && !isScopeRoot(p, a);
}

/**
 * What an import may touch: `{}` for administrators, `{ withinSubtreeOf }` for a
 * supervisor, null when there is no subtree at all (a supervisor without an agency).
 */
export function importBounds(p: Staff, agencies: readonly Pick<AgencyRef, 'id' | 'parentId'>[]): { withinSubtreeOf?: number } | null {
  if (p.scope === null) return {};
  const root = agencies.find((a) => isScopeRoot(p, a));
  return root ? { withinSubtreeOf: root.id } : null;
}

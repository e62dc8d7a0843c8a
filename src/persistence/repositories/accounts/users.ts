/**
 * @module Users of the web UI: create (audited), find by login or id. Passwords
 * arrive already hashed (`web/auth/password.ts`); this module never sees one.
 */
import type { UserRole, UserRow } from '../../tables/users.table.js';
import type { ChangeContext, Executor } from '../../database.js';
import { decodeBoolean, encodeBoolean } from '../../codecs.js';
import { engineOf } from '../../engine.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { invalid, isUniqueViolation } from '../errors.js';
import { writeAudit } from '../audit/write-audit.js';
import { getAgency } from '../agencies/agency-queries.js';
import { GongkaiError } from '../../../domain/shared/errors.js';

export type { UserRole } from '../../tables/users.table.js';
export const USER_ROLES: readonly UserRole[] = ['admin', 'supervisor', 'clerk'];

export interface User {
  readonly id: number;
  readonly login: string;
  readonly displayName: string;
  readonly role: UserRole;
  /** Supervisor: the subtree's root; clerk: the agency; null for administrators. */
  readonly scopeAgencyId: number | null;
  readonly disabled: boolean;
}

export interface UserWithHash extends User {
  readonly passwordHash: string;
}

export function userFromRow(r: UserRow): UserWithHash {
  return {
    id: r.id,
    login: r.login,
    displayName: r.display_name,
    role: r.role,
    scopeAgencyId: r.scope_agency_id,
    disabled: decodeBoolean(r.disabled),
    passwordHash: r.password_hash,
  };
}

/** Drops the hash before a user leaves the auth code. */
export function publicUser(u: UserWithHash): User {
  return { id: u.id, login: u.login, displayName: u.displayName, role: u.role, scopeAgencyId: u.scopeAgencyId, disabled: u.disabled };
}

export interface NewUser {
  readonly login: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly role: UserRole;
  readonly scopeAgencyId: number | null;
}

export async function createUser(db: Executor, input: NewUser, ctx: ChangeContext): Promise<User> {
  const login = input.login.trim();
  if (!/^[A-Za-z0-9_.@-]{2,64}$/.test(login)) throw invalid('登录名须为 2–64 个字母、数字或 _.@-。', 'A login is 2–64 letters, digits or _.@-.');
  if (!USER_ROLES.includes(input.role)) throw invalid(`无效的角色：${input.role}`, `Invalid role: ${input.role}`);
  if ((input.role === 'admin') !== (input.scopeAgencyId === null)) {
    throw invalid('管理员不限机关；督查员和经办人须指定机关。', 'Administrators have no agency scope; supervisors and clerks need one.');
  }
  return inTransaction(db, async (trx) => {
    if (input.scopeAgencyId !== null) await getAgency(trx, input.scopeAgencyId);
    const at = changedAt(ctx);
    let row;
    try {
      row = await trx
        .insertInto('users')
        .values({
          login,
          display_name: input.displayName.trim() || login,
          password_hash: input.passwordHash,
          role: input.role,
          scope_agency_id: input.scopeAgencyId,
          disabled: encodeBoolean(false, engineOf(trx)),
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw new GongkaiError('CONFLICT', { zh: `登录名“${login}”已被使用。`, en: `The login “${login}” is taken.` }, { cause: e });
      }
      throw e;
    }
    const user = publicUser(userFromRow(row));
    await writeAudit(trx, { action: 'user.create', entity: 'user', entityId: user.id, after: user }, ctx);
    return user;
  });
}

export async function findUserByLogin(db: Executor, login: string): Promise<UserWithHash | undefined> {
  const row = await db.selectFrom('users').selectAll().where('login', '=', login.trim()).executeTakeFirst();
  return row ? userFromRow(row) : undefined;
}

export async function findUserById(db: Executor, id: number): Promise<UserWithHash | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? userFromRow(row) : undefined;
}

/** True when at least one user exists (first start creates the demo users otherwise). */
export async function hasUsers(db: Executor): Promise<boolean> {
  const rows = await db.selectFrom('users').select('id').limit(1).execute();
  return rows.length > 0;
}

/** Every user, by login (for the administrators' user list). */
export async function listUsers(db: Executor): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('login').execute();
  return rows.map((r) => publicUser(userFromRow(r)));
}

/**
 * Sets a new password hash (audited, without the hash) and ends the user's
 * other sessions; `keepSessionHash` is the session that made the change.
 */
export async function changePasswordHash(db: Executor, userId: number, passwordHash: string, keepSessionHash: string | null, ctx: ChangeContext): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: changedAt(ctx) }).where('id', '=', userId).execute();
    let q = trx.deleteFrom('sessions').where('user_id', '=', userId);
    if (keepSessionHash !== null) q = q.where('id_hash', '!=', keepSessionHash);
    await q.execute();
    await writeAudit(trx, { action: 'user.password', entity: 'user', entityId: userId }, ctx);
  });
}

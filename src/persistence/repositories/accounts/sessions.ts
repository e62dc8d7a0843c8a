/**
 * @module Web sessions: the row is keyed by the SHA-256 of the cookie's secret
 * (the secret itself is never stored) and carries the CSRF token of that
 * session. Signing in and out are audited.
 */
import type { ChangeContext, Executor } from '../../database.js';
import { decodeDate, encodeDate } from '../../codecs.js';
import { changedAt } from '../clock.js';
import { inTransaction } from '../../transaction.js';
import { writeAudit } from '../audit/write-audit.js';
import { userFromRow, type UserWithHash } from './users.js';

export interface NewSession {
  readonly idHash: string;
  readonly userId: number;
  readonly csrfToken: string;
  readonly expiresAt: Date;
  readonly userAgent: string | null;
  readonly ip: string | null;
}

export interface StoredSession {
  readonly idHash: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
  readonly user: UserWithHash;
}

export async function createSession(db: Executor, s: NewSession, ctx: ChangeContext): Promise<void> {
  await inTransaction(db, async (trx) => {
    const at = changedAt(ctx);
    await trx
      .insertInto('sessions')
      .values({
        id_hash: s.idHash,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        created_at: at,
        last_seen_at: at,
        expires_at: encodeDate(s.expiresAt),
        user_agent: s.userAgent?.slice(0, 300) ?? null,
        ip: s.ip,
      })
      .execute();
    await writeAudit(trx, { action: 'user.signin', entity: 'user', entityId: s.userId, after: { ip: s.ip } }, ctx);
  });
}

/** The live session with this id hash, or undefined when absent or expired. */
export async function findSession(db: Executor, idHash: string, now: Date = new Date()): Promise<StoredSession | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.id_hash', 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const expiresAt = decodeDate(row.expires_at);
  if (expiresAt.getTime() <= now.getTime()) return undefined;
  return { idHash: row.id_hash, csrfToken: row.csrf_token, expiresAt, user: userFromRow(row) };
}

export async function deleteSession(db: Executor, idHash: string, userId: number, ctx: ChangeContext): Promise<void> {
  await inTransaction(db, async (trx) => {
    const gone = await trx.deleteFrom('sessions').where('id_hash', '=', idHash).executeTakeFirst();
    if (Number(gone.numDeletedRows) > 0) await writeAudit(trx, { action: 'user.signout', entity: 'user', entityId: userId }, ctx);
  });
}

/** Removes expired sessions (housekeeping, not audited). */
export async function deleteExpiredSessions(db: Executor, now: Date = new Date()): Promise<number> {
  const r = await db.deleteFrom('sessions').where('expires_at', '<=', encodeDate(now)).executeTakeFirst();
  return Number(r.numDeletedRows);
}

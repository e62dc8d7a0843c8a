/**
 * @module API tokens for `Authorization: Bearer`: stored as SHA-256 digests,
 * scoped like users (role + agency), created with an audit row.
 */
import type { UserRole } from '../../tables/users.table.js';
import type { ChangeContext, Executor } from '../../database.js';
import { decodeDate, decodeNullableDate, encodeDate } from '../../codecs.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { writeAudit } from '../audit/write-audit.js';
import { userFromRow, type UserWithHash } from './users.js';

export interface NewApiToken {
  readonly name: string;
  readonly tokenHash: string;
  readonly userId: number;
  readonly role: UserRole;
  readonly scopeAgencyId: number | null;
  readonly expiresAt?: Date | null;
}

export interface StoredApiToken {
  readonly id: number;
  readonly name: string;
  readonly role: UserRole;
  readonly scopeAgencyId: number | null;
  readonly lastUsedAt: Date | null;
  readonly user: UserWithHash;
}

export async function createApiToken(db: Executor, t: NewApiToken, ctx: ChangeContext): Promise<number> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('api_tokens')
      .values({
        name: t.name,
        token_hash: t.tokenHash,
        user_id: t.userId,
        role: t.role,
        scope_agency_id: t.scopeAgencyId,
        created_at: changedAt(ctx),
        expires_at: t.expiresAt ? encodeDate(t.expiresAt) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(
      trx,
      { action: 'api_token.create', entity: 'api_token', entityId: row.id, after: { name: t.name, userId: t.userId, role: t.role, scopeAgencyId: t.scopeAgencyId } },
      ctx,
    );
    return row.id;
  });
}

/** The live (not revoked, not expired) token with this digest, with its owner. */
export async function findApiToken(db: Executor, tokenHash: string, now: Date = new Date()): Promise<StoredApiToken | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.name as token_name',
      'api_tokens.role as token_role',
      'api_tokens.scope_agency_id as token_scope',
      'api_tokens.expires_at as token_expires_at',
      'api_tokens.revoked_at as token_revoked_at',
      'api_tokens.last_used_at as token_last_used_at',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || row.token_revoked_at !== null) return undefined;
  const expires = decodeNullableDate(row.token_expires_at);
  if (expires && expires.getTime() <= now.getTime()) return undefined;
  return {
    id: row.token_id,
    name: row.token_name,
    role: row.token_role,
    scopeAgencyId: row.token_scope,
    lastUsedAt: decodeNullableDate(row.token_last_used_at),
    user: userFromRow(row),
  };
}

/** Notes when a token was last used (bookkeeping, not audited). */
export async function touchApiToken(db: Executor, id: number, now: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: encodeDate(now) }).where('id', '=', id).execute();
}

export interface ApiTokenInfo {
  readonly id: number;
  readonly name: string;
  readonly role: UserRole;
  readonly scopeAgencyId: number | null;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revoked: boolean;
}

/** A user's tokens, newest first (never the token itself: only its digest is stored). */
export async function listApiTokens(db: Executor, userId: number): Promise<ApiTokenInfo[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    scopeAgencyId: r.scope_agency_id,
    createdAt: decodeDate(r.created_at),
    lastUsedAt: decodeNullableDate(r.last_used_at),
    revoked: r.revoked_at !== null,
  }));
}

/** Revokes one of a user's tokens (audited); false when there was no such live token. */
export async function revokeApiToken(db: Executor, userId: number, tokenId: number, ctx: ChangeContext): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const r = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: changedAt(ctx) })
      .where('id', '=', tokenId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    const done = Number(r.numUpdatedRows) > 0;
    if (done) await writeAudit(trx, { action: 'api_token.revoke', entity: 'api_token', entityId: tokenId }, ctx);
    return done;
  });
}

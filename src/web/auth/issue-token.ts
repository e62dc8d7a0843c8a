/**
 * @module Issuing an API token for a user: 32 random bytes shown once, only
 * the SHA-256 stored, scoped like the user (or narrower), audited.
 */
import type { ChangeContext, Executor } from '../../persistence/database.js';
import { createApiToken } from '../../persistence/repositories/accounts/api-tokens.js';
import type { User, UserRole } from '../../persistence/repositories/accounts/users.js';
import { randomSecret, sha256 } from './secrets.js';

export interface TokenRequest {
  readonly name: string;
  /** Defaults to the user's role; never more than it (enforced on use). */
  readonly role?: UserRole;
  readonly scopeAgencyId?: number | null;
  readonly expiresAt?: Date | null;
}

/** The token in clear text: give it to the user once; it cannot be recovered. */
export async function issueApiToken(db: Executor, user: User, req: TokenRequest, ctx: ChangeContext): Promise<string> {
  const token = `gk_${randomSecret()}`;
  await createApiToken(
    db,
    {
      name: req.name,
      tokenHash: sha256(token),
      userId: user.id,
      role: req.role ?? user.role,
      scopeAgencyId: req.scopeAgencyId ?? user.scopeAgencyId,
      expiresAt: req.expiresAt ?? null,
    },
    ctx,
  );
  return token;
}

/**
 * @module The `api_tokens` table (sketch for the API part: no repository yet).
 * Tokens are scoped like users.
 */
import type { Selectable } from 'kysely';
import type { UserRole } from './users.table.js';
import type { Id, NullableTimestamp, Timestamp } from './column-types.js';

export interface ApiTokensTable {
  id: Id;
  name: string;
  /** SHA-256 of the token; the token is shown once and never stored. */
  token_hash: string;
  /** The user who created it. */
  user_id: number;
  role: UserRole;
  scope_agency_id: number | null;
  created_at: Timestamp;
  expires_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export type ApiTokenRow = Selectable<ApiTokensTable>;

/**
 * @module The `sessions` table (sketch for the web part: no repository yet).
 */
import type { Selectable } from 'kysely';
import type { Timestamp } from './column-types.js';

export interface SessionsTable {
  /** SHA-256 of the session cookie's secret; the secret itself is never stored. */
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  user_agent: string | null;
  ip: string | null;
}

export type SessionRow = Selectable<SessionsTable>;

/**
 * @module The `users` table (sketch for the web part: no repository yet).
 */
import type { Selectable } from 'kysely';
import type { BooleanColumn, Id, Timestamp } from './column-types.js';

export type UserRole = 'admin' | 'supervisor' | 'clerk';

export interface UsersTable {
  id: Id;
  /** Sign-in name, unique. */
  login: string;
  display_name: string;
  /** A memory-hard hash in PHC string form (`$argon2id$…` or `$scrypt$…`). */
  password_hash: string;
  role: UserRole;
  /** Supervisor: the subtree's root; clerk: the agency. Null for administrators. */
  scope_agency_id: number | null;
  disabled: BooleanColumn;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type UserRow = Selectable<UsersTable>;

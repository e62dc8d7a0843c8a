/**
 * @module Migration: users, sessions and API tokens, ready for the web and API
 * work (no repositories use them yet).
 *
 * IMMUTABLE once merged: change the schema with a new migration.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { columnKit } from './column-kit.js';

export const createAccounts: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const k = columnKit(db);

    await k
      .id(db.schema.createTable('users'))
      .addColumn('login', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('scope_agency_id', 'integer', (c) => c.references('agencies.id').onDelete('restrict'))
      .addColumn('disabled', k.boolean, (c) => c.notNull())
      .addColumn('created_at', k.timestamp, (c) => c.notNull())
      .addColumn('updated_at', k.timestamp, (c) => c.notNull())
      .addCheckConstraint('users_role_check', sql`role in ('admin', 'supervisor', 'clerk')`)
      .addCheckConstraint('users_scope_check', sql`(role = 'admin') = (scope_agency_id is null)`)
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', k.timestamp, (c) => c.notNull())
      .addColumn('last_seen_at', k.timestamp, (c) => c.notNull())
      .addColumn('expires_at', k.timestamp, (c) => c.notNull())
      .addColumn('user_agent', 'text')
      .addColumn('ip', 'text')
      .execute();
    await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

    await k
      .id(db.schema.createTable('api_tokens'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('scope_agency_id', 'integer', (c) => c.references('agencies.id').onDelete('restrict'))
      .addColumn('created_at', k.timestamp, (c) => c.notNull())
      .addColumn('expires_at', k.timestamp)
      .addColumn('last_used_at', k.timestamp)
      .addColumn('revoked_at', k.timestamp)
      .addCheckConstraint('api_tokens_role_check', sql`role in ('admin', 'supervisor', 'clerk')`)
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    for (const t of ['api_tokens', 'sessions', 'users']) await db.schema.dropTable(t).execute();
  },
};

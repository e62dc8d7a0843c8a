/**
 * @module Migration: each agency carries a `version`, raised by every change of its name, level,
 * credit code, aliases or place in the tree, so a form or an API client that read an older
 * version is refused (CONFLICT) instead of overwriting a change it never saw.
 *
 * IMMUTABLE once merged: change the schema with a new migration.
 */
import type { Kysely, Migration } from 'kysely';

export const agencyVersions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('agencies').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('agencies').dropColumn('version').execute();
  },
};

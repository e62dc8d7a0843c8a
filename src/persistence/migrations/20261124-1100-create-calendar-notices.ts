/**
 * @module Migration: holiday notices an administrator loaded (`gongkai calendar
 * load`), one row per version of each year's national notice or regional
 * overlay. The notices shipped with gongkai are not stored: they are code.
 *
 * IMMUTABLE once merged: change the schema with a new migration.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { columnKit } from './column-kit.js';

export const createCalendarNotices: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const k = columnKit(db);
    await k
      .id(db.schema.createTable('calendar_notices'))
      .addColumn('kind', 'text', (c) => c.notNull())
      /** The region of an overlay; '' for a national notice. */
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('document', k.json, (c) => c.notNull())
      .addColumn('loaded_at', k.timestamp, (c) => c.notNull())
      .addColumn('loaded_by', 'text', (c) => c.notNull())
      .addCheckConstraint('calendar_notices_kind_check', sql`kind in ('national', 'regional')`)
      .addCheckConstraint('calendar_notices_region_check', sql`(kind = 'national') = (region = '')`)
      .addCheckConstraint('calendar_notices_version_check', sql`version >= 1`)
      .addUniqueConstraint('calendar_notices_version_uq', ['kind', 'region', 'year', 'version'])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('calendar_notices').execute();
  },
};

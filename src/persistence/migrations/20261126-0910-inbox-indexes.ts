/**
 * @module Migration: the inbox reads each kind of open clock through its own
 * partial index, in exactly the order it lists them — running cases by
 * deadline, paused ones by their frozen days left, stopped ones (waiting for a
 * correction) by case — so a page is the first rows of one index range, with
 * no sort, however many cases are open; and the closed cases (nearly all of
 * them, more every year) are in none of these indexes. They replace
 * `case_projections_inbox_idx` (agency, clock, deadline, frozen days, case),
 * whose order put the frozen days between the deadline and the case, so both
 * engines sorted every open case of a kind for each page.
 *
 * The queries must name the clock as a literal (`clock_state = 'running'`), not
 * a parameter: a prepared statement can use a partial index only when its
 * WHERE clause implies the index's.
 *
 * IMMUTABLE once merged: change the schema with a new migration.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const inboxIndexes: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex('case_projections_running_idx')
      .on('case_projections')
      .columns(['agency_id', 'deadline', 'case_id'])
      .where(sql.ref('clock_state'), '=', 'running')
      .execute();
    await db.schema
      .createIndex('case_projections_paused_idx')
      .on('case_projections')
      .columns(['agency_id', 'paused_remaining', 'case_id'])
      .where(sql.ref('clock_state'), '=', 'paused')
      .execute();
    await db.schema
      .createIndex('case_projections_stopped_idx')
      .on('case_projections')
      .columns(['agency_id', 'case_id'])
      .where(sql.ref('clock_state'), '=', 'stopped')
      .execute();
    await db.schema.dropIndex('case_projections_inbox_idx').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex('case_projections_inbox_idx')
      .on('case_projections')
      .columns(['agency_id', 'clock_state', 'deadline', 'paused_remaining', 'case_id'])
      .execute();
    for (const name of ['case_projections_running_idx', 'case_projections_paused_idx', 'case_projections_stopped_idx']) await db.schema.dropIndex(name).execute();
  },
};

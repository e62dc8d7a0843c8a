/**
 * @module Migration: a report version may be `generated` — computed from the
 * agency's cases, its review register and its Table-2 entries — besides
 * `parse`, `reparse` and `correction`.
 *
 * PostgreSQL swaps the check constraint. SQLite cannot alter a constraint, so
 * `report_versions` and `corrections` (which refers to it) are rebuilt with
 * their rows: copy into new tables, drop the old ones (child first, so no
 * foreign key is ever broken), rename. Renaming updates the foreign keys of
 * other tables that name the new table; tables that name `report_versions`
 * refer to the rebuilt one once it takes the name.
 *
 * IMMUTABLE once merged: change the schema with a new migration.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { columnKit } from './column-kit.js';

const WITH_GENERATED = sql`kind in ('parse', 'reparse', 'correction', 'generated')`;
const WITHOUT_GENERATED = sql`kind in ('parse', 'reparse', 'correction')`;

async function rebuildSqlite(db: Kysely<unknown>, kindCheck: typeof WITH_GENERATED): Promise<void> {
  const k = columnKit(db);
  await db.schema
    .createTable('report_versions_rebuilt')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('restrict'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parser_version', 'text', (c) => c.notNull())
    .addColumn('model', k.json, (c) => c.notNull())
    .addColumn('findings', k.json, (c) => c.notNull())
    .addColumn('created_at', k.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_versions_pk', ['report_id', 'version'])
    .addCheckConstraint('report_versions_kind_check', kindCheck)
    .execute();
  await sql`insert into report_versions_rebuilt (report_id, version, kind, parser_version, model, findings, created_at, created_by)
    select report_id, version, kind, parser_version, model, findings, created_at, created_by from report_versions`.execute(db);

  await k
    .id(db.schema.createTable('corrections_rebuilt'))
    .addColumn('report_id', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('old_value', k.json)
    .addColumn('new_value', k.json)
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', k.timestamp, (c) => c.notNull())
    .addForeignKeyConstraint('corrections_version_fk', ['report_id', 'version'], 'report_versions_rebuilt', ['report_id', 'version'])
    .addCheckConstraint('corrections_reason_check', sql`length(reason) > 0`)
    .execute();
  await sql`insert into corrections_rebuilt (id, report_id, version, path, old_value, new_value, reason, actor, at)
    select id, report_id, version, path, old_value, new_value, reason, actor, at from corrections`.execute(db);

  await db.schema.dropTable('corrections').execute();
  await db.schema.dropTable('report_versions').execute();
  await db.schema.alterTable('report_versions_rebuilt').renameTo('report_versions').execute();
  await db.schema.alterTable('corrections_rebuilt').renameTo('corrections').execute();
  await db.schema.createIndex('corrections_report_idx').on('corrections').columns(['report_id', 'version']).execute();
}

async function swapPostgres(db: Kysely<unknown>, kindCheck: typeof WITH_GENERATED): Promise<void> {
  await db.schema.alterTable('report_versions').dropConstraint('report_versions_kind_check').execute();
  await db.schema.alterTable('report_versions').addCheckConstraint('report_versions_kind_check', kindCheck).execute();
}

export const generatedReportVersions: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    if (columnKit(db).engine === 'sqlite') await rebuildSqlite(db, WITH_GENERATED);
    else await swapPostgres(db, WITH_GENERATED);
  },

  /** Fails while generated versions exist: they have no kind to go back to. */
  async down(db: Kysely<unknown>): Promise<void> {
    if (columnKit(db).engine === 'sqlite') await rebuildSqlite(db, WITHOUT_GENERATED);
    else await swapPostgres(db, WITHOUT_GENERATED);
  },
};

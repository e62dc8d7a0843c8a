/**
 * @module Migration: the report registry — agencies, original files, reports,
 * their versions, corrections and the audit log.
 *
 * IMMUTABLE once merged: change the schema with a new migration.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { columnKit } from './column-kit.js';

export const createRegistry: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const k = columnKit(db);

    await k
      .id(db.schema.createTable('agencies'))
      .addColumn('parent_id', 'integer', (c) => c.references('agencies.id').onDelete('restrict'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('uscc', 'text', (c) => c.unique())
      .addColumn('aliases', k.json, (c) => c.notNull())
      .addColumn('created_at', k.timestamp, (c) => c.notNull())
      .addColumn('updated_at', k.timestamp, (c) => c.notNull())
      .addCheckConstraint('agencies_level_check', sql`level in ('province', 'city', 'county', 'department', 'township')`)
      .addCheckConstraint('agencies_name_check', sql`length(name) > 0`)
      .execute();
    await db.schema.createIndex('agencies_parent_id_idx').on('agencies').column('parent_id').execute();
    // Siblings have distinct names; roots count as siblings (coalesce: NULLs are distinct in unique indexes).
    await db.schema
      .createIndex('agencies_parent_name_uq')
      .on('agencies')
      .unique()
      .expression(sql`coalesce(parent_id, 0), name`)
      .execute();

    await db.schema
      .createTable('files')
      .addColumn('sha256', 'text', (c) => c.primaryKey())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('input_type', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('first_seen_at', k.timestamp, (c) => c.notNull())
      .addColumn('content', k.bytes, (c) => c.notNull())
      .addCheckConstraint('files_sha256_check', sql`length(sha256) = 64`)
      .execute();

    await k
      .id(db.schema.createTable('reports'))
      .addColumn('file_sha256', 'text', (c) => c.notNull().unique().references('files.sha256').onDelete('restrict'))
      .addColumn('agency_id', 'integer', (c) => c.references('agencies.id').onDelete('restrict'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('agency_name', 'text')
      .addColumn('year', 'integer')
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('source_name', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', k.timestamp, (c) => c.notNull())
      .addColumn('updated_at', k.timestamp, (c) => c.notNull())
      .addCheckConstraint('reports_status_check', sql`status in ('unmatched', 'matched')`)
      .addCheckConstraint('reports_status_agency_check', sql`(status = 'matched') = (agency_id is not null)`)
      .addCheckConstraint('reports_format_check', sql`format in ('2019', '2021')`)
      .addCheckConstraint('reports_version_check', sql`version >= 1`)
      .execute();
    await db.schema.createIndex('reports_agency_year_idx').on('reports').columns(['agency_id', 'year']).execute();
    await db.schema.createIndex('reports_status_idx').on('reports').column('status').execute();

    await db.schema
      .createTable('report_versions')
      .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('restrict'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('parser_version', 'text', (c) => c.notNull())
      .addColumn('model', k.json, (c) => c.notNull())
      .addColumn('findings', k.json, (c) => c.notNull())
      .addColumn('created_at', k.timestamp, (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('report_versions_pk', ['report_id', 'version'])
      .addCheckConstraint('report_versions_kind_check', sql`kind in ('parse', 'reparse', 'correction')`)
      .execute();

    await k
      .id(db.schema.createTable('corrections'))
      .addColumn('report_id', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('old_value', k.json)
      .addColumn('new_value', k.json)
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('at', k.timestamp, (c) => c.notNull())
      .addForeignKeyConstraint('corrections_version_fk', ['report_id', 'version'], 'report_versions', ['report_id', 'version'])
      .addCheckConstraint('corrections_reason_check', sql`length(reason) > 0`)
      .execute();
    await db.schema.createIndex('corrections_report_idx').on('corrections').columns(['report_id', 'version']).execute();

    await k
      .id(db.schema.createTable('audit_log'))
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('before', k.json)
      .addColumn('after', k.json)
      .addColumn('at', k.timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity', 'entity_id']).execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    for (const t of ['audit_log', 'corrections', 'report_versions', 'reports', 'files', 'agencies']) {
      await db.schema.dropTable(t).execute();
    }
  },
};

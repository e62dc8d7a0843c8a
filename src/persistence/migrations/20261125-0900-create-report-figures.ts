/**
 * @module Migration: `report_figures`, the figures of a report version (format, publication
 * date, every table cell as a flat JSON array, a summary of its findings) that the analyses read
 * instead of whole models. Derived data: filled when first needed, recomputed when its layout
 * changes; versions never change, so a row never goes stale otherwise.
 *
 * IMMUTABLE once merged: change the schema with a new migration.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const createReportFigures: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('report_figures')
      .addColumn('report_id', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('layout', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text')
      .addColumn('cells', 'text', (c) => c.notNull())
      .addColumn('errors', 'integer', (c) => c.notNull())
      .addColumn('warnings', 'integer', (c) => c.notNull())
      .addColumn('error_rules', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('report_figures_pk', ['report_id', 'version'])
      .addForeignKeyConstraint('report_figures_version_fk', ['report_id', 'version'], 'report_versions', ['report_id', 'version'], (fk) => fk.onDelete('cascade'))
      .addCheckConstraint('report_figures_format_check', sql`format in ('2019', '2021')`)
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('report_figures').execute();
  },
};

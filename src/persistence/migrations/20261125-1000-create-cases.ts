/**
 * @module Migration: disclosure on application (依申请公开) — cases and their
 * events, the applicant's personal data apart, attachments, the projection the
 * queries read, the reconsideration/litigation register and the Table-2
 * entries a clerk keeps through the year (docs/decisions/0081).
 *
 * Days are `YYYY-MM-DD` text on both engines: they compare and sort as dates,
 * and no driver turns them into a timestamp in some time zone.
 *
 * IMMUTABLE once merged: change the schema with a new migration.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { columnKit } from './column-kit.js';

const APPLICANT_KINDS = sql`('naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg')`;

export const createCases: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const k = columnKit(db);

    // The last case number serial given out per agency and year (依申第N号).
    await db.schema
      .createTable('case_number_counters')
      .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id').onDelete('restrict'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('last_serial', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('case_number_counters_pk', ['agency_id', 'year'])
      .execute();

    await k
      .id(db.schema.createTable('cases'))
      .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id').onDelete('restrict'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('serial', 'integer', (c) => c.notNull())
      .addColumn('case_number', 'text', (c) => c.notNull())
      /** SHA-256 (hex) of the applicant's lookup code; the code itself is never stored. */
      .addColumn('lookup_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', k.timestamp, (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addUniqueConstraint('cases_number_uq', ['agency_id', 'year', 'serial'])
      .addCheckConstraint('cases_serial_check', sql`serial >= 1`)
      .execute();

    // Personal data, only here: never in events, audit rows or logs.
    await db.schema
      .createTable('case_applicants')
      .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id').onDelete('restrict'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('id_type', 'text', (c) => c.notNull())
      .addColumn('id_number', 'text', (c) => c.notNull())
      .addColumn('phone', 'text')
      .addColumn('email', 'text')
      .addColumn('address', 'text')
      .addCheckConstraint('case_applicants_kind_check', sql`kind in ${APPLICANT_KINDS}`)
      .execute();

    // The truth: events, only ever appended.
    await db.schema
      .createTable('case_events')
      .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('restrict'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('payload', k.json, (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('created_at', k.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('case_events_pk', ['case_id', 'seq'])
      .addCheckConstraint('case_events_seq_check', sql`seq >= 1`)
      .addCheckConstraint('case_events_day_check', sql`length(day) = 10`)
      .execute();

    await k
      .id(db.schema.createTable('case_attachments'))
      .addColumn('case_id', 'integer', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('file_sha256', 'text', (c) => c.notNull().references('files.sha256').onDelete('restrict'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', k.timestamp, (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addForeignKeyConstraint('case_attachments_event_fk', ['case_id', 'seq'], 'case_events', ['case_id', 'seq'])
      .addCheckConstraint('case_attachments_name_check', sql`length(name) > 0`)
      .execute();
    await db.schema.createIndex('case_attachments_event_idx').on('case_attachments').columns(['case_id', 'seq']).execute();

    // Derived from the events by foldCase, in the same transaction as each append.
    await db.schema
      .createTable('case_projections')
      .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id').onDelete('restrict'))
      .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id').onDelete('restrict'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('applicant_kind', 'text', (c) => c.notNull())
      .addColumn('received_day', 'text', (c) => c.notNull())
      .addColumn('received_year', 'integer', (c) => c.notNull())
      /** running | paused | stopped | closed: the answer clock. */
      .addColumn('clock_state', 'text', (c) => c.notNull())
      /** The answer deadline while the clock runs. */
      .addColumn('deadline', 'text')
      /** Working days left, frozen, while the clock is paused (negative once overdue). */
      .addColumn('paused_remaining', 'integer')
      .addColumn('waiting_kind', 'text')
      .addColumn('waiting_due', 'text')
      .addColumn('closed_day', 'text')
      .addColumn('closed_year', 'integer')
      .addColumn('outcome', 'text')
      .addColumn('closed_late', k.boolean, (c) => c.notNull())
      /** The Table-3 row the case counts in for the year it closed (in that year's format). */
      .addColumn('t3_row', 'text')
      /** Working days from receipt to the decision; null for cases closed otherwise (withdrawn, abandoned). */
      .addColumn('answer_workdays', 'integer')
      .addColumn('fee_yuan', 'integer')
      .addColumn('fee_paid_day', 'text')
      .addColumn('event_count', 'integer', (c) => c.notNull())
      .addColumn('last_event_day', 'text', (c) => c.notNull())
      .addColumn('updated_at', k.timestamp, (c) => c.notNull())
      .addCheckConstraint('case_projections_clock_check', sql`clock_state in ('running', 'paused', 'stopped', 'closed')`)
      .addCheckConstraint('case_projections_kind_check', sql`applicant_kind in ${APPLICANT_KINDS}`)
      .addCheckConstraint(
        'case_projections_closed_check',
        sql`(closed_day is null) = (outcome is null) and (closed_day is null) = (t3_row is null) and (closed_day is null) = (closed_year is null)`,
      )
      .execute();
    // Table 3 and the statistics: the GROUP BYs read an agency's rows in index order (no table access,
    // no sort): by receipt year for Table 3, by closing year for the answers.
    await db.schema
      .createIndex('case_projections_table3_idx')
      .on('case_projections')
      .columns(['agency_id', 'received_year', 'closed_year', 'applicant_kind', 't3_row'])
      .execute();
    await db.schema
      .createIndex('case_projections_answers_idx')
      .on('case_projections')
      .columns(['agency_id', 'closed_year', 'closed_late', 'answer_workdays'])
      .execute();
    // Fees paid in a year (few cases have one).
    await db.schema
      .createIndex('case_projections_fee_idx')
      .on('case_projections')
      .columns(['agency_id', 'fee_paid_day', 'fee_yuan'])
      .where(sql.ref('fee_paid_day'), 'is not', null)
      .execute();
    // The inbox: open cases by clock, in deadline (or frozen remainder) order.
    await db.schema
      .createIndex('case_projections_inbox_idx')
      .on('case_projections')
      .columns(['agency_id', 'clock_state', 'deadline', 'paused_remaining', 'case_id'])
      .execute();

    await k
      .id(db.schema.createTable('review_entries'))
      .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id').onDelete('restrict'))
      .addColumn('case_id', 'integer', (c) => c.references('cases.id').onDelete('restrict'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('filed_on', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text')
      .addColumn('decided_on', 'text')
      /** 案号 or 决定书文号, as people write it. */
      .addColumn('reference', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', k.timestamp, (c) => c.notNull())
      .addColumn('updated_at', k.timestamp, (c) => c.notNull())
      .addCheckConstraint('review_entries_kind_check', sql`kind in ('reconsideration', 'litigationDirect', 'litigationAfterReconsideration')`)
      .addCheckConstraint('review_entries_outcome_check', sql`outcome is null or outcome in ('upheld', 'corrected', 'other')`)
      .addCheckConstraint('review_entries_decided_check', sql`(outcome is null) = (decided_on is null) and (decided_on is null or decided_on >= filed_on)`)
      .execute();
    await db.schema.createIndex('review_entries_agency_idx').on('review_entries').columns(['agency_id', 'filed_on']).execute();
    await db.schema.createIndex('review_entries_case_idx').on('review_entries').column('case_id').execute();

    await db.schema
      .createTable('table2_entries')
      .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id').onDelete('restrict'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull())
      /** A decimal number as text (amounts keep every digit given). */
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', k.timestamp, (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('table2_entries_pk', ['agency_id', 'year', 'path'])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    for (const t of ['table2_entries', 'review_entries', 'case_projections', 'case_attachments', 'case_events', 'case_applicants', 'cases', 'case_number_counters']) {
      await db.schema.dropTable(t).execute();
    }
  },
};

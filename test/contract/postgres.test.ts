/**
 * The persistence contract against PostgreSQL, when a server answers
 * (`TEST_DATABASE_URL`, or postgres://postgres@127.0.0.1:5432/test). Each case
 * runs in a schema of its own that is dropped afterwards. With
 * GONGKAI_REQUIRE_POSTGRES set (CI, where PostgreSQL is installed), an
 * unreachable server fails the run instead of skipping it.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { knownMigrations, migrateToLatest } from '../../src/persistence/migrate.js';
import { persistenceContract } from './persistence.case.js';
import { calendarContract } from './calendar.case.js';
import { casesContract } from './cases.case.js';
import { casesReportContract } from './cases-report.case.js';
import { analysisContract } from './analysis.case.js';
import { openInFreshSchema, postgresAvailable, POSTGRES_TEST_URL } from './postgres-test-db.js';

const available = await postgresAvailable();

if (available) {
  const openPostgres = async (options?: { migrate?: boolean }) => {
    const opened = await openInFreshSchema(options);
    return { db: opened.db, engine: opened.engine, schema: opened.schema, close: opened.close };
  };
  persistenceContract('postgres', openPostgres);
  calendarContract('postgres', openPostgres);
  casesContract('postgres', openPostgres);
  casesReportContract('postgres', openPostgres);

  describe('migrations: postgres schemas', () => {
    it('keeps the history of each schema apart: a migrated schema beside a fresh one changes nothing for it', async () => {
      const first = await openInFreshSchema();
      try {
        const second = await openInFreshSchema({ migrate: false });
        try {
          expect(await migrateToLatest(second.db)).toEqual(knownMigrations());
          expect(await migrateToLatest(first.db)).toEqual([]);
        } finally {
          await second.close();
        }
      } finally {
        await first.close();
      }
    });
  });
  describe('migrations beside other schemas', () => {
    it('migrates a fresh schema while another schema of the database holds kysely’s tables (a parallel run)', async () => {
      const other = await openInFreshSchema({ migrate: false });
      try {
        await sql`create table kysely_migration_lock (id varchar(255) primary key, is_locked integer not null default 0)`.execute(other.db);
        const fresh = await openInFreshSchema();
        const tables = await sql<{ n: string }>`select count(*) as n from information_schema.tables where table_schema = ${fresh.schema} and table_name like 'kysely_%'`.execute(fresh.db);
        await fresh.close();
        expect(Number(tables.rows[0]!.n)).toBe(2);
      } finally {
        await other.close();
      }
    });
  });
  analysisContract('postgres', openPostgres);
} else if (process.env['GONGKAI_REQUIRE_POSTGRES']) {
  describe('persistence contract: postgres', () => {
    it('is required here (GONGKAI_REQUIRE_POSTGRES) but no server answers', () => {
      expect.fail(`PostgreSQL not reachable at ${POSTGRES_TEST_URL}`);
    });
  });
} else {
  describe('persistence contract: postgres', () => {
    it.skip(`PostgreSQL not reachable at ${POSTGRES_TEST_URL.replace(/:[^:@/]*@/, ':***@')}; set TEST_DATABASE_URL to run`, () => undefined);
  });
}

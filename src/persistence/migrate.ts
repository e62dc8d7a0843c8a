/**
 * @module Bringing a database's schema up to date with the one migration history.
 * The kysely Migrator records what ran in `kysely_migration` and takes a lock, so
 * two processes opening the same fresh database do not both migrate it.
 *
 * On PostgreSQL the Migrator is told the schema in use (`current_schema()`): it
 * otherwise takes a `kysely_migration_lock` in *any* schema of the database for
 * its own, and then cannot find it through `search_path`.
 */
import { Migrator, NO_MIGRATIONS, sql, type Kysely, type MigrationResult } from 'kysely';
import { GongkaiError } from '../domain/shared/errors.js';
import { engineOf } from './engine.js';
import { MIGRATIONS } from './migrations/index.js';

async function migrator<T>(db: Kysely<T>): Promise<Migrator> {
  const schema = engineOf(db) === 'postgres' ? (await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : null;
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

function settle(error: unknown, results: readonly MigrationResult[] | undefined): string[] {
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const what = failed ? `迁移 ${failed} 失败` : '无法读取迁移记录';
    const whatEn = failed ? `migration ${failed} failed` : 'cannot read the migration history';
    const detail = error instanceof Error ? error.message : String(error);
    throw new GongkaiError('DB_MIGRATION', { zh: `数据库结构无法更新：${what}（${detail}）。`, en: `Cannot update the database schema: ${whatEn} (${detail}).` }, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Runs every pending migration; returns the names that ran. Throws DB_MIGRATION. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  const { error, results } = await (await migrator(db)).migrateToLatest();
  return settle(error, results);
}

/** Migrates up or down to a named migration, or to nothing at all (`null`). For tests and repairs. */
export async function migrateTo<T>(db: Kysely<T>, target: string | null): Promise<string[]> {
  const { error, results } = await (await migrator(db)).migrateTo(target ?? NO_MIGRATIONS);
  return settle(error, results);
}

/** Names of every migration this code knows, in order. */
export function knownMigrations(): string[] {
  return Object.keys(MIGRATIONS).sort();
}

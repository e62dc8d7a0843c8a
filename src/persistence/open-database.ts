/**
 * @module Opening the database: the SQLite file is created (with its directory)
 * and both engines are migrated to the latest schema on open, unless asked not to.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, sql } from 'kysely';
import { GongkaiError } from '../domain/shared/errors.js';
import type { Database, Db } from './database.js';
import { redactUrl, resolveDatabaseConfig, type DatabaseChoice, type DatabaseConfig } from './database-config.js';
import { createSqliteDialect } from './dialects/sqlite.js';
import { createPostgresDialect, createPostgresPool } from './dialects/postgres.js';
import type { Engine } from './engine.js';
import { migrateToLatest } from './migrate.js';

export interface OpenedDatabase {
  readonly db: Db;
  readonly engine: Engine;
  /** The file path, or the URL without its password. */
  readonly location: string;
  /** Migrations that ran while opening. */
  readonly migrated: readonly string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Run pending migrations (default true). */
  readonly migrate?: boolean;
}

function unavailable(location: string, e: unknown): GongkaiError {
  const detail = e instanceof Error ? e.message : String(e);
  return new GongkaiError(
    'DB_UNAVAILABLE',
    { zh: `无法打开数据库 ${location}（${detail}）。`, en: `Cannot open the database ${location} (${detail}).` },
    { cause: e },
  );
}

export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<OpenedDatabase> {
  let db: Db;
  let location: string;
  if (config.engine === 'sqlite') {
    location = config.file;
    try {
      if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
      db = new Kysely<Database>({ dialect: createSqliteDialect(config.file) });
    } catch (e) {
      throw unavailable(location, e);
    }
  } else {
    location = redactUrl(config.url);
    const pool = createPostgresPool(config.schema ? { url: config.url, schema: config.schema } : { url: config.url });
    // An idle client's network error must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    db = new Kysely<Database>({ dialect: createPostgresDialect(pool) });
    try {
      await sql`select 1`.execute(db);
    } catch (e) {
      await db.destroy().catch(() => undefined);
      throw unavailable(location, e);
    }
  }
  let migrated: string[] = [];
  if (options.migrate ?? true) {
    try {
      migrated = await migrateToLatest(db);
    } catch (e) {
      await db.destroy().catch(() => undefined);
      throw e;
    }
  }
  return { db, engine: config.engine, location, migrated, close: () => db.destroy() };
}

/** `openDatabase(resolveDatabaseConfig(choice))`: the CLI's and server's way in. */
export function openConfiguredDatabase(choice: DatabaseChoice = {}, options: OpenOptions = {}): Promise<OpenedDatabase> {
  return openDatabase(resolveDatabaseConfig(choice), options);
}

/**
 * @module The embedded engine: one SQLite file through better-sqlite3.
 *
 * - WAL, so readers (the web server, an export) never block the writer;
 * - `synchronous = FULL`: a committed import survives a power cut, not only a crash;
 * - `foreign_keys = ON` (SQLite's default is off);
 * - `busy_timeout`, and every transaction starts with `BEGIN IMMEDIATE`: a second
 *   process (a CLI import while the server runs) waits for the write lock
 *   instead of failing half-way with SQLITE_BUSY;
 * - DDL inside transactions (SQLite supports it; kysely's adapter says it does
 *   not), so a migration either happens completely or not at all;
 * - prepared statements are kept by their SQL text and reused (kysely prepares
 *   every query anew; preparing costs more than running most of our queries).
 *   Kysely runs one query at a time on the connection, so a statement is never
 *   used twice at once.
 */
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from 'kysely';

class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class GongkaiSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

/** Statements kept per database; beyond this many distinct queries the cache starts again. */
const STATEMENT_CACHE_SIZE = 1000;

function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/** Opens (creating when absent) the file and wraps it in a dialect. Throws what better-sqlite3 throws. */
export function createSqliteDialect(file: string): SqliteDialect {
  const database = new BetterSqlite3(file, { timeout: 15_000 });
  try {
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
  } catch (e) {
    database.close();
    throw e;
  }
  return new GongkaiSqliteDialect({ database: withStatementCache(database) });
}

/**
 * PostgreSQL for tests: `TEST_DATABASE_URL`, or the local server CI and this
 * machine run (trust auth). Every database a test opens lives in a schema of
 * its own, created for it and dropped after, so parallel runs never collide.
 * A run that was killed cannot drop its schemas: their names say when and by
 * which process they were made, so the next run drops them (`dropStaleSchemas`).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type OpenedDatabase } from '../../src/persistence/open-database.js';

export const POSTGRES_TEST_URL = process.env['TEST_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test';

/** True when the server answers within `ms`; creates the `test` database when the server has none. */
export async function postgresAvailable(url = POSTGRES_TEST_URL, ms = 1500): Promise<boolean> {
  const tryConnect = async (u: string) => {
    const client = new pg.Client({ connectionString: u, connectionTimeoutMillis: ms });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch (e) {
      return (e as { code?: string }).code === '3D000' ? 'missing' : false;
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  const first = await tryConnect(url);
  if (first !== 'missing') return first;
  // The server is up but the database is not: create it from the maintenance database.
  const u = new URL(url);
  const name = u.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) return false;
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString(), connectionTimeoutMillis: ms });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`).catch((e: { code?: string }) => {
      if (e.code !== '42P04') throw e; // created meanwhile by a parallel run
    });
  } catch {
    return false;
  } finally {
    await admin.end().catch(() => undefined);
  }
  return (await tryConnect(url)) === true;
}

export interface SchemaDatabase extends OpenedDatabase {
  readonly schema: string;
}

/** The prefix of every schema the tests make, and of nothing else. */
export const TEST_SCHEMA_PREFIX = 'gk_test_';
/** `gk_test_<ms since 1970, base 36>_<process id, base 36>_<random>`. */
const TEST_SCHEMA = /^gk_test_([0-9a-z]+)_([0-9a-z]+)_[0-9a-f]+$/;
/** Names given before they said when and by whom: `gk_test_<12 hex>`, `gk_kill_<8 base 36>`. */
const UNDATED_SCHEMA = /^(gk_test_[0-9a-f]{12}|gk_kill_[0-9a-z]{1,8})$/;
const DAY_MS = 86_400_000;

/** A schema name no other test or run uses, saying when and by which process it was made. */
export function freshSchemaName(): string {
  return `${TEST_SCHEMA_PREFIX}${Date.now().toString(36)}_${process.pid.toString(36)}_${randomBytes(4).toString('hex')}`;
}

/** Creates a schema for a test (see `freshSchemaName`) and returns its name; the test drops it (`dropSchema`). */
export async function createFreshSchema(url = POSTGRES_TEST_URL): Promise<string> {
  const schema = freshSchemaName();
  await asAdmin(url, (admin) => admin.query(`create schema ${schema}`));
  return schema;
}

/** Opens the test database inside a new schema; `close()` drops the schema, as does a failure to open it. */
export async function openInFreshSchema(options: { migrate?: boolean } = {}, url = POSTGRES_TEST_URL): Promise<SchemaDatabase> {
  const schema = await createFreshSchema(url);
  let opened: OpenedDatabase;
  try {
    opened = await openDatabase({ engine: 'postgres', url, schema }, options);
  } catch (e) {
    await dropSchema(schema, url);
    throw e;
  }
  return {
    ...opened,
    schema,
    close: async () => {
      try {
        await opened.close();
      } finally {
        await dropSchema(schema, url);
      }
    },
  };
}

export async function dropSchema(schema: string, url = POSTGRES_TEST_URL): Promise<void> {
  await asAdmin(url, (admin) => admin.query(`drop schema if exists ${schema} cascade`));
}

/**
 * Drops the test schemas left by earlier runs that were killed before they could: those made
 * before `startedAt` by a process that is gone (on a server of another host, which cannot tell,
 * those a day old), and those named before names said when (only while no other session uses the
 * database, since an older checkout may be running). Returns the names dropped.
 */
export async function dropStaleSchemas(startedAt: number, url = POSTGRES_TEST_URL): Promise<string[]> {
  const local = ['127.0.0.1', 'localhost', '[::1]', ''].includes(new URL(url).hostname);
  return asAdmin(url, async (admin) => {
    const { rows } = await admin.query<{ name: string; others: number }>(
      `select nspname as name, (select count(*)::int from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()) as others
         from pg_namespace where nspname like 'gk\\_%'`,
    );
    const stale = rows
      .filter(({ name, others }) => {
        const dated = TEST_SCHEMA.exec(name);
        if (dated === null) return UNDATED_SCHEMA.test(name) && others === 0;
        const made = parseInt(dated[1]!, 36);
        return made < startedAt && (local ? !alive(parseInt(dated[2]!, 36)) : made < startedAt - DAY_MS);
      })
      .map((r) => r.name);
    for (const name of stale) await admin.query(`drop schema if exists ${name} cascade`);
    return stale;
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

async function asAdmin<R>(url: string, work: (admin: pg.Client) => Promise<R>): Promise<R> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * PostgreSQL for tests: `TEST_DATABASE_URL`, or the local server CI and this
 * machine run (trust auth). Every database a test opens lives in a schema of
 * its own, created for it and dropped after, so parallel runs never collide.
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

/** Opens the test database inside a new schema; `close()` drops the schema. */
export async function openInFreshSchema(options: { migrate?: boolean } = {}, url = POSTGRES_TEST_URL): Promise<SchemaDatabase> {
  const schema = `gk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const opened = await openDatabase({ engine: 'postgres', url, schema }, options);
  return {
    ...opened,
    schema,
    close: async () => {
      await opened.close();
      await dropSchema(schema, url);
    },
  };
}

export async function dropSchema(schema: string, url = POSTGRES_TEST_URL): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await admin.end();
  }
}

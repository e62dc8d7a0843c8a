/**
 * The test schemas of killed runs are dropped by the next run (`dropStaleSchemas`, called from
 * test/global-setup.ts): only names of the tests' own form, made before the run started by a
 * process that is gone. Skipped when no PostgreSQL answers.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, dropStaleSchemas, freshSchemaName, postgresAvailable, POSTGRES_TEST_URL } from './postgres-test-db.js';

const available = await postgresAvailable();

/** A process id no process has (above Linux's largest). */
const GONE = 4_194_305;

describe.skipIf(!available)('dropStaleSchemas', () => {
  const startedAt = Date.now();
  const before = (startedAt - 60_000).toString(36);
  const made = {
    killed: `gk_test_${before}_${GONE.toString(36)}_0000dead`,
    running: `gk_test_${before}_${process.pid.toString(36)}_0000a11e`,
    later: `gk_test_${(startedAt + 60_000).toString(36)}_${GONE.toString(36)}_0000beef`,
    fresh: freshSchemaName(),
    foreign: `gk_testx_${before}_${GONE.toString(36)}_0000f00d`,
  };
  const exists = async () => {
    const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ nspname: string }>('select nspname from pg_namespace where nspname = any($1)', [Object.values(made)]);
      return new Set(rows.map((r) => r.nspname));
    } finally {
      await client.end();
    }
  };
  afterAll(async () => {
    for (const name of Object.values(made)) await dropSchema(name);
  });

  it('drops the schemas made before the run by a process that is gone, and nothing else', async () => {
    const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
    await client.connect();
    try {
      for (const name of Object.values(made)) await client.query(`create schema ${name}`);
    } finally {
      await client.end();
    }
    expect(await dropStaleSchemas(startedAt)).toContain(made.killed);
    expect(await exists()).toEqual(new Set([made.running, made.later, made.fresh, made.foreign]));
  });
});

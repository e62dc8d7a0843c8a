/**
 * Named prepared statements on PostgreSQL (`src/persistence/dialects/named-statements.ts`):
 * a repeated query is prepared once per connection; nothing inside a transaction is named; a
 * statement whose result columns a migration changed (here from another session, as a second
 * process migrating would) is dropped and the query answers with the new columns; a database
 * migrated down and up again under a running pool keeps answering; with more repeated texts than
 * names, the least recently used names are retired and each connection drops their statements,
 * outside any transaction. Skipped when no PostgreSQL answers (see postgres-test-db.ts).
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDialect, createPostgresPool } from '../../src/persistence/dialects/postgres.js';
import { namingPool, StatementNames } from '../../src/persistence/dialects/named-statements.js';
import { migrateTo, migrateToLatest } from '../../src/persistence/migrate.js';
import { listAgencies } from '../../src/persistence/repositories/agencies/agency-queries.js';
import { createFreshSchema, dropSchema, openInFreshSchema, postgresAvailable, POSTGRES_TEST_URL } from './postgres-test-db.js';

const available = await postgresAvailable();

interface T {
  t: { id: number; a: string };
}

async function asOtherSession(schema: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_TEST_URL, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

describe.skipIf(!available)('named prepared statements on PostgreSQL', () => {
  let schema: string;
  let db: Kysely<T>;
  /** Named statements of the pool's one connection: statement text → name. */
  const prepared = async () => {
    const { rows } = await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(db);
    return new Map(rows.map((r) => [r.statement, r.name]));
  };

  beforeAll(async () => {
    schema = await createFreshSchema();
    db = new Kysely<T>({ dialect: createPostgresDialect(createPostgresPool({ url: POSTGRES_TEST_URL, schema, max: 1 })) });
    await sql`create table t (id integer primary key, a text not null)`.execute(db);
    await sql`insert into t values (1, 'one'), (2, 'two')`.execute(db);
  });
  afterAll(async () => {
    try {
      await db?.destroy();
    } finally {
      if (schema) await dropSchema(schema);
    }
  });

  it('prepares a query the second time it runs, then runs it by name', async () => {
    const query = db.selectFrom('t').select(['id', 'a']).where('id', '=', 1);
    const text = query.compile().sql;
    expect(await query.execute()).toEqual([{ id: 1, a: 'one' }]);
    expect((await prepared()).has(text)).toBe(false);
    for (let i = 0; i < 3; i++) expect(await db.selectFrom('t').select(['id', 'a']).where('id', '=', 2).execute()).toEqual([{ id: 2, a: 'two' }]);
    const name = (await prepared()).get(text);
    expect(name).toMatch(/^gk_\d+$/);
    const { rows } = await sql<{ n: number }>`select count(*) as n from pg_prepared_statements where name = ${name}`.execute(db);
    expect(rows[0]!.n).toBe(1);
  });

  it('names nothing inside a transaction, and names again after it', async () => {
    const inside = db.selectFrom('t').select('a').where('id', '>', 0);
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < 3; i++) await trx.selectFrom('t').select('a').where('id', '>', i).execute();
    });
    expect((await prepared()).has(inside.compile().sql)).toBe(false);
    const after = db.selectFrom('t').select('id').where('a', '=', 'one');
    await after.execute();
    await after.execute();
    expect((await prepared()).has(after.compile().sql)).toBe(true);
  });

  it('answers with the new columns after another session added one, and renames the statement', async () => {
    const all = () => db.selectFrom('t').selectAll().where('id', '=', 1).execute();
    await all();
    await all();
    const text = db.selectFrom('t').selectAll().where('id', '=', 1).compile().sql;
    const before = (await prepared()).get(text);
    expect(before).toBeDefined();
    await asOtherSession(schema, `alter table t add column b text not null default 'new'`);
    expect(await all()).toEqual([{ id: 1, a: 'one', b: 'new' }]);
    // The stale statement is gone; the next runs prepare the text under another name.
    expect([...(await prepared()).values()]).not.toContain(before);
    await all();
    await all();
    const renamed = (await prepared()).get(text);
    expect(renamed).toBeDefined();
    expect(renamed).not.toBe(before);
    expect(await all()).toEqual([{ id: 1, a: 'one', b: 'new' }]);
  });

  it('keeps answering while the connections stay open across a table dropped and made again', async () => {
    const one = () => db.selectFrom('t').select(['id', 'a']).where('id', '=', 2).execute();
    await one();
    await one();
    await asOtherSession(schema, `drop table t; create table t (id integer primary key, a text not null); insert into t values (2, 'again')`);
    expect(await one()).toEqual([{ id: 2, a: 'again' }]);
  });
});

describe.skipIf(!available)('named prepared statements beyond the limit', () => {
  let schema: string;
  const LIMIT = 3;
  const names = new StatementNames(LIMIT);
  /** Two pools of one connection each, sharing the names as the connections of one pool do. */
  const dbs: Kysely<T>[] = [];
  const open = () => {
    const db = new Kysely<T>({ dialect: new PostgresDialect({ pool: namingPool(createPostgresPool({ url: POSTGRES_TEST_URL, schema, max: 1 }), names) }) });
    dbs.push(db);
    return db;
  };
  let one: Kysely<T>;
  let two: Kysely<T>;
  /** The statements the connection of `db` holds, name → text; read in a transaction, where nothing is named or dropped. */
  const held = async (db: Kysely<T>) => {
    const read = async (q: Kysely<T>) => (await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(q)).rows;
    const rows = db.isTransaction ? await read(db) : await db.transaction().execute(read);
    return new Map(rows.map((r) => [r.name, r.statement]));
  };
  const hot = (db: Kysely<T>) => db.selectFrom('t').select('a').where('id', '=', 2);
  /** A text of its own for each length: `where id in ($1, …, $n)`. */
  const inList = (db: Kysely<T>, n: number) =>
    db
      .selectFrom('t')
      .select('id')
      .where('id', 'in', Array.from({ length: n }, (_, i) => i + 1))
      .orderBy('id');

  beforeAll(async () => {
    schema = await createFreshSchema();
    await asOtherSession(schema, `create table t (id integer primary key, a text not null); insert into t select i, 'row ' || i from generate_series(1, 20) as i`);
    one = open();
    two = open();
  });
  afterAll(async () => {
    try {
      await Promise.all(dbs.map((db) => db.destroy()));
    } finally {
      if (schema) await dropSchema(schema);
    }
  });

  it('retires the least recently used names, keeps a connection to the limit, and names the hot text again', async () => {
    for (let i = 0; i < 2; i++) expect(await hot(one).execute()).toEqual([{ a: 'row 2' }]);
    const text = hot(one).compile().sql;
    const first = [...(await held(one))].find(([, t]) => t === text)?.[0];
    expect(first).toMatch(/^gk_\d+$/);
    for (let n = 1; n <= 3 * LIMIT; n++) {
      for (let i = 0; i < 2; i++) expect((await inList(one, n).execute()).map((r) => r.id)).toEqual(Array.from({ length: n }, (_, k) => k + 1));
      expect((await held(one)).size).toBeLessThanOrEqual(LIMIT);
    }
    const after = await held(one);
    expect(after.has(first!)).toBe(false);
    expect([...after.values()]).not.toContain(text);
    for (let i = 0; i < 2; i++) expect(await hot(one).execute()).toEqual([{ a: 'row 2' }]);
    const again = [...(await held(one))].find(([, t]) => t === text)?.[0];
    expect(again).toMatch(/^gk_\d+$/);
    expect(Number(again!.slice(3))).toBeGreaterThan(Number(first!.slice(3)));
    expect((await held(one)).size).toBeLessThanOrEqual(LIMIT);
  });

  it('leaves a retired statement alone while its connection is in a transaction, and drops it after', async () => {
    for (let i = 0; i < 2; i++) await hot(one).execute();
    const text = hot(one).compile().sql;
    const name = [...(await held(one))].find(([, t]) => t === text)![0];
    await one.transaction().execute(async (trx) => {
      await trx.updateTable('t').set({ a: 'changed' }).where('id', '=', 2).execute();
      // The other connection names more texts than the limit: the hot text's name is retired meanwhile.
      for (let n = 1; n <= LIMIT + 1; n++) for (let i = 0; i < 2; i++) await inList(two, n).execute();
      expect(names.isCurrent(name)).toBe(false);
      expect(await trx.selectFrom('t').select('a').where('id', '=', 2).execute()).toEqual([{ a: 'changed' }]);
      expect((await held(trx)).get(name)).toBe(text);
    });
    expect(await hot(one).execute()).toEqual([{ a: 'changed' }]);
    const after = await held(one);
    expect(after.has(name)).toBe(false);
    expect(after.size).toBeLessThanOrEqual(LIMIT);
    expect((await held(two)).size).toBeLessThanOrEqual(LIMIT);
  });
});

describe.skipIf(!available)('named prepared statements across migrations', () => {
  it('a database migrated down to nothing and up again under the same pool keeps answering', async () => {
    const opened = await openInFreshSchema();
    try {
      for (let i = 0; i < 3; i++) await listAgencies(opened.db);
      await migrateTo(opened.db, null);
      await migrateToLatest(opened.db);
      expect(await listAgencies(opened.db)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

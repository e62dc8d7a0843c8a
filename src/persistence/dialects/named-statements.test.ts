import { describe, expect, it } from 'vitest';
import type { PostgresQueryResult } from 'kysely';
import { namingPool, StatementNames, type PgClient } from './named-statements.js';

describe('StatementNames', () => {
  it('names a query the second time it is seen, and keeps that name', () => {
    const names = new StatementNames();
    const q = 'select "id" from "users" where "login" = $1';
    expect(names.nameOf(q)).toBeUndefined();
    const name = names.nameOf(q);
    expect(name).toMatch(/^gk_\d+$/);
    expect(names.nameOf(q)).toBe(name);
    expect(names.nameOf('select 1')).toBeUndefined();
    expect(names.nameOf('select 1')).not.toBe(name);
  });

  it('never names what is not one SELECT, INSERT, UPDATE, DELETE or WITH statement', () => {
    const names = new StatementNames();
    for (const q of ['begin', 'commit', 'create table t (id integer)', 'select 1; select 2', 'set search_path = x', 'deallocate gk_1', 'lock table t']) {
      for (let i = 0; i < 3; i++) expect(names.nameOf(q)).toBeUndefined();
    }
    for (const q of ['select 1', 'insert into t values ($1)', 'update t set a = $1', 'delete from t', 'with x as (select 1) select * from x', '  SELECT 2']) {
      names.nameOf(q);
      expect(names.nameOf(q)).toBeDefined();
    }
  });

  it('names at most `limit` texts at once: naming one more retires the least recently used, and names are never reused', () => {
    const names = new StatementNames(2);
    const twice = (q: string) => (names.nameOf(q), names.nameOf(q));
    const a = twice('select 1')!;
    const b = twice('select 2')!;
    expect(names.nameOf('select 1')).toBe(a); // now 'select 2' is the least recently used
    const c = twice('select 3')!;
    expect(new Set([a, b, c]).size).toBe(3);
    expect([names.isCurrent(a), names.isCurrent(b), names.isCurrent(c)]).toEqual([true, false, true]);
    expect(names.retired).toBe(1);
    expect(names.nameOf('select 1')).toBe(a);
    // The retired text waits for a second use again, then gets a fresh name.
    expect(names.nameOf('select 2')).toBeUndefined();
    const b2 = names.nameOf('select 2');
    expect(b2).toBeDefined();
    expect([b2 === b, names.isCurrent(c), names.given, names.retired]).toEqual([false, false, 4, 2]);
  });

  it('names a retired query anew, under another name', () => {
    const names = new StatementNames(2);
    names.nameOf('select 1');
    const first = names.nameOf('select 1')!;
    names.retire('select 1');
    expect(names.isCurrent(first)).toBe(false);
    names.nameOf('select 1');
    const second = names.nameOf('select 1');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    names.retire('select 9'); // never named: nothing retired
    names.retire('select 1', first); // a stale statement under its old name: the new one stays
    expect(names.isCurrent(second!)).toBe(true);
    expect(names.retired).toBe(1);
  });

  it('refuses a limit that would name nothing', () => {
    expect(() => new StatementNames(0)).toThrow(RangeError);
  });
});

/** A `pg` pool whose every connection is new and logs what it is sent (`1 begin`), keeping `pg`'s record of parsed names. */
function fakePool() {
  const log: string[] = [];
  const parsed: Record<string, string>[] = [];
  const connect = () => {
    const n = parsed.push({});
    const connection = { parsedStatements: parsed[n - 1]! };
    const client: PgClient = {
      connection,
      query: ((q: string | { name: string; text: string }): Promise<PostgresQueryResult<unknown>> => {
        if (typeof q === 'string') log.push(`${n} ${q}`);
        else {
          log.push(`${n} ${q.name}: ${q.text}`);
          connection.parsedStatements[q.name] = q.text;
        }
        return Promise.resolve({ command: 'SELECT', rowCount: 0, rows: [] });
      }) as unknown as PgClient['query'],
      release: () => undefined,
    };
    return Promise.resolve(client);
  };
  return { log, parsed, pool: { connect, end: () => Promise.resolve() } };
}

describe('namingPool', () => {
  it('drops a retired statement before the next query outside a transaction, never inside one, and forgets it in pg', async () => {
    const { log, parsed, pool } = fakePool();
    const naming = namingPool(pool, new StatementNames(1));
    const one = await naming.connect();
    const two = await naming.connect();
    for (const q of ['select 1', 'select 1', 'begin', 'select 2', 'select 2', 'commit', 'select 2', 'select 2', 'begin']) await one.query(q, []);
    for (const q of ['select 3', 'select 3']) await two.query(q, []); // retires gk_2, which `one` holds inside its transaction
    for (const q of ['select 4', 'commit', 'select 5']) await one.query(q, []);
    expect(log).toEqual([
      '1 select 1',
      '1 gk_1: select 1',
      '1 begin',
      '1 select 2', // nothing is named inside a transaction
      '1 select 2',
      '1 commit',
      '1 select 2',
      '1 deallocate gk_1', // retired by naming the next text, dropped before it runs
      '1 gk_2: select 2',
      '1 begin',
      '2 select 3',
      '2 gk_3: select 3',
      '1 select 4',
      '1 commit',
      '1 deallocate gk_2', // after the transaction ended
      '1 select 5',
    ]);
    expect(parsed).toEqual([{}, { gk_3: 'select 3' }]);
  });
});

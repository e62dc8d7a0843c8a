import { describe, expect, it } from 'vitest';
import { StatementNames } from './named-statements.js';

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

  it('gives at most `limit` names: beyond them, new queries go unnamed and named ones keep their names', () => {
    const names = new StatementNames(2);
    const twice = (q: string) => (names.nameOf(q), names.nameOf(q));
    const a = twice('select 1');
    const b = twice('select 2');
    expect(twice('select 3')).toBeUndefined();
    expect([names.nameOf('select 1'), names.nameOf('select 2')]).toEqual([a, b]);
    expect(names.given).toBe(2);
  });

  it('names a retired query anew, under another name, and counts it against the limit', () => {
    const names = new StatementNames(2);
    names.nameOf('select 1');
    const first = names.nameOf('select 1');
    names.retire('select 1');
    names.nameOf('select 1');
    const second = names.nameOf('select 1');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    names.retire('select 1');
    names.nameOf('select 1');
    expect(names.nameOf('select 1')).toBeUndefined();
  });
});

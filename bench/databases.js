// The databases the benchmarks make: SQLite files under bench/out and PostgreSQL databases
// `gongkai_bench_*` next to the test database. A benchmark removes those it made when it finishes,
// unless BENCH_KEEP=1 asks to keep them (to look into them, or for the case benchmarks to reuse).
import { rmSync } from 'node:fs';
import pg from 'pg';

export const PG_ADMIN = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
/** BENCH_KEEP=1: leave the databases made for a run in place. */
export const KEEP = process.env.BENCH_KEEP === '1';

/** Removes a SQLite file with its WAL and shared-memory files. */
export function removeSqliteFile(file) {
  for (const s of ['', '-wal', '-shm']) rmSync(`${file}${s}`, { force: true });
}

/** The URL of the database NAME on the server of PG_ADMIN. */
export function pgUrl(name) {
  const u = new URL(PG_ADMIN);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Runs `work(client)` on a connection to PG_ADMIN (which throws when the server cannot be reached within `timeoutMs`). */
export async function asPgAdmin(work, timeoutMs = 10_000) {
  const c = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: timeoutMs });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** Drops the database NAME and whatever is still connected to it. */
export function dropPgDatabase(name) {
  return asPgAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
}

/** The database NAME dropped and created empty; returns its URL. */
export async function freshPgDatabase(name) {
  await asPgAdmin(async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  return pgUrl(name);
}

/** At the end of a benchmark: removes a SQLite file it made, unless BENCH_KEEP=1. */
export function discardSqliteFile(file) {
  if (!KEEP) removeSqliteFile(file);
}

/** At the end of a benchmark: drops a PostgreSQL database it made, unless BENCH_KEEP=1. */
export async function discardPgDatabase(name) {
  if (!KEEP) await dropPgDatabase(name);
}

// What the case benchmarks share: running `gongkai` as a user does, and a PostgreSQL database
// of their own next to the test database (created when absent, dropped and created when fresh).
// The databases a run made are removed when it finishes unless BENCH_KEEP=1; those an earlier run
// kept are reused and left in place.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { discardPgDatabase, discardSqliteFile, PG_ADMIN, pgUrl, removeSqliteFile } from '../databases.js';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'bin/gongkai.js');

/** Runs `gongkai ARGS` with ENV added; returns its time and output, throws on a non-zero exit. */
export function gongkai(args, env) {
  const s = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`gongkai ${args.join(' ')} failed: ${r.stderr}`);
  return { ms: performance.now() - s, stdout: r.stdout };
}

/** The database NAME on the test server (`url`, and whether it `existed` before), or null when the server is not reachable. */
export async function pgDatabase(name, fresh) {
  const c = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
  } catch {
    return null;
  }
  let existed;
  try {
    existed = (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount > 0;
    if (fresh && existed) await c.query(`drop database ${name} with (force)`);
    if (fresh || !existed) await c.query(`create database ${name}`);
  } finally {
    await c.end();
  }
  return { url: pgUrl(name), existed };
}

/**
 * Runs `bench(engine, config, env, cliDb)` on SQLite (FILE, removed first when BENCH_FRESH=1) and
 * on PostgreSQL (the database PG_NAME) when the server is reachable; returns the results. Each
 * database this run made is removed after its benchmark unless BENCH_KEEP=1; one that was there
 * before (kept by an earlier run) stays.
 */
export async function onBothEngines(file, pgName, bench) {
  const fresh = process.env.BENCH_FRESH === '1';
  const sqliteExisted = existsSync(file);
  if (fresh) removeSqliteFile(file);
  const results = [];
  try {
    results.push(await bench('SQLite', { engine: 'sqlite', file }, { DATABASE_URL: '' }, ['--db', file]));
  } finally {
    if (!sqliteExisted) discardSqliteFile(file);
  }
  const db = await pgDatabase(pgName, fresh);
  if (!db) console.error(`PostgreSQL not reachable at ${PG_ADMIN}: skipped`);
  else {
    try {
      results.push(await bench('PostgreSQL', { engine: 'postgres', url: db.url }, { DATABASE_URL: db.url }, []));
    } finally {
      if (!db.existed) await discardPgDatabase(pgName);
    }
  }
  return results;
}

export const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : '–');

/** The machine and its load average now, for the head of a results file. */
export function machineLine() {
  return `Machine: ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average at the end ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')}.`;
}

/** Empties the database of a bench run (removes the SQLite file, or drops and creates PG_NAME); returns the config and env to use. */
export async function emptied(config, env, pgName) {
  if (config.engine === 'sqlite') {
    removeSqliteFile(config.file);
    return { config, env };
  }
  const { url } = await pgDatabase(pgName, true);
  return { config: { ...config, url }, env: { ...env, DATABASE_URL: url } };
}

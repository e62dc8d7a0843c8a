// What the case benchmarks share: running `gongkai` as a user does, and a PostgreSQL database
// of their own next to the test database (created when absent, dropped and created when fresh).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'bin/gongkai.js');
export const PG_ADMIN = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** Runs `gongkai ARGS` with ENV added; returns its time and output, throws on a non-zero exit. */
export function gongkai(args, env) {
  const s = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`gongkai ${args.join(' ')} failed: ${r.stderr}`);
  return { ms: performance.now() - s, stdout: r.stdout };
}

/** The URL of the database NAME on the test server, or null when the server is not reachable. */
export async function pgDatabase(name, fresh) {
  const c = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
  } catch {
    return null;
  }
  try {
    const exists = (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount > 0;
    if (fresh && exists) await c.query(`drop database ${name} with (force)`);
    if (fresh || !exists) await c.query(`create database ${name}`);
  } finally {
    await c.end();
  }
  const u = new URL(PG_ADMIN);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Runs `bench(engine, config, env, cliDb)` on SQLite (FILE, removed first when BENCH_FRESH=1) and
 * on PostgreSQL (the database PG_NAME) when the server is reachable; returns the results.
 */
export async function onBothEngines(file, pgName, bench) {
  const fresh = process.env.BENCH_FRESH === '1';
  if (fresh) for (const s of ['', '-wal', '-shm']) rmSync(`${file}${s}`, { force: true });
  const results = [await bench('SQLite', { engine: 'sqlite', file }, { DATABASE_URL: '' }, ['--db', file])];
  const url = await pgDatabase(pgName, fresh);
  if (url) results.push(await bench('PostgreSQL', { engine: 'postgres', url }, { DATABASE_URL: url }, []));
  else console.error(`PostgreSQL not reachable at ${PG_ADMIN}: skipped`);
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
    for (const s of ['', '-wal', '-shm']) rmSync(`${config.file}${s}`, { force: true });
    return { config, env };
  }
  const url = await pgDatabase(pgName, true);
  return { config: { ...config, url }, env: { ...env, DATABASE_URL: url } };
}

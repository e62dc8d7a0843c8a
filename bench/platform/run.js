// The platform benchmarks (npm run bench): importing N reports into SQLite and into
// PostgreSQL with `gongkai import` as a user runs it, and the report page (and the
// other pages listed in PAGES) under 50 concurrent clients on loopback, each as a ratio to a
// bare hello-world route of the same server in the same run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import pg from 'pg';
import { discardPgDatabase, discardSqliteFile, freshPgDatabase, removeSqliteFile } from '../databases.js';
import { load } from './load.js';

const root = new URL('../..', import.meta.url).pathname;
const out = join(root, 'bench/out/platform');
const bin = join(root, 'bin/gongkai.js');
const PG_IMPORT = 'gongkai_bench';

function importInto(dir, env, label) {
  const s = performance.now();
  const r = spawnSync(process.execPath, [bin, 'import', dir, '--no-progress', ...(env.DATABASE_URL ? [] : ['--db', env.GONGKAI_DB])], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const ms = performance.now() - s;
  if (r.status !== 0) throw new Error(`${label} import failed: ${r.stderr}`);
  return ms;
}

async function pgCount(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query('select count(*) as n from reports')).rows[0].n);
  } finally {
    await c.end();
  }
}

/** Imports DIR into a SQLite file and a PostgreSQL database made for it, removed after (unless BENCH_KEEP=1). */
export async function benchImport(dir, files) {
  const sqliteFile = freshSqliteFile('import.sqlite');
  const rows = [];
  try {
    const sqliteMs = importInto(dir, { GONGKAI_DB: sqliteFile, DATABASE_URL: '' }, 'SQLite');
    const db = new Database(sqliteFile, { readonly: true });
    const sqliteN = db.prepare('select count(*) as n from reports').get().n;
    db.close();
    rows.push({ engine: 'SQLite (embedded)', files, stored: sqliteN, ms: sqliteMs });
  } finally {
    discardSqliteFile(sqliteFile);
  }
  let pgUrl = null;
  try {
    pgUrl = await freshPgDatabase(PG_IMPORT);
  } catch (e) {
    rows.push({ engine: 'PostgreSQL', skipped: `not reachable (${e.message})` });
  }
  if (pgUrl) {
    try {
      const ms = importInto(dir, { DATABASE_URL: pgUrl }, 'PostgreSQL');
      rows.push({ engine: 'PostgreSQL 15 (loopback)', files, stored: await pgCount(pgUrl), ms });
    } finally {
      await discardPgDatabase(PG_IMPORT);
    }
  }
  return rows;
}

/** Starts a benchmark server script (it prints its port first) with ARGS; returns its base URL, process id and `stop`. */
export async function startServer(script, args) {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.once('line', (l) => resolve(Number(l)));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) };
}

/** pages: [{ name, path }] where path may be a function of the base URL (resolved once). */
export async function benchPages(dbFile, pages, { connections = 50, seconds = 10 } = {}) {
  const server = await startServer(join(root, 'bench/platform/http-server.js'), [dbFile]);
  try {
    const results = [];
    const hello = await load(`${server.base}/__hello`, { connections, seconds });
    results.push({ name: 'hello-world route (same server)', ...hello });
    for (const p of pages) {
      const path = typeof p.path === 'function' ? await p.path(server.base) : p.path;
      results.push({ name: p.name, path, ...(await load(server.base + path, { connections, seconds })) });
    }
    return results.map((r) => ({ ...r, rpsRatio: r.rps / hello.rps, p95Ratio: r.p95 / hello.p95 }));
  } finally {
    await server.stop();
  }
}

/** A fresh SQLite file under bench/out/platform. */
export function freshSqliteFile(name) {
  mkdirSync(out, { recursive: true });
  const file = join(out, name);
  removeSqliteFile(file);
  return file;
}

export async function firstReportPath(base) {
  const list = await (await fetch(`${base}/api/reports`)).json();
  const items = list.items ?? list.reports ?? list;
  if (!Array.isArray(items) || items.length === 0) throw new Error('no report on the bench server');
  return `/reports/${items[0].id}`;
}

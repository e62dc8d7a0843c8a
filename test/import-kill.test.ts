/**
 * `kill -9` in the middle of `gongkai import`, then the same command again:
 * every report is stored exactly once and none is lost. Runs the built binary
 * against SQLite, and against PostgreSQL when it is reachable.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLES_DIR, SAMPLE_FILES } from './support/sample-reports.js';
import { POSTGRES_TEST_URL, createFreshSchema, dropSchema, postgresAvailable } from './contract/postgres-test-db.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/gongkai.js');
const FILES = 300;

const tmp = mkdtempSync(join(tmpdir(), 'gongkai-kill-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** FILES distinct report files (the samples, each copy with its own trailing blank lines). */
function makeInput(): { dir: string; hashes: Set<string> } {
  const dir = join(tmp, `in-${Math.random().toString(36).slice(2)}`);
  mkdirSync(join(dir, 'sub'), { recursive: true });
  const hashes = new Set<string>();
  for (let i = 0; i < FILES; i++) {
    const name = SAMPLE_FILES[i % SAMPLE_FILES.length]!;
    const bytes = Buffer.concat([readFileSync(join(SAMPLES_DIR, name)), Buffer.from('\n'.repeat(1 + Math.floor(i / SAMPLE_FILES.length)))]);
    hashes.add(createHash('sha256').update(bytes).digest('hex'));
    writeFileSync(join(dir, i % 2 ? 'sub' : '', `${String(i).padStart(4, '0')}-${name}`), bytes);
  }
  return { dir, hashes };
}

interface Counts {
  readonly reports: number;
  readonly files: number;
  readonly versions: number;
  readonly distinct: number;
  readonly orphans: number;
}

const COUNTS_SQL = `select
  (select count(*) from reports) as reports,
  (select count(*) from files) as files,
  (select count(*) from report_versions) as versions,
  (select count(distinct file_sha256) from reports) as distinct_files,
  (select count(*) from reports r where not exists (select 1 from report_versions v where v.report_id = r.id and v.version = 1)) as orphans`;

function toCounts(row: Record<string, unknown>): Counts {
  return { reports: Number(row['reports']), files: Number(row['files']), versions: Number(row['versions']), distinct: Number(row['distinct_files']), orphans: Number(row['orphans']) };
}

async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** Starts the import, waits until `enough` reports are stored, and SIGKILLs it. Returns the count seen before the kill. */
async function importAndKill(args: string[], env: NodeJS.ProcessEnv, storedCount: () => Promise<number>, enough: number): Promise<number> {
  const child = spawn(process.execPath, [bin, 'import', ...args, '-j', '1', '--no-progress'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let exited = false;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<NodeJS.Signals | number | null>((res) => child.on('exit', (code, signal) => ((exited = true), res(signal ?? code))));
  let seen = 0;
  const deadline = Date.now() + 30_000;
  while (!exited && Date.now() < deadline) {
    seen = await storedCount().catch(() => 0);
    if (seen >= enough) break;
    await sleep(10);
  }
  child.kill('SIGKILL');
  const how = await exit;
  expect(how, `the import ended before it was killed: ${stderr}`).toBe('SIGKILL');
  return seen;
}

function rerun(args: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(process.execPath, [bin, 'import', ...args, '--no-progress'], { env, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

function summaryNumbers(stdout: string): { imported: number; already: number } {
  return {
    imported: Number(/imported (\d+)/.exec(stdout)?.[1]),
    already: Number(/already stored (\d+)/.exec(stdout)?.[1]),
  };
}

const pgUp = await postgresAvailable();

describe('gongkai import survives kill -9', () => {
  it('on SQLite: every report exactly once, none lost', async () => {
    const { dir, hashes } = makeInput();
    const file = join(tmp, `kill-${Date.now()}.sqlite`);
    const env = { ...process.env, DATABASE_URL: '' };
    const count = async () => {
      const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
      try {
        return Number((db.prepare('select count(*) as n from reports').get() as { n: number }).n);
      } finally {
        db.close();
      }
    };
    const before = await importAndKill([dir, '--db', file], env, count, 20);
    expect(before).toBeGreaterThanOrEqual(20);
    const out = rerun([dir, '--db', file], env);
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const counts = toCounts(db.prepare(COUNTS_SQL).get() as Record<string, unknown>);
      expect(counts).toEqual({ reports: FILES, files: FILES, versions: FILES, distinct: FILES, orphans: 0 });
      const stored = new Set((db.prepare('select sha256 from files').all() as { sha256: string }[]).map((r) => r.sha256));
      expect(stored).toEqual(hashes);
      // The re-run imported exactly what the killed run had not committed.
      const { imported, already } = summaryNumbers(out);
      expect(imported + already).toBe(FILES);
      expect(already).toBeGreaterThanOrEqual(before);
    } finally {
      db.close();
    }
    // A third run adds nothing.
    expect(summaryNumbers(rerun([dir, '--db', file], env))).toEqual({ imported: 0, already: FILES });
    expect(readdirSync(dir).length).toBeGreaterThan(0);
  }, 90_000);

  it.skipIf(!pgUp)('on PostgreSQL: every report exactly once, none lost', async () => {
    const { dir, hashes } = makeInput();
    const schema = await createFreshSchema();
    const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
    const url = new URL(POSTGRES_TEST_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const env = { ...process.env, DATABASE_URL: url.toString() };
    const q = async (text: string) => (await admin.query(`set search_path to ${schema}; ${text}`) as unknown as pg.QueryResult[])[1]!.rows;
    try {
      await admin.connect();
      const count = async () => Number((await q('select count(*) as n from reports'))[0]!['n']);
      const before = await importAndKill([dir], env, count, 20);
      expect(before).toBeGreaterThanOrEqual(20);
      const out = rerun([dir], env);
      const counts = toCounts((await q(COUNTS_SQL))[0]!);
      expect(counts).toEqual({ reports: FILES, files: FILES, versions: FILES, distinct: FILES, orphans: 0 });
      expect(new Set((await q('select sha256 from files')).map((r) => String(r['sha256'])))).toEqual(hashes);
      const { imported, already } = summaryNumbers(out);
      expect(imported + already).toBe(FILES);
      expect(already).toBeGreaterThanOrEqual(before);
    } finally {
      await admin.end().catch(() => undefined);
      await dropSchema(schema);
    }
  }, 90_000);
});

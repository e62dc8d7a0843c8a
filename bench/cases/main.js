// npm run bench (third part): disclosure on application. One agency with BENCH_CASES simulated
// cases (default 1,000,000, received in 2024) on SQLite and on PostgreSQL (when reachable), made
// with `gongkai cases simulate` as a user runs it; then the annual report of that agency and year:
// the Table 3/4 GROUP BYs alone, the whole report built (queries, text, rules), generated and
// stored, and `gongkai report generate --to docx` end to end.
// The databases (bench/out/cases/cases.sqlite, PostgreSQL database gongkai_bench_cases) are
// removed at the end unless BENCH_KEEP=1; kept ones are reused while they hold the same cases
// (BENCH_FRESH=1 rebuilds them).
// Writes bench/out/cases/results.md; copy the figures into docs/benchmarks.md.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptied, fmt, gongkai, machineLine, onBothEngines } from './cli.js';

const root = new URL('../..', import.meta.url).pathname;
const out = join(root, 'bench/out/cases');
const N = Number(process.env.BENCH_CASES ?? 1_000_000);
const YEAR = 2024;
const SEED = 'bench';
const AGENCY = '兴和县人民政府';
const RUNS = 5;
const PG_NAME = 'gongkai_bench_cases';

const { openDatabase } = await import(join(root, 'dist/persistence/open-database.js'));
const repo = await import(join(root, 'dist/persistence/index.js'));

/** The agency's cases in the year, or -1 when the database has no such agency. */
async function stored(db) {
  const [agency] = await repo.findAgenciesByName(db, AGENCY);
  if (!agency) return { agency: null, cases: -1 };
  const row = await db.selectFrom('case_projections').select((eb) => eb.fn.countAll().as('n')).where('agency_id', '=', agency.id).executeTakeFirstOrThrow();
  return { agency, cases: Number(row.n) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(fn) {
  const s = performance.now();
  const value = await fn();
  return { ms: performance.now() - s, value };
}

async function bench(engine, config, env, cliDb) {
  mkdirSync(out, { recursive: true });
  let opened = await openDatabase(config);
  let { agency, cases } = await stored(opened.db);
  let simulate = null;
  if (cases !== N) {
    await opened.close();
    ({ config, env } = await emptied(config, env, PG_NAME));
    writeFileSync(join(out, 'agencies.csv'), `名称,上级,层级\n乌兰察布市,,市\n${AGENCY},乌兰察布市,县\n`);
    gongkai(['agencies', 'import', join(out, 'agencies.csv'), ...cliDb], env);
    console.error(`${engine}: simulating ${N.toLocaleString('en-US')} cases…`);
    const r = gongkai(['cases', 'simulate', '--agency', AGENCY, '--year', String(YEAR), '--count', String(N), '--seed', SEED, '--no-progress', ...cliDb], env);
    simulate = { ms: r.ms, line: r.stdout.split('\n')[0] };
    opened = await openDatabase(config);
    ({ agency, cases } = await stored(opened.db));
  }
  const { db } = opened;
  const events = Number((await db.selectFrom('case_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const tables = [];
  const built = [];
  for (let i = 0; i < RUNS; i++) {
    tables.push((await timed(() => repo.applicationTables(db, { agencyId: agency.id, year: YEAR }))).ms);
    built.push((await timed(() => repo.buildAnnualReport(db, { agencyId: agency.id, year: YEAR }))).ms);
  }
  const generated = await timed(() => repo.generateAnnualReport(db, { agencyId: agency.id, year: YEAR }, { actor: 'bench:cases' }));
  const size = engine === 'SQLite' ? statSync(config.file).size : Number((await db.selectNoFrom((eb) => eb.fn('pg_database_size', [eb.val(PG_NAME)]).as('n')).executeTakeFirstOrThrow()).n);
  await opened.close();
  const cli = gongkai(['report', 'generate', '--agency', AGENCY, '--year', String(YEAR), '--to', 'docx', '-o', join(out, `${engine}.docx`), ...cliDb], env);
  return {
    engine,
    cases,
    events,
    simulate,
    tables: { first: tables[0], median: median(tables) },
    built: { first: built[0], median: median(built) },
    generated: generated.ms,
    created: generated.value.created,
    cli: cli.ms,
    sizeMb: size / 2 ** 20,
    received: generated.value.model.table3.newReceived.total,
  };
}

const results = await onBothEngines(join(out, 'cases.sqlite'), PG_NAME, bench);

const rows = [
  machineLine(),
  `Command: \`npm run bench\` (BENCH_CASES=${N}, agency ${AGENCY}, year ${YEAR}, seed ${SEED}).`,
  '',
  '| engine | cases | events | DB size | simulate + store | Tables 3+4 GROUP BY (first / median of 5) | whole report built (first / median) | generate + store | `report generate --to docx` (process) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const r of results) {
  const sim = r.simulate ? `${fmt(r.simulate.ms / 1000, 0)} s (${fmt(r.cases / (r.simulate.ms / 1000))} cases/s)` : 'reused';
  rows.push(
    `| ${r.engine} | ${fmt(r.cases)} | ${fmt(r.events)} | ${fmt(r.sizeMb)} MB | ${sim} | ${fmt(r.tables.first)} / ${fmt(r.tables.median)} ms | ${fmt(r.built.first)} / ${fmt(r.built.median)} ms | ${fmt(r.generated)} ms | ${fmt(r.cli)} ms |`,
  );
}
const md = rows.join('\n');
writeFileSync(join(out, 'results.md'), `${md}\n`);
console.log(md);

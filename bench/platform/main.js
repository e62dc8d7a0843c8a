// npm run bench (second part): the platform figures. Writes bench/out/platform/results.md;
// copy the figures into docs/benchmarks.md. The databases it makes are removed at the end
// unless BENCH_KEEP=1 (bench/databases.js).
import { writeFileSync, readdirSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../corpus.js';
import { discardPgDatabase, discardSqliteFile, freshPgDatabase } from '../databases.js';
import { benchImport, benchPages, freshSqliteFile } from './run.js';
import { buildRegion, REGION_YEAR, timeRollup } from './region.js';

const root = new URL('../..', import.meta.url).pathname;
const N = Number(process.env.BENCH_FILES ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const COUNTIES = Number(process.env.BENCH_COUNTIES ?? 30);
const dir = join(root, 'bench/out/corpus');
const { openConfiguredDatabase } = await import(join(root, 'dist/persistence/open-database.js'));

const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const rows = [
  `Machine: ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Command: \`npm run bench\` (BENCH_FILES=${N}, BENCH_SECONDS=${SECONDS}, BENCH_COUNTIES=${COUNTIES}).`,
];

// 1. Import.
await buildCorpus(dir, N);
const files = readdirSync(dir, { recursive: true }).filter((f) => /\.\w+$/.test(f) && !f.startsWith('.')).length;
rows.push('', '### Import (`gongkai import DIR`, all cores, progress bar off)', '', '| engine | files | reports stored | seconds | reports/s |', '|---|---:|---:|---:|---:|');
console.error(`import: ${files} files…`);
for (const r of await benchImport(dir, files)) {
  rows.push(r.skipped ? `| ${r.engine} | – | – | – | skipped: ${r.skipped} |` : `| ${r.engine} | ${r.files} | ${r.stored} | ${fmt(r.ms / 1000, 1)} | ${fmt(r.files / (r.ms / 1000))} |`);
}

// 2. Roll-up of a region.
rows.push('', `### Roll-up of a region for one year (\`analyseRegionYear\`: one query, sums, R1–R4 on the sums, status, comparison)`, '', '| engine | agencies with a report | first run after the import ms | warm median ms | warm max ms |', '|---|---:|---:|---:|---:|');
const regionFile = freshSqliteFile('region.sqlite');
const PG_REGION = 'gongkai_bench_region';
let rootId;
for (const engine of ['sqlite', 'postgres']) {
  let opened;
  try {
    opened = engine === 'sqlite' ? await openConfiguredDatabase({ file: regionFile }) : await openConfiguredDatabase({ env: { DATABASE_URL: await freshPgDatabase(PG_REGION) } });
  } catch (e) {
    rows.push(`| ${engine} | skipped: ${e.message} | | | |`);
    if (engine === 'postgres') await discardPgDatabase(PG_REGION).catch(() => undefined); // made, then failed to open; or never made
    continue;
  }
  try {
    console.error(`region on ${engine}…`);
    const built = await buildRegion(opened.db, { counties: COUNTIES });
    if (engine === 'sqlite') rootId = built.rootId;
    const t = await timeRollup(opened.db, built.rootId);
    rows.push(`| ${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL 15'} | ${t.members} | ${fmt(t.coldMs)} | ${fmt(t.medianMs, 1)} | ${fmt(t.maxMs, 1)} |`);
  } finally {
    await opened.close();
    if (engine === 'postgres') await discardPgDatabase(PG_REGION);
  }
}

// 3. Pages under load, on the region database.
console.error('pages under 50 concurrent clients…');
const pages = [
  { name: 'public home page (report list)', path: '/' },
  { name: 'report page (tables, findings, sources, cross-year checks)', path: '/reports/1' },
  { name: `roll-up page of ${COUNTIES * 100} agencies`, path: `/regions/${rootId}/${REGION_YEAR}` },
  { name: 'agency page (trend charts)', path: `/agencies/${rootId + 1}` },
];
rows.push(
  '',
  `### Pages, 50 concurrent keep-alive clients on loopback, ${SECONDS} s each (server and clients share the cores)`,
  '',
  '| route | requests/s | p50 ms | p95 ms | p99 ms | errors | requests/s vs hello | p95 vs hello |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
);
try {
  for (const r of await benchPages(regionFile, pages, { seconds: SECONDS })) {
    rows.push(`| ${r.name}${r.path ? ` \`${r.path}\`` : ''} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.p99, 1)} | ${r.errors} | ${fmt(r.rpsRatio, 3)}× | ${fmt(r.p95Ratio, 1)}× |`);
  }
} finally {
  discardSqliteFile(regionFile);
}
const md = rows.join('\n');
writeFileSync(join(root, 'bench/out/platform/results.md'), `${md}\n`);
console.log(md);

// npm run bench (second part): the platform figures. Writes bench/out/platform/results.md;
// copy the figures into docs/benchmarks.md.
import { writeFileSync, readdirSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../corpus.js';
import { benchImport, benchPages, firstReportPath } from './run.js';

const root = new URL('../..', import.meta.url).pathname;
const N = Number(process.env.BENCH_FILES ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const dir = join(root, 'bench/out/corpus');
await buildCorpus(dir, N);
const files = readdirSync(dir, { recursive: true }).filter((f) => /\.\w+$/.test(f) && !f.startsWith('.')).length;

const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const rows = [
  `Machine: ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Command: \`npm run bench\` (BENCH_FILES=${N}, BENCH_SECONDS=${SECONDS}).`,
  '',
  '### Import (`gongkai import DIR`, all cores, progress bar off)',
  '',
  '| engine | files | reports stored | seconds | reports/s |',
  '|---|---:|---:|---:|---:|',
];
console.error(`import: ${files} files…`);
for (const r of await benchImport(dir, files)) {
  rows.push(r.skipped ? `| ${r.engine} | – | – | – | skipped: ${r.skipped} |` : `| ${r.engine} | ${r.files} | ${r.stored} | ${fmt(r.ms / 1000, 1)} | ${fmt(r.files / (r.ms / 1000))} |`);
}

console.error('pages under 50 concurrent clients…');
const pages = [
  { name: 'public home page (report list)', path: '/' },
  { name: 'report page (tables, findings, sources)', path: firstReportPath },
];
rows.push(
  '',
  `### Pages, 50 concurrent keep-alive clients on loopback, ${SECONDS} s each (server and clients share the 2 cores)`,
  '',
  '| route | requests/s | p50 ms | p95 ms | p99 ms | errors | requests/s vs hello | p95 vs hello |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
);
for (const r of await benchPages(pages, { seconds: SECONDS })) {
  rows.push(`| ${r.name}${r.path ? ` \`${r.path}\`` : ''} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.p99, 1)} | ${r.errors} | ${fmt(r.rpsRatio, 3)}× | ${fmt(r.p95Ratio, 1)}× |`);
}
const md = rows.join('\n');
writeFileSync(join(root, 'bench/out/platform/results.md'), `${md}\n`);
console.log(md);

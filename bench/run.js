// npm run bench: parse + check throughput (single core and bulk on all cores), peak memory,
// and the ratio to a bare pass that only reads the files and runs one regular expression.
// Writes a Markdown table to bench/out/results.md; copy the figures into docs/benchmarks.md.
//
// Single-core figures are given twice: by wall-clock time and by the CPU time the process used
// (process.cpuUsage, all threads: GC and compiler threads included). On a machine shared with other
// work, wall-clock time also counts the time the process waited for a core; CPU time does not.
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from './corpus.js';

const root = new URL('..', import.meta.url).pathname;
const N = Number(process.env.BENCH_FILES ?? 10_000);
const out = join(root, 'bench/out');
const dir = join(out, 'corpus');
mkdirSync(out, { recursive: true });

function list(d) {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.name.startsWith('.') ? [] : e.isDirectory() ? list(join(d, e.name)) : [join(d, e.name)]));
}

const t0 = Date.now();
const loadBefore = loadavg()[0];
await buildCorpus(dir, N);
const files = list(dir).sort();
const totalBytes = files.reduce((a, f) => a + statSync(f).size, 0);
console.error(`corpus: ${files.length} files, ${(totalBytes / 1e6).toFixed(1)} MB (${((Date.now() - t0) / 1000).toFixed(1)} s to prepare)`);

const { parseReport } = await import(join(root, 'dist/ingest/parse.js'));
const { checkReport } = await import(join(root, 'dist/domain/annual-report/rules/index.js'));

// Bare pass: read + one regular expression over the text.
let t = performance.now();
let digits = 0;
for (const f of files) digits += (readFileSync(f, 'latin1').match(/\d+/g) ?? []).length;
const bareMs = performance.now() - t;

// Single core, in process: read + parse + check, by type. One warm-up pass over 500 files first.
for (const f of files.slice(0, 500)) checkReport((await parseReport(readFileSync(f))).report);
const byType = new Map();
const cpuMicros = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
t = performance.now();
const cpu0 = cpuMicros();
let failed = 0;
for (const f of files) {
  const bytes = readFileSync(f);
  const s = performance.now();
  const c = cpuMicros();
  let type = 'failed';
  try {
    const r = await parseReport(bytes);
    checkReport(r.report);
    type = r.input.type;
  } catch {
    failed++;
  }
  const e = byType.get(type) ?? { n: 0, ms: 0, cpuMs: 0, bytes: 0 };
  e.n++;
  e.ms += performance.now() - s;
  e.cpuMs += (cpuMicros() - c) / 1000;
  e.bytes += bytes.length;
  byType.set(type, e);
}
const singleMs = performance.now() - t;
const singleCpuMs = (cpuMicros() - cpu0) / 1000;
const singleRss = process.resourceUsage().maxRSS / 1024;

// bulk on 1 and on all cores, as a user runs it.
function bulk(jobs) {
  const o = join(out, `bulk-${jobs}.ndjson`);
  rmSync(o, { force: true });
  const s = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/gongkai.js'), 'bulk', dir, '-o', o, '--jobs', String(jobs), '--no-progress', '--no-sources'], { encoding: 'utf8' });
  const ms = performance.now() - s;
  if (r.status !== 0) throw new Error(r.stderr);
  const peak = Number(/peak memory (\d+) MB/.exec(r.stdout)?.[1] ?? NaN);
  const lines = readFileSync(o, 'utf8').trim().split('\n').length;
  rmSync(o, { force: true });
  return { jobs, ms, peak, lines };
}
const cores = availableParallelism();
const bulks = [bulk(1), ...(cores > 1 ? [bulk(cores)] : [])];

const rate = (n, ms) => (n / (ms / 1000)).toFixed(0);
const mbps = (b, ms) => (b / 1e6 / (ms / 1000)).toFixed(1);
const loadAfter = loadavg()[0];
const rows = [
  `Machine: ${cpus()[0]?.model ?? 'cpu'} × ${cores}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after. Corpus: ${files.length} files, ${(totalBytes / 1e6).toFixed(1)} MB. Command: \`npm run bench\` (BENCH_FILES=${N}).`,
  '',
  '| measurement | reports/s (wall) | reports/s (CPU) | MB/s (wall) | peak memory | vs bare pass |',
  '|---|---:|---:|---:|---:|---:|',
  `| bare pass: read + one regex (${digits} numbers) | ${rate(files.length, bareMs)} | | ${mbps(totalBytes, bareMs)} | – | 1.0× |`,
  `| parse + check, one core, all types | ${rate(files.length, singleMs)} | ${rate(files.length, singleCpuMs)} | ${mbps(totalBytes, singleMs)} | ${singleRss.toFixed(0)} MB (process) | ${(singleMs / bareMs).toFixed(1)}× slower |`,
  ...[...byType].sort().map(([type, e]) => `| · ${type} (${e.n} files) | ${rate(e.n, e.ms)} | ${rate(e.n, e.cpuMs)} | ${mbps(e.bytes, e.ms)} | | |`),
  ...bulks.map((b) => `| \`gongkai bulk\` --jobs ${b.jobs} (${b.lines} lines) | ${rate(files.length, b.ms)} | | ${mbps(totalBytes, b.ms)} | ${b.peak} MB | ${(b.ms / bareMs).toFixed(1)}× slower |`),
];
if (bulks.length > 1) rows.push('', `bulk scaling, ${cores} cores vs 1: ${(bulks[0].ms / bulks[1].ms).toFixed(2)}×`);
if (failed) rows.push('', `${failed} files were not readable reports.`);
const md = rows.join('\n');
writeFileSync(join(out, 'results.md'), `${md}\n`);
console.log(md);

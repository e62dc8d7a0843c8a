/**
 * @module `gongkai bulk DIR -o OUT.ndjson`: every file below DIR on all cores,
 * a progress bar on a terminal, a closing summary, and resumable: files already
 * in OUT are skipped, so an interrupted run continues without duplicates.
 */
import { availableParallelism } from 'node:os';
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { EXIT } from '../errors.js';
import { walkFiles } from '../bulk/walk.js';
import { doneFiles } from '../bulk/output-state.js';
import { runPool } from '../bulk/pool.js';
import type { Job, JobResult } from '../bulk/protocol.js';
import { jobCount, requireDirectory } from '../bulk/options.js';

interface BulkOpts {
  output: string;
  jobs?: string;
  sources: boolean;
  progress: boolean;
}

export function registerBulk(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  program
    .command('bulk')
    .description('批量读取并校验目录下的所有报告，输出 NDJSON / parse and check every file below a directory into NDJSON')
    .argument('<dir>', '报告所在目录 / directory of reports')
    .requiredOption('-o, --output <file>', '输出的 NDJSON 文件；已有内容会被接续 / NDJSON output; an existing one is resumed')
    .option('-j, --jobs <n>', `并行线程数，默认为 CPU 核数（${availableParallelism()}）/ worker threads`)
    .option('--no-sources', '不输出单元格来源 / omit per-cell sources')
    .option('--no-progress', '不显示进度条 / no progress bar')
    .action((dir: string, opts: BulkOpts) => run(() => bulk(dir, opts)));
}

async function bulk(dir: string, opts: BulkOpts): Promise<number> {
  await requireDirectory(dir);
  const jobsN = jobCount(opts.jobs);
  const started = Date.now();
  const done = await doneFiles(opts.output);
  // Count first so the bar knows its total; paths are held one at a time later.
  let total = 0;
  for await (const f of walkFiles(dir)) if (!done.has(f.rel)) total++;

  const out = createWriteStream(opts.output, { flags: 'a' });
  const bar = opts.progress && process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: '{bar} {percentage}% | {value}/{total} 份 | {speed} 份/秒 | 剩余 {eta_formatted}', hideCursor: true, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(total, 0, { speed: 0 });
  const summary = { read: 0, failed: 0, byRule: new Map<string, number>(), byCode: new Map<string, number>() };
  let id = 0;
  async function* jobs(): AsyncGenerator<Job> {
    for await (const f of walkFiles(dir)) if (!done.has(f.rel)) yield { id: id++, path: f.path, rel: f.rel };
  }
  const write = async (bytes: Uint8Array | string) => {
    if (!out.write(bytes)) await new Promise<void>((res) => out.once('drain', () => res()));
  };
  const onResult = async (r: JobResult) => {
    // Workers send their lines as bytes (`joined`); only lines made here, for a dead worker's jobs, come as text.
    if (r.line !== '') await write(`${r.line}\n`);
    if (r.ok) summary.read++;
    else {
      summary.failed++;
      summary.byCode.set(r.code ?? 'INTERNAL', (summary.byCode.get(r.code ?? 'INTERNAL') ?? 0) + 1);
    }
    for (const rule of r.rules) summary.byRule.set(rule, (summary.byRule.get(rule) ?? 0) + 1);
    const n = summary.read + summary.failed;
    bar?.update(n, { speed: Math.round(n / Math.max(0.001, (Date.now() - started) / 1000)) });
  };
  try {
    await runPool(Math.min(jobsN, Math.max(1, total)), { sources: opts.sources, joined: true }, jobs(), onResult, { onOutput: write });
  } finally {
    bar?.stop();
    await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
  }
  const secs = (Date.now() - started) / 1000;
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const lines = [
    `完成 / done: 读取 read ${summary.read} · 失败 failed ${summary.failed} · 已在输出中 already done ${done.size} · 用时 ${secs.toFixed(1)} s（${Math.round((summary.read + summary.failed) / Math.max(secs, 0.001))} 份/秒 files/s）· 峰值内存 peak memory ${peakMb} MB`,
  ];
  if (summary.byCode.size > 0) lines.push(`失败原因 / failures: ${[...summary.byCode].map(([c, n]) => `${c} ${n}`).join(' · ')}`);
  if (summary.byRule.size > 0) {
    lines.push('发现（按规则）/ findings by rule:');
    for (const [rule, n] of [...summary.byRule].sort((a, b) => (a[0] < b[0] ? -1 : 1))) lines.push(`  ${rule.padEnd(14)} ${n}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

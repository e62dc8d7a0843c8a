/**
 * @module A bulk worker thread: reads, parses and checks one file per job, a batch of jobs per message.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Job, JobBatch, JobResult, ResultBatch, WorkerConfig } from './protocol.js';
import { readInput } from '../io.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/parse.js';
import { analyse } from '../analyse.js';
import { describeError } from '../errors.js';
import { canonicalReport } from '../../render/json/index.js';

const config = workerData as WorkerConfig;

/**
 * One buffer for every file this worker reads. Jobs run one after another (`queue`) and nothing
 * keeps a file's bytes once its report is made (the PDF and XLSX readers copy them), so the bytes
 * of one file may be overwritten by the next: fresh buffers of 10–120 KB per file cost more in
 * allocation and page faults than the read itself.
 */
let scratch = new Uint8Array(256 * 1024);

/** Reads a regular file of at most `DEFAULT_MAX_BYTES` into `scratch`; null for anything else. */
function readWhole(path: string): Uint8Array | null {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > DEFAULT_MAX_BYTES) return null;
    let n = 0;
    for (;;) {
      if (n === scratch.length) {
        if (n >= DEFAULT_MAX_BYTES) return null;
        const bigger = new Uint8Array(Math.min(DEFAULT_MAX_BYTES + 1, Math.max(info.size + 1, scratch.length * 2)));
        bigger.set(scratch);
        scratch = bigger;
      }
      const got = readSync(fd, scratch, n, scratch.length - n, null);
      if (got === 0) break;
      n += got;
    }
    return n > DEFAULT_MAX_BYTES ? null : scratch.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes. A worker has nothing else to do meanwhile, so it reads synchronously: a few
 * times cheaper than the promise-based read. Anything unusual (missing, a directory, too large,
 * unreadable) goes through `readInput` for its coded error.
 */
async function read(path: string): Promise<Uint8Array> {
  try {
    const bytes = readWhole(path);
    if (bytes) return bytes;
  } catch {
    // readInput says what is wrong.
  }
  return readInput(path);
}

async function handle(job: Job): Promise<JobResult> {
  try {
    const { report, input } = await analyse(await read(job.path));
    const body = config.sources ? report : { ...report, sources: { table2: {}, table3: {}, table4: {} } };
    const line = JSON.stringify({ file: job.rel, ok: true, input, report: canonicalReport(body) });
    return { id: job.id, line, ok: true, rules: report.findings.map((f) => f.rule) };
  } catch (e) {
    const { code, line: message } = describeError(e);
    const line = JSON.stringify({ file: job.rel, ok: false, error: { code, message } });
    return { id: job.id, line, ok: false, code, rules: [] };
  }
}

async function handleBatch(batch: JobBatch): Promise<ResultBatch> {
  const results: JobResult[] = [];
  for (const job of batch.jobs) results.push(await handle(job));
  if (!config.joined) return { id: batch.id, results };
  const output = new TextEncoder().encode(`${results.map((r) => r.line).join('\n')}\n`);
  return { id: batch.id, results: results.map((r) => ({ ...r, line: '' })), output };
}

/** Batches run one after another, never interleaved at an `await` (the jobs share `scratch`). */
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (batch: JobBatch) => {
  queue = queue.then(async () => {
    const r = await handleBatch(batch);
    parentPort!.postMessage(r, r.output ? [r.output.buffer as ArrayBuffer] : []);
  });
});

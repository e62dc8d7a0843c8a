/**
 * @module A bulk worker thread: reads, parses and checks one file per job, a batch of jobs per message.
 */
import { readFileSync, statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Job, JobBatch, JobResult, ResultBatch, WorkerConfig } from './protocol.js';
import { readInput } from '../io.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/parse.js';
import { analyse } from '../analyse.js';
import { describeError } from '../errors.js';
import { canonicalReport } from '../../render/json/index.js';

const config = workerData as WorkerConfig;

/**
 * The file's bytes. A worker has nothing else to do meanwhile, so it reads synchronously: a few
 * times cheaper than the promise-based read. Anything unusual (missing, a directory, too large,
 * unreadable) goes through `readInput` for its coded error.
 */
async function read(path: string): Promise<Uint8Array> {
  try {
    const info = statSync(path);
    if (info.isFile() && info.size <= DEFAULT_MAX_BYTES) return new Uint8Array(readFileSync(path));
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
  return { id: batch.id, results };
}

parentPort!.on('message', (batch: JobBatch) => {
  void handleBatch(batch).then((r) => parentPort!.postMessage(r));
});

/**
 * @module A bulk worker thread: reads, parses and checks one file per job.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Job, JobResult, WorkerConfig } from './protocol.js';
import { readInput } from '../io.js';
import { analyse } from '../analyse.js';
import { describeError } from '../errors.js';
import { canonicalReport } from '../../render/json/index.js';

const config = workerData as WorkerConfig;

async function handle(job: Job): Promise<JobResult> {
  try {
    const { report, input } = await analyse(await readInput(job.path));
    const body = config.sources ? report : { ...report, sources: { table2: {}, table3: {}, table4: {} } };
    const line = JSON.stringify({ file: job.rel, ok: true, input, report: canonicalReport(body) });
    return { id: job.id, line, ok: true, rules: report.findings.map((f) => f.rule) };
  } catch (e) {
    const { code, line: message } = describeError(e);
    const line = JSON.stringify({ file: job.rel, ok: false, error: { code, message } });
    return { id: job.id, line, ok: false, code, rules: [] };
  }
}

parentPort!.on('message', (job: Job) => {
  void handle(job).then((r) => parentPort!.postMessage(r));
});

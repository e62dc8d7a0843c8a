// A bulk worker stand-in for the pool test: answers every batch of jobs, except that a job whose
// file name contains "crash" kills the thread, as an out-of-memory error would.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (batch) => {
  const results = [];
  for (const job of batch.jobs) {
    if (job.rel.includes('crash')) process.exit(3);
    results.push({ id: job.id, ok: true, rules: [], line: JSON.stringify({ file: job.rel, ok: true }) });
  }
  parentPort.postMessage({ id: batch.id, results });
});

// A bulk worker stand-in for the pool test: answers every job, except that a job whose
// file name contains "crash" kills the thread, as an out-of-memory error would.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (job) => {
  if (job.rel.includes('crash')) process.exit(3);
  parentPort.postMessage({ id: job.id, ok: true, rules: [], line: JSON.stringify({ file: job.rel, ok: true }) });
});

/**
 * @module A fixed pool of worker threads fed from an async source of jobs,
 * with at most two jobs in flight per worker so memory stays flat however many
 * files there are.
 */
import { Worker } from 'node:worker_threads';
import type { Job, JobResult, WorkerConfig } from './protocol.js';

export async function runPool(
  size: number,
  config: WorkerConfig,
  jobs: AsyncIterable<Job>,
  onResult: (r: JobResult) => void | Promise<void>,
): Promise<void> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: size }, () => new Worker(workerUrl, { workerData: config }));
  const iterator = jobs[Symbol.asyncIterator]();
  let exhausted = false;
  let pulling: Promise<void> = Promise.resolve();
  try {
    await new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const feed = (w: Worker) => {
        pulling = pulling.then(async () => {
          if (exhausted) return;
          const next = await iterator.next();
          if (next.done) {
            exhausted = true;
            if (inFlight === 0) resolve();
            return;
          }
          inFlight++;
          w.postMessage(next.value);
        }).catch(reject);
      };
      for (const w of workers) {
        w.on('message', (r: JobResult) => {
          inFlight--;
          Promise.resolve(onResult(r))
            .then(() => {
              if (exhausted && inFlight === 0) resolve();
              else feed(w);
            })
            .catch(reject);
        });
        w.on('error', reject);
        feed(w);
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

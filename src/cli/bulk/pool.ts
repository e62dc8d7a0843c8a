/**
 * @module A fixed pool of worker threads fed from an async source of jobs.
 *
 * At most two jobs are in flight per worker and files are pulled from the
 * directory walk as workers free up, so memory stays flat however many files
 * there are. Each worker's heap is capped; a worker that dies (out of memory on
 * a pathological file, or any crash) is replaced, and the jobs it held are
 * reported as failed instead of bringing the whole run down.
 */
import { Worker } from 'node:worker_threads';
import type { Job, JobResult, WorkerConfig } from './protocol.js';

/** Heap cap per worker: generous for a 50 MB document, small enough to keep the pool lean. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };
const PER_WORKER = 2;

interface Slot {
  worker: Worker;
  readonly held: Map<number, Job>;
}

function failed(job: Job, reason: string): JobResult {
  const message = `错误 [WORKER_FAILED]：处理该文件时工作线程终止（${reason}）。 / Error [WORKER_FAILED]: the worker stopped while reading this file (${reason}).`;
  return { id: job.id, ok: false, code: 'WORKER_FAILED', rules: [], line: JSON.stringify({ file: job.rel, ok: false, error: { code: 'WORKER_FAILED', message } }) };
}

export async function runPool(
  size: number,
  config: WorkerConfig,
  jobs: AsyncIterable<Job>,
  onResult: (r: JobResult) => void | Promise<void>,
  workerUrl: URL = new URL('./worker.js', import.meta.url),
): Promise<void> {
  const iterator = jobs[Symbol.asyncIterator]();
  const slots: Slot[] = [];
  let exhausted = false;
  let inFlight = 0;
  let closing = false;
  // Pulls and results are chained so the walk and the output are touched by one task at a time.
  let chain: Promise<void> = Promise.resolve();

  await new Promise<void>((resolve, reject) => {
    const finishIfDone = () => {
      if (exhausted && inFlight === 0) resolve();
    };
    const deliver = (r: JobResult) => {
      chain = chain.then(() => onResult(r)).catch(reject);
    };
    const feed = (slot: Slot) => {
      chain = chain
        .then(async () => {
          if (exhausted || closing || slot.held.size >= PER_WORKER) return;
          const next = await iterator.next();
          if (next.done) {
            exhausted = true;
            finishIfDone();
            return;
          }
          inFlight++;
          slot.held.set(next.value.id, next.value);
          slot.worker.postMessage(next.value);
        })
        .catch(reject);
    };
    const start = (slot: Slot) => {
      const w = new Worker(workerUrl, { workerData: config, resourceLimits: WORKER_LIMITS });
      slot.worker = w;
      w.on('message', (r: JobResult) => {
        if (!slot.held.delete(r.id)) return;
        inFlight--;
        deliver(r);
        chain = chain.then(() => {
          finishIfDone();
          feed(slot);
        });
      });
      // A dead worker: its jobs fail, a fresh worker takes its place. 'error' and 'exit' both fire
      // for one death; only the first counts, or the slot would get two workers and one would linger.
      let dead = false;
      const onDeath = (reason: string) => {
        if (dead || slot.worker !== w || closing) return;
        dead = true;
        for (const job of slot.held.values()) {
          inFlight--;
          deliver(failed(job, reason));
        }
        slot.held.clear();
        chain = chain.then(() => {
          start(slot);
          finishIfDone();
        });
      };
      w.on('error', (e) => onDeath(e instanceof Error ? (e as NodeJS.ErrnoException).code ?? e.message : String(e)));
      w.on('exit', (code) => onDeath(`exit ${code}`));
      for (let k = 0; k < PER_WORKER; k++) feed(slot);
    };
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: undefined as unknown as Worker, held: new Map() };
      slots.push(slot);
      start(slot);
    }
  }).finally(async () => {
    closing = true;
    await chain.catch(() => undefined);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  });
}

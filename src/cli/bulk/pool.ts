/**
 * @module A fixed pool of worker threads fed from an async source of jobs.
 *
 * Jobs travel in batches, and so do their results: a message between threads costs tens of
 * microseconds and, on a busy machine, a wait for the other thread, which per file would be a good
 * part of reading a report. Batches start with one job and double up to `MAX_BATCH`, so a small run
 * still spreads over every worker. At most two batches are in flight per worker and files are
 * pulled from the directory walk as workers free up, so memory stays flat however many files there
 * are. Each worker's heap is capped; a worker that dies (out of memory on a pathological file, or
 * any crash) is replaced. The jobs it held are run again one at a time, so that only the file that
 * kills a worker on its own is reported as failed, instead of its batch or the whole run.
 */
import { Worker } from 'node:worker_threads';
import type { Job, JobBatch, JobResult, ResultBatch, WorkerConfig } from './protocol.js';

/** Heap cap per worker: generous for a 50 MB document, small enough to keep the pool lean. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };
const BATCHES_PER_WORKER = 2;
const MAX_BATCH = 16;

interface Held {
  readonly jobs: readonly Job[];
  /** A job run again after a worker died: alone in its worker, so that if it kills this one too, it alone fails. */
  readonly alone: boolean;
}

interface Slot {
  worker: Worker;
  /** The batches sent and not yet answered, by batch id. */
  readonly held: Map<number, Held>;
}

function failed(job: Job, reason: string): JobResult {
  const message = `错误 [WORKER_FAILED]：处理该文件时工作线程终止（${reason}）。 / Error [WORKER_FAILED]: the worker stopped while reading this file (${reason}).`;
  return { id: job.id, ok: false, code: 'WORKER_FAILED', rules: [], line: JSON.stringify({ file: job.rel, ok: false, error: { code: 'WORKER_FAILED', message } }) };
}

export interface PoolOptions {
  /** The worker's module (the bulk worker unless a test says otherwise). */
  readonly workerUrl?: URL;
  /** Receives each batch's `output` (with `WorkerConfig.joined`), before the batch's results. */
  readonly onOutput?: (bytes: Uint8Array) => void | Promise<void>;
}

export async function runPool(
  size: number,
  config: WorkerConfig,
  jobs: AsyncIterable<Job>,
  onResult: (r: JobResult) => void | Promise<void>,
  options: PoolOptions = {},
): Promise<void> {
  const workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
  const iterator = jobs[Symbol.asyncIterator]();
  const slots: Slot[] = [];
  let exhausted = false;
  let inFlight = 0;
  let closing = false;
  let batchSize = 1;
  let batchId = 0;
  /** Jobs of a dead worker's batches, to run again one per batch. */
  const retry: Job[] = [];
  // Pulls and results are chained so the walk and the output are touched by one task at a time.
  let chain: Promise<void> = Promise.resolve();

  await new Promise<void>((resolve, reject) => {
    const finishIfDone = () => {
      if (exhausted && inFlight === 0) resolve();
    };
    const deliver = (results: readonly JobResult[], output?: Uint8Array) => {
      chain = chain
        .then(async () => {
          if (output) await options.onOutput?.(output);
          for (const r of results) await onResult(r);
        })
        .catch(reject);
    };
    const feed = (slot: Slot) => {
      chain = chain
        .then(async () => {
          if (closing || slot.held.size >= BATCHES_PER_WORKER) return;
          // A job run again waits for an empty worker, and has it to itself.
          if (retry.length > 0 && slot.held.size > 0) return;
          for (const h of slot.held.values()) if (h.alone) return;
          const alone = retry.length > 0;
          const batch: Job[] = [];
          if (alone) batch.push(retry.shift()!);
          else {
            while (batch.length < batchSize && !exhausted) {
              const next = await iterator.next();
              if (next.done) exhausted = true;
              else batch.push(next.value);
            }
            batchSize = Math.min(MAX_BATCH, batchSize * 2);
            inFlight += batch.length;
          }
          if (batch.length === 0) {
            finishIfDone();
            return;
          }
          const id = batchId++;
          slot.held.set(id, { jobs: batch, alone });
          slot.worker.postMessage({ id, jobs: batch } satisfies JobBatch);
        })
        .catch(reject);
    };
    const start = (slot: Slot) => {
      const w = new Worker(workerUrl, { workerData: config, resourceLimits: WORKER_LIMITS });
      slot.worker = w;
      w.on('message', (r: ResultBatch) => {
        if (!slot.held.delete(r.id)) return;
        inFlight -= r.results.length;
        deliver(r.results, r.output);
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
        for (const { jobs: batch, alone } of slot.held.values()) {
          if (!alone) retry.push(...batch);
          else {
            inFlight -= batch.length;
            deliver(batch.map((job) => failed(job, reason)));
          }
        }
        slot.held.clear();
        chain = chain.then(() => {
          start(slot);
          finishIfDone();
          // Other workers may be idle while jobs wait to be run again.
          for (const other of slots) if (other !== slot) feed(other);
        });
      };
      w.on('error', (e) => onDeath(e instanceof Error ? (e as NodeJS.ErrnoException).code ?? e.message : String(e)));
      w.on('exit', (code) => onDeath(`exit ${code}`));
      for (let k = 0; k < BATCHES_PER_WORKER; k++) feed(slot);
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

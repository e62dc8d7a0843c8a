import { describe, expect, it } from 'vitest';
import { runPool } from './pool.js';
import type { Job, JobResult } from './protocol.js';

const worker = new URL('../../../test/support/crashing-worker.mjs', import.meta.url);

async function* jobsOf(names: string[]): AsyncGenerator<Job> {
  let id = 0;
  for (const rel of names) yield { id: id++, path: rel, rel };
}

describe('runPool', () => {
  it('runs every job exactly once on several workers', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `f${i}.txt`);
    const seen: JobResult[] = [];
    await runPool(3, { sources: false }, jobsOf(names), (r) => void seen.push(r), { workerUrl: worker });
    expect(seen.map((r) => JSON.parse(r.line).file).sort()).toEqual([...names].sort());
    expect(seen.every((r) => r.ok)).toBe(true);
  });

  it('reports the job that kills a worker, runs its batch-mates again and carries on with a new worker', async () => {
    const names = ['a.txt', 'b.txt', 'crash-1.txt', 'c.txt', 'd.txt', 'crash-2.txt', 'e.txt', 'f.txt', ...Array.from({ length: 40 }, (_, i) => `g${i}.txt`), 'crash-3.txt', 'h.txt'];
    const seen: JobResult[] = [];
    await runPool(2, { sources: false }, jobsOf(names), (r) => void seen.push(r), { workerUrl: worker });
    const files = seen.map((r) => JSON.parse(r.line).file as string);
    expect(files.sort()).toEqual([...names].sort());
    const bad = seen.filter((r) => !r.ok);
    for (const r of bad) expect(r.code).toBe('WORKER_FAILED');
    // Only the files that kill a worker fail: the jobs that shared its batches are read again.
    expect(bad.map((r) => JSON.parse(r.line).file).sort()).toEqual(['crash-1.txt', 'crash-2.txt', 'crash-3.txt']);
  });

  it('finishes at once when there is nothing to do', async () => {
    const seen: JobResult[] = [];
    await runPool(2, { sources: false }, jobsOf([]), (r) => void seen.push(r), { workerUrl: worker });
    expect(seen).toEqual([]);
  });
});

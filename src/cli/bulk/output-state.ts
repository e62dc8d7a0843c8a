/**
 * @module Resuming a bulk run: the files already in the NDJSON output are done.
 * A line cut short by an interruption is removed, so it is redone exactly once.
 */
import { open, stat, truncate } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';

/** Truncates a trailing partial line; returns the byte length kept. */
async function dropPartialLine(path: string): Promise<number> {
  const { size } = await stat(path);
  if (size === 0) return 0;
  const fh = await open(path, 'r');
  try {
    const chunk = 64 * 1024;
    let end = size;
    const buf = Buffer.alloc(chunk);
    while (end > 0) {
      const startAt = Math.max(0, end - chunk);
      const { bytesRead } = await fh.read(buf, 0, end - startAt, startAt);
      const nl = buf.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (nl >= 0) {
        const keep = startAt + nl + 1;
        if (keep !== size) await truncate(path, keep);
        return keep;
      }
      end = startAt;
    }
  } finally {
    await fh.close();
  }
  await truncate(path, 0);
  return 0;
}

/** The `file` of every complete line of an existing output; an absent output is empty. */
export async function doneFiles(path: string): Promise<Set<string>> {
  const done = new Set<string>();
  try {
    await stat(path);
  } catch {
    return done;
  }
  const kept = await dropPartialLine(path);
  if (kept === 0) return done;
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line) continue;
    const m = /^\{"file":("(?:[^"\\]|\\.)*")/.exec(line);
    if (m) done.add(JSON.parse(m[1]!) as string);
  }
  return done;
}

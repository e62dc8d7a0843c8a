/**
 * @module Checks shared by the commands that work through a directory (`bulk`, `import`).
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { GongkaiError } from '../../domain/shared/errors.js';

/** Refuses a missing path or a file where a directory is expected. */
export async function requireDirectory(dir: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new GongkaiError('INPUT_NOT_FOUND', { zh: `找不到目录：${dir}`, en: `No such directory: ${dir}` });
  }
  if (!info.isDirectory()) throw new GongkaiError('USAGE', { zh: `${dir} 不是目录。`, en: `${dir} is not a directory.` });
}

/** The `--jobs` value: an integer from 1 to 256, by default one worker per core. */
export function jobCount(option: string | undefined): number {
  const n = option ? Number(option) : availableParallelism();
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new GongkaiError('USAGE', { zh: '--jobs 须为 1 到 256 之间的整数。', en: '--jobs must be an integer from 1 to 256.' });
  }
  return n;
}

/**
 * @module Reading an input path (or `-` for stdin) with the guards every command
 * shares: missing path, directory, empty and oversized files are refused with a
 * coded error before any parsing.
 */
import { open, rename, stat, writeFile } from 'node:fs/promises';
import { GongkaiError } from '../domain/shared/errors.js';
import { DEFAULT_MAX_BYTES, tooLarge } from '../ingest/parse.js';

export async function readInput(path: string, max = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  if (path === '-') return readStdin(max);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new GongkaiError('INPUT_NOT_FOUND', { zh: `找不到文件：${path}`, en: `No such file: ${path}` });
  }
  if (info.isDirectory()) {
    throw new GongkaiError('INPUT_IS_DIRECTORY', {
      zh: `${path} 是一个目录；请给出文件，或用 gongkai bulk 处理整个目录。`,
      en: `${path} is a directory; give a file, or use gongkai bulk for a whole directory.`,
    });
  }
  if (!info.isFile()) throw new GongkaiError('INPUT_UNREADABLE', { zh: `${path} 不是普通文件。`, en: `${path} is not a regular file.` });
  if (info.size > max) throw tooLarge(info.size, max);
  try {
    const fh = await open(path, 'r');
    try {
      return new Uint8Array(await fh.readFile());
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw new GongkaiError('INPUT_UNREADABLE', { zh: `无法读取文件：${path}`, en: `Cannot read file: ${path}` }, { cause: e });
  }
}

async function readStdin(max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > max) throw tooLarge(size, max);
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Writes an output file whole or not at all: beside the target, then renamed
 * over it. Without a path (or with `-`) the bytes go to stdout.
 */
export async function writeOutput(path: string | undefined, bytes: Uint8Array): Promise<void> {
  if (!path || path === '-') {
    process.stdout.write(bytes);
    return;
  }
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, path);
}

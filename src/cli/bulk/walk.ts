/**
 * @module Every regular file below a directory, in a stable order; hidden
 * entries and symbolic links are skipped so a link loop cannot trap the walk.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** `rel`: the path below `root`, with `/` between its parts on every platform. */
export async function* walkFiles(root: string, dir = root, relDir = ''): AsyncGenerator<{ path: string; rel: string }> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    // As the path relative to root with every backslash made `/` (a name may hold one on POSIX).
    const name = e.name.includes('\\') ? e.name.split('\\').join('/') : e.name;
    const rel = relDir === '' ? name : `${relDir}/${name}`;
    if (e.isDirectory()) yield* walkFiles(root, path, rel);
    else if (e.isFile()) yield { path, rel };
  }
}

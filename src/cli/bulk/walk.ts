/**
 * @module Every regular file below a directory, in a stable order; hidden
 * entries and symbolic links are skipped so a link loop cannot trap the walk.
 */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function* walkFiles(root: string, dir = root): AsyncGenerator<{ path: string; rel: string }> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walkFiles(root, path);
    else if (e.isFile()) yield { path, rel: relative(root, path).split('\\').join('/') };
  }
}

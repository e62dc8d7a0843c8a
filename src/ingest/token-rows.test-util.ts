/**
 * @module Test helpers shared by the reader tests: token streams as rows of cell texts,
 * and where the reader fixtures live.
 */
import { join } from 'node:path';
import type { Token } from './tokens.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures');

/** The cells of a token stream grouped by `rowEnd`. */
export function tokenRows(tokens: readonly Token[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'cell') cur.push(t.text);
    else if (t.kind === 'rowEnd') {
      out.push(cur);
      cur = [];
    }
  }
  return out;
}

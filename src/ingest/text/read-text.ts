/**
 * @module Plain-text reports in the three layouts seen in published text
 * (domain.md §2.4 item 8): one cell per line with blank lines between (`lines`),
 * cells ending in " |" with runs of "|" for spanning cells (`pipes`), and one
 * table row per line with tab-separated cells (`tabs`). Page furniture (page
 * numbers, the running title) is dropped first.
 */
import { cell, ROW_END, type Reader, type Token, type TokenStream } from '../tokens.js';
import { decodeText } from '../decode-text.js';
import { dropPageFurniture } from './page-furniture.js';

/** A line of the text, or null where page furniture was removed. */
type Line = string | null;

export type TextLayout = 'lines' | 'pipes' | 'tabs';

/** The stream layout of one-cell-per-line text that keeps no trace of blank cells. */
export const DENSE_LINES = 'lines:dense';

const BLANK_LINE_RE = /^[ \t]*$/;
const WHITESPACE_ONLY_RE = /^[\s\u00a0\u3000]+$/;

export function detectLayout(lines: readonly Line[]): TextLayout {
  let tabs = 0;
  let pipes = 0;
  for (const l of lines) {
    if (l === null) continue;
    if ((l.match(/\t/g)?.length ?? 0) >= 2) tabs++;
    if (/\s\|\s*$/.test(l) || /^\|+\s*$/.test(l)) pipes++;
  }
  if (tabs >= 5 && tabs >= pipes) return 'tabs';
  if (pipes >= 10) return 'pipes';
  return 'lines';
}

/**
 * One cell per line. The usual separator is the commonest run of blank lines between cells; a
 * longer run is a blank cell (`gap`). Text with no separator and no whitespace-only lines is
 * `dense`: extracted from a PDF, where blank cells leave no trace at all.
 */
function readLines(lines: readonly Line[]): { tokens: Token[]; dense: boolean } {
  // The usual separator between cells: the most common run of empty lines between non-empty ones.
  const runs = new Map<number, number>();
  let run = 0;
  for (const l of lines) {
    if (l === null) continue;
    if (BLANK_LINE_RE.test(l)) run++;
    else {
      runs.set(run, (runs.get(run) ?? 0) + 1);
      run = 0;
    }
  }
  const sep = [...runs.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  let whitespaceOnly = false;
  const out: Token[] = [];
  run = 0;
  lines.forEach((l, i) => {
    if (l === null) return;
    if (BLANK_LINE_RE.test(l)) {
      run++;
      return;
    }
    if (run > sep && out.length > 0) out.push({ kind: 'gap', size: run - sep, at: { kind: 'line', line: i - run + 1 } });
    run = 0;
    const blank = WHITESPACE_ONLY_RE.test(l);
    whitespaceOnly ||= blank;
    out.push(cell(blank ? l : l.trimEnd(), { kind: 'line', line: i + 1 }));
  });
  return { tokens: out, dense: sep === 0 && !whitespaceOnly };
}

function readPipes(lines: readonly Line[]): Token[] {
  const out: Token[] = [];
  lines.forEach((l, i) => {
    if (l === null) return;
    const at = { kind: 'line' as const, line: i + 1 };
    const t = l.trim();
    if (t === '') return;
    if (/^\|{2,}$/.test(t)) return; // filler for spanning cells
    if (t === '|') {
      out.push(cell('', at));
      return;
    }
    if (!/\|\s*$/.test(l)) {
      out.push(cell(l.trimEnd(), at));
      return;
    }
    const parts = l.replace(/\s*\|\s*$/, '').split(/\s\|\s/);
    for (const p of parts) out.push(cell(p, at));
  });
  return out;
}

function readTabs(lines: readonly Line[]): Token[] {
  const out: Token[] = [];
  lines.forEach((l, i) => {
    if (l === null) return;
    if (BLANK_LINE_RE.test(l) && !l.includes('\t')) return;
    let col = 1;
    for (const part of l.split('\t')) {
      out.push(cell(part, { kind: 'line', line: i + 1, column: col }));
      col++;
    }
    out.push(ROW_END);
  });
  return out;
}

export function readTextString(text: string): TokenStream {
  const lines = dropPageFurniture(text.replace(/\r\n?/g, '\n').split('\n'));
  const layout = detectLayout(lines);
  if (layout === 'tabs') return { type: 'text', layout, tokens: readTabs(lines) };
  if (layout === 'pipes') return { type: 'text', layout, tokens: readPipes(lines) };
  const { tokens, dense } = readLines(lines);
  return { type: 'text', layout: dense ? DENSE_LINES : layout, tokens };
}

export const textReader: Reader = {
  type: 'text',
  read: (bytes, decoded) => readTextString(decoded?.text ?? decodeText(bytes)),
};

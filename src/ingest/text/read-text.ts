/**
 * @module Plain-text reports in the three layouts seen in published text
 * (domain.md §2.4 item 8): one cell per line with blank lines between (`lines`),
 * cells ending in " |" with runs of "|" for spanning cells (`pipes`; one cell a
 * line, or one table row a line as a web page copied as text gives it), and one
 * table row per line with tab-separated cells (`tabs`). Page furniture (page
 * numbers, the running title) is dropped first.
 */
import { cell, ROW_END, type Reader, type Token, type TokenStream } from '../tokens.js';
import { decodeText } from '../decode-text.js';
import { dropPageFurniture } from './page-furniture.js';
import { isWhiteSpace } from '../white-space.js';

/** A line of the text, or null where page furniture was removed. */
type Line = string | null;

export type TextLayout = 'lines' | 'pipes' | 'tabs';

/** The stream layout of one-cell-per-line text that keeps no trace of blank cells. */
export const DENSE_LINES = 'lines:dense';


/** White space only, and not empty (`/^[\s\u00a0\u3000]+$/`). */
function isWhiteSpaceOnly(l: string): boolean {
  for (let i = 0; i < l.length; i++) if (!isWhiteSpace(l.charCodeAt(i))) return false;
  return l.length > 0;
}

/** Empty, or spaces and tabs only. */
function isBlankLine(l: string): boolean {
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

function hasTwoTabs(l: string): boolean {
  const first = l.indexOf('\t');
  return first >= 0 && l.indexOf('\t', first + 1) >= 0;
}

function onlyPipes(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) !== 0x7c) return false;
  return t.length > 0;
}

/** A line of the pipes layout: a cell closed by " |" (`/\s\|\s*$/`), or filler of pipes only (`/^\|+\s*$/`). */
function isPipeLine(l: string): boolean {
  // The line without its trailing white space is l[0, end).
  let end = l.length;
  while (end > 0 && isWhiteSpace(l.charCodeAt(end - 1))) end--;
  if (end === 0 || l.charCodeAt(end - 1) !== 0x7c) return false;
  if (end >= 2 && isWhiteSpace(l.charCodeAt(end - 2))) return true;
  for (let i = 0; i < end; i++) if (l.charCodeAt(i) !== 0x7c) return false;
  return true;
}

export function detectLayout(lines: readonly Line[]): TextLayout {
  let tabs = 0;
  let pipes = 0;
  for (const l of lines) {
    if (l === null) continue;
    if (hasTwoTabs(l)) tabs++;
    if (isPipeLine(l)) pipes++;
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
    if (isBlankLine(l)) run++;
    else {
      runs.set(run, (runs.get(run) ?? 0) + 1);
      run = 0;
    }
  }
  const sep = [...runs.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  let whitespaceOnly = false;
  const out: Token[] = [];
  run = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l === null || l === undefined) continue;
    if (isBlankLine(l)) {
      run++;
      continue;
    }
    if (run > sep && out.length > 0) out.push({ kind: 'gap', size: run - sep, at: { kind: 'line', line: i - run + 1 } });
    run = 0;
    const blank = isWhiteSpaceOnly(l);
    whitespaceOnly ||= blank;
    out.push(cell(blank ? l : l.trimEnd(), { kind: 'line', line: i + 1 }));
  }
  return { tokens: out, dense: sep === 0 && !whitespaceOnly };
}

function readPipes(lines: readonly Line[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l === null || l === undefined) continue;
    const t = l.trim();
    if (t === '') continue;
    const at = { kind: 'line' as const, line: i + 1 };
    if (t === '|') {
      out.push(cell('', at));
      continue;
    }
    if (onlyPipes(t)) continue; // filler for spanning cells
    if (!t.endsWith('|')) {
      out.push(cell(l.trimEnd(), at));
      continue;
    }
    for (const p of pipeRowCells(l)) out.push(cell(p, at));
  }
  return out;
}

/** A run of two or more pipes closing a line: the slots of column spans ("第二十条第(一)项 | |||"), not cells. */
const SPAN_FILLER_RE = /\s\|{2,}$/;
/** A cell's closing pipe after white space; the white space after it (or the line's end) stays with the next cell. */
const CELL_END_RE = /\s\|(?=\s|$)/;

/**
 * The cells of a line that ends in a pipe: one cell (" x |"), or a table row copied from a web
 * page ("规章 | 0 | | 3 |", "行政事业性收费  | 0  | 0  | |"), where every cell ends in " |" and an
 * empty cell is a lone pipe between spaces. Runs of pipes at the end fill the slots of column spans.
 */
export function pipeRowCells(line: string): string[] {
  let body = line.trimEnd();
  // The filler can only match a line that ends in two pipes.
  const filler = body.endsWith('||') ? SPAN_FILLER_RE.exec(body) : null;
  if (filler && filler.index > 0) body = body.slice(0, filler.index).trimEnd();
  if (body.endsWith('|')) body = body.slice(0, -1).trimEnd();
  // One cell a line, the usual case: no pipe is left to split at.
  if (!body.includes('|')) return [body];
  return body.split(CELL_END_RE).map((p, i) => (i === 0 ? p : p.trimStart()));
}

function readTabs(lines: readonly Line[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l === null || l === undefined) continue;
    if (isBlankLine(l) && !l.includes('\t')) continue;
    let col = 1;
    for (const part of l.split('\t')) {
      out.push(cell(part, { kind: 'line', line: i + 1, column: col }));
      col++;
    }
    out.push(ROW_END);
  }
  return out;
}

export function readTextString(text: string): TokenStream {
  const lines = dropPageFurniture((text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n'));
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

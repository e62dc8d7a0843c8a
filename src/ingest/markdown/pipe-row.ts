/**
 * @module Pipe-table rows: splitting on unescaped `|`, and telling delimiter
 * rows (`|---|:--:|`) apart. Plain loops, no backtracking patterns, so a
 * pathological line costs linear time.
 */

export interface PipeCell {
  /** Raw cell text (untrimmed, escapes kept). */
  readonly raw: string;
  /** 0-based offset of `raw` in the line. */
  readonly offset: number;
}

/** Offsets of the pipes in a line that are not escaped with a backslash. */
function pipePositions(line: string): number[] {
  const at: number[] = [];
  let escaped = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (escaped) escaped = false;
    else if (ch === '\\') escaped = true;
    else if (ch === '|') at.push(i);
  }
  return at;
}

export function hasUnescapedPipe(line: string): boolean {
  return pipePositions(line).length > 0;
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s[i] !== ' ' && s[i] !== '\t') return false;
  return true;
}

/**
 * Splits a row on unescaped pipes. The empty piece before a leading pipe and
 * after a trailing pipe is dropped; empty pieces between pipes are blank cells.
 */
export function splitPipeRow(line: string): PipeCell[] {
  const pipes = pipePositions(line);
  const cells: PipeCell[] = [];
  let start = 0;
  for (const p of [...pipes, line.length]) {
    cells.push({ raw: line.slice(start, p), offset: start });
    start = p + 1;
  }
  const first = cells[0];
  if (pipes.length > 0 && first && isBlank(line, 0, pipes[0]!)) cells.shift();
  const last = cells[cells.length - 1];
  if (pipes.length > 0 && last && isBlank(line, pipes[pipes.length - 1]! + 1, line.length) && cells.length > 0) cells.pop();
  return cells;
}

function isDelimiterPiece(piece: string): { ok: boolean; strong: boolean } {
  let a = 0;
  let b = piece.length;
  while (a < b && (piece[a] === ' ' || piece[a] === '\t')) a++;
  while (b > a && (piece[b - 1] === ' ' || piece[b - 1] === '\t')) b--;
  let colon = false;
  if (piece[a] === ':') { a++; colon = true; }
  if (b > a && piece[b - 1] === ':') { b--; colon = true; }
  if (b <= a) return { ok: false, strong: false };
  for (let i = a; i < b; i++) if (piece[i] !== '-') return { ok: false, strong: false };
  return { ok: true, strong: colon || b - a >= 3 };
}

/**
 * A delimiter row: every cell is hyphens with optional alignment colons, and at
 * least one cell has three hyphens or a colon (a row of single `-` cells is
 * more likely data: "-" is a common way to write "none").
 */
export function isDelimiterRow(line: string): boolean {
  if (!line.includes('|') || !line.includes('-')) return false;
  const cells = splitPipeRow(line);
  if (cells.length === 0) return false;
  let strong = false;
  for (const c of cells) {
    const r = isDelimiterPiece(c.raw);
    if (!r.ok) return false;
    strong ||= r.strong;
  }
  return strong;
}

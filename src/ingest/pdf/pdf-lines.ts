/**
 * @module Positioned PDF text items → lines → cells.
 *
 * Items are grouped into lines by baseline (tolerance: half the font size),
 * ordered left to right, and a line is split into cells wherever the empty
 * space between two items is wider than 1.5 × the font size. A table row thus
 * becomes several cells, a line of prose one cell.
 */

export interface PdfItem {
  readonly str: string;
  /** Baseline start, PDF user space (origin bottom-left). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

export interface PdfCell {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export type PdfLine = readonly PdfCell[];

const LINE_TOLERANCE = 0.5;
const CELL_GAP = 1.5;
const WORD_GAP = 0.25;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function lineCells(items: PdfItem[]): PdfCell[] {
  items.sort((a, b) => a.x - b.x);
  const cells: PdfCell[] = [];
  let text = '';
  let start: PdfItem | undefined;
  let prev: PdfItem | undefined;
  for (const it of items) {
    if (prev && start) {
      const gap = it.x - (prev.x + prev.width);
      const size = Math.max(prev.size, it.size, 1);
      if (gap > CELL_GAP * size) {
        cells.push({ text, x: start.x, y: start.y });
        text = '';
        start = undefined;
      } else if (gap > WORD_GAP * size && !isSpace(text[text.length - 1]) && !isSpace(it.str[0])) {
        text += ' ';
      }
    }
    if (!start) start = it;
    text += it.str;
    prev = it;
  }
  if (start) cells.push({ text, x: start.x, y: start.y });
  return cells;
}

/** Groups a page's items into lines, top to bottom, each split into cells. */
export function groupLines(items: readonly PdfItem[]): PdfLine[] {
  const visible = items.filter((it) => /\S/.test(it.str));
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let current: PdfItem[] = [];
  let refY = 0;
  let refSize = 0;
  for (const it of visible) {
    if (current.length > 0 && Math.abs(it.y - refY) <= LINE_TOLERANCE * Math.max(refSize, it.size, 1)) {
      current.push(it);
      continue;
    }
    if (current.length > 0) lines.push(lineCells(current));
    current = [it];
    refY = it.y;
    refSize = it.size;
  }
  if (current.length > 0) lines.push(lineCells(current));
  return lines;
}

/**
 * @module The grid column of every cell of an HTML table: the first slot a
 * cell covers once the row spans of the rows above and the column spans to its
 * left are counted (the HTML table model, simplified: hidden cells take no slot).
 *
 * The assembler uses these columns only where a header row names the columns
 * and the data agree with it; Word-pasted tables with broken spans fall back
 * to reading by label and arithmetic.
 */
import type { DomElement } from './dom.js';

const MAX_SPAN = 1000;

function span(el: DomElement, name: 'colspan' | 'rowspan'): number {
  const n = Number.parseInt(el.attribs[name] ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** For each row, the grid column of each of its cells (rows given as their visible cells). */
export function gridColumns(rows: readonly (readonly DomElement[])[]): number[][] {
  // occupied[r] holds the slots of row r covered by row spans from above.
  const occupied: Set<number>[] = rows.map(() => new Set<number>());
  return rows.map((cells, r) => {
    const taken = occupied[r]!;
    let col = 0;
    return cells.map((td) => {
      while (taken.has(col)) col++;
      const at = col;
      const cs = span(td, 'colspan');
      const rs = Math.min(span(td, 'rowspan'), rows.length - r);
      for (let dr = 1; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) occupied[r + dr]!.add(at + dc);
      col += cs;
      return at;
    });
  });
}

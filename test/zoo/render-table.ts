/**
 * @module Grids to published markup: HTML tables (plain, with thead/th, or as
 * Word pastes them), Markdown pipe tables (spans repeated or blank, rows
 * ragged), and PDF-extracted text lines (one line per row, blank cells gone,
 * merged labels printed on the middle line of their span).
 */
import { expand, type GCell, type Grid } from './grid.js';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function spans(c: GCell): string {
  return `${c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
}

export interface HtmlTableOpts {
  /** Header rows in `<thead>` with `<th>` cells, data rows in `<tbody>`. */
  readonly thead?: boolean;
  /** Word's paste: MsoNormalTable, `<p class=MsoNormal><span>` per cell, `&nbsp;` for blanks. */
  readonly word?: boolean;
}

function wordCell(c: GCell): string {
  const paras = c.text === '' ? ['<span lang=EN-US>&nbsp;<o:p></o:p></span>'] : c.text.split('\n').map((t) => `<span style='font-size:9pt'>${esc(t)}</span>`);
  const body = paras.map((p) => `<p class=MsoNormal align=center>${p}</p>`).join('');
  return `<td${spans(c).replace(/"/g, '')} style='border:solid 1pt'>${body}</td>`;
}

export function htmlTable(grid: Grid, opts: HtmlTableOpts = {}): string {
  const out: string[] = [];
  if (opts.word) out.push(`<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>`);
  else out.push('<table border="1">');
  grid.rows.forEach((row, r) => {
    if (opts.thead && r === 0 && grid.headRows > 0) out.push('<thead>');
    if (opts.thead && r === grid.headRows) out.push('<tbody>');
    const tag = opts.thead && r < grid.headRows ? 'th' : 'td';
    const cells = row.map((c) => (opts.word ? wordCell(c) : `<${tag}${spans(c)}>${esc(c.text).replace(/\n/g, '<br>')}</${tag}>`));
    out.push(opts.word ? ` <tr style='height:14.0pt'>${cells.join('')}</tr>` : `<tr>${cells.join('')}</tr>`);
    if (opts.thead && r === grid.headRows - 1) out.push('</thead>');
  });
  if (opts.thead && grid.rows.length > grid.headRows) out.push('</tbody>');
  out.push('</table>');
  return out.join('\n');
}

export interface MdTableOpts {
  /** Text of a merged cell in every slot it covers (`repeat`), or only in its first slot (`blank`). */
  readonly spans: 'repeat' | 'blank';
  /** Drop empty cells at the end of each row (ragged rows). */
  readonly trimTrailing?: boolean;
}

export function mdTable(grid: Grid, opts: MdTableOpts): string {
  const m = expand(grid);
  const lines = m.map((row) => {
    let cells = row.map((s) => (opts.spans === 'repeat' || s.origin ? s.cell.text.replace(/\n/g, '<br>') : ''));
    if (opts.trimTrailing) while (cells.length > 1 && cells[cells.length - 1] === '') cells = cells.slice(0, -1);
    return `| ${cells.join(' | ')} |`;
  });
  const width = m[0]?.length ?? 1;
  lines.splice(1, 0, `|${' --- |'.repeat(width)}`);
  return lines.join('\n');
}

/** A cell on a text line: its text and, for value cells, the report path. */
export interface TextCell {
  readonly text: string;
  readonly path?: string;
}

/** One line per grid row; blank cells vanish; long merged header text is spread over the rows it spans. */
export function textTableLines(grid: Grid, opts: { readonly center?: boolean } = {}): TextCell[][] {
  const m = expand(grid);
  const lines: TextCell[][] = m.map(() => []);
  m.forEach((row, r) => {
    for (const slot of row) {
      if (!slot.origin) continue;
      const cell = slot.cell;
      if (cell.text === '') continue;
      const span = cell.rowspan ?? 1;
      const text = cell.text.replace(/\n/g, '');
      if (span > 1 && text.length > 16) {
        const per = Math.ceil(text.length / span);
        for (let k = 0; k < span; k++) {
          const piece = text.slice(k * per, (k + 1) * per);
          if (piece) lines[r + k]!.push({ text: piece });
        }
        continue;
      }
      const at = opts.center ? r + Math.floor((span - 1) / 2) : r;
      lines[at]!.push(cell.path ? { text, path: cell.path } : { text });
    }
  });
  return lines.filter((l) => l.length > 0);
}

export function joinCells(cells: readonly string[], sep: (gap: number) => string): string {
  return cells.map((c, i) => (i === 0 ? c : `${sep(i)}${c}`)).join('');
}

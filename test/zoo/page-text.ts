/**
 * @module Report blocks as plain text (what PDF extraction or a Word "save as
 * text" gives) and as Markdown (what PDF/HTML-to-Markdown converters give).
 */
import type { Block } from './doc.js';
import type { Grid } from './grid.js';

export interface TextPageOpts {
  /** The lines of one table grid. */
  readonly table: (grid: Grid, key: 't2' | 't3' | 't4') => string[];
  /** Lines between paragraphs (0 for PDF-like text, 1 for Word text). */
  readonly gap?: number;
  /** Separator lines between the lines of a table (for one-cell-per-line text). */
  readonly tableGap?: number;
}

export function textPage(blocks: readonly Block[], opts: TextPageOpts): string {
  const out: string[] = [];
  const gap = opts.gap ?? 1;
  const push = (lines: readonly string[]) => {
    for (let i = 0; i < gap && out.length > 0; i++) out.push('');
    out.push(...lines);
  };
  for (const b of blocks) {
    if (b.kind === 'table') {
      for (const g of b.grids) push([...(g.title ? [g.title] : []), ...opts.table(g, b.key)]);
    } else {
      push([b.text]);
    }
  }
  return `${out.join('\n')}\n`;
}

export interface MdPageOpts {
  readonly table: (grid: Grid, key: 't2' | 't3' | 't4') => string;
}

export function mdPage(blocks: readonly Block[], opts: MdPageOpts): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push(`# ${b.text}`);
        break;
      case 'heading':
        out.push(b.level === 1 ? `## ${b.text}` : `**${b.text}**`);
        break;
      case 'table':
        for (const g of b.grids) out.push(`${g.title ? `${g.title}\n\n` : ''}${opts.table(g, b.key)}`);
        break;
      default:
        out.push(b.text);
    }
  }
  return `${out.join('\n\n')}\n`;
}

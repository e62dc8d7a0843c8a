/**
 * @module The HTML walk: DOM → rows of cell tokens in reading order.
 *
 * Outside tables every paragraph-ish element (and every `<br>`-separated line
 * in it) becomes one row holding one cell. A data table yields one row per
 * `<tr>` with one cell per `<td>`/`<th>` (spans are not repeated; each cell
 * carries its grid column, spans counted). A table
 * whose cells hold tables, headings or long multi-paragraph text is layout: its
 * cells are walked like any other block container.
 */
import type { Token } from '../tokens.js';
import { cell } from '../tokens.js';
import {
  BLOCK_TAGS, CHROME_TAGS, classAndId, CollapsedText, collapseSpace, isAlwaysDropped, isElement, isHidden,
  type DomElement, type DomNode,
} from './dom.js';
import type { DomStats } from './dom-stats.js';
import { gridColumns } from './table-grid.js';

/** A row of cells and the element it came from (a block, or the table). */
export interface HtmlRow {
  readonly cells: Token[];
  readonly owner: DomElement;
}

export interface WalkOptions {
  /** Drop `<header>`, `<footer>`, `<aside>` and elements whose class/id says chrome. */
  readonly dropChrome: boolean;
  /** Stop the walk when this node is reached (the content root, when walking what precedes it). */
  readonly stopAt?: DomNode;
  /** Ancestors of `stopAt`: a table holding one of them is treated as layout. */
  readonly stopAncestors?: ReadonlySet<DomNode>;
}

/** Nesting beyond this is read as flat text, so a pathological page cannot exhaust the stack. */
const MAX_DEPTH = 256;
const LONG_CELL_CHARS = 400;
const CHROME_HINT_RE = /(?:^|[\s_-])(?:nav|navbar|menu|footer|breadcrumbs?|crumbs?|share|sidebar|toolbar|copyright|topbar|friendlinks?|login|search|skip)(?=$|[\s_\d-])/;

interface OpenBlock {
  readonly el: DomElement;
  readonly path: string;
  lines: number;
}

export class HtmlWalker {
  readonly rows: HtmlRow[] = [];
  /** The inline text since the last line ended. */
  private parts = new CollapsedText();
  private readonly blocks: OpenBlock[] = [];
  private stopped = false;
  private preDepth = 0;

  constructor(
    private readonly stats: DomStats,
    private readonly opts: WalkOptions,
  ) {}

  /** Walks a subtree, appending rows. */
  walk(node: DomNode): void {
    this.visit(node, 0);
    this.flush();
  }

  private path(el: DomElement): string {
    return `${el.name}[${this.stats.get(el)?.ordinal ?? 0}]`;
  }

  private skipped(el: DomElement): boolean {
    if (isAlwaysDropped(el)) return true;
    if (!this.opts.dropChrome) return false;
    const s = this.stats.get(el);
    if (this.opts.stopAncestors?.has(el)) return false;
    if (CHROME_TAGS.has(el.name)) return (s?.tables ?? 0) === 0;
    if (el.name === 'body' || el.name === 'html') return false;
    return CHROME_HINT_RE.test(classAndId(el)) && (s?.tables ?? 0) === 0 && (s?.h1s ?? 0) === 0;
  }

  private visit(node: DomNode, depth: number): void {
    if (this.stopped) return;
    if (node === this.opts.stopAt) {
      this.flush();
      this.stopped = true;
      return;
    }
    if (node.type === 'text') {
      this.text(node.data ?? '');
      return;
    }
    if (!isElement(node)) {
      if (node.type === 'root') for (const c of node.children ?? []) this.visit(c, depth + 1);
      return;
    }
    if (this.skipped(node)) return;
    if (node.name === 'br') {
      this.flush();
      return;
    }
    if (node.name === 'table') {
      this.flush();
      this.table(node, depth);
      return;
    }
    if (depth > MAX_DEPTH) {
      // Read the rest of the subtree as flat text (iteratively).
      this.parts.space();
      this.parts.add(cellText(node));
      this.parts.space();
      return;
    }
    const block = BLOCK_TAGS.has(node.name);
    if (block) this.open(node, this.path(node));
    if (node.name === 'pre') this.preDepth++;
    for (const c of node.children) this.visit(c, depth + 1);
    if (node.name === 'pre') this.preDepth--;
    if (block) this.close();
  }

  private text(data: string): void {
    if (this.preDepth === 0) {
      this.parts.add(data);
      return;
    }
    const lines = data.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) this.flush();
      this.parts.add(line);
    });
  }

  private open(el: DomElement, path: string): void {
    this.flush();
    this.blocks.push({ el, path, lines: 0 });
  }

  private close(): void {
    this.flush();
    this.blocks.pop();
  }

  /** Emits the pending inline text as one line of the innermost open block. */
  private flush(): void {
    if (this.parts.isEmpty()) return;
    const text = this.parts.text();
    this.parts = new CollapsedText();
    if (!/\S/.test(text)) return;
    const block = this.blocks[this.blocks.length - 1];
    if (!block) return;
    block.lines++;
    const path = block.lines === 1 ? block.path : `${block.path}/line[${block.lines}]`;
    this.rows.push({ cells: [cell(text, { kind: 'element', path })], owner: block.el });
  }

  private table(table: DomElement, depth: number): void {
    const tablePath = this.path(table);
    const rows = tableRows(table);
    const rowsCells = rows.map(rowCells);
    if (this.isLayout(rowsCells)) {
      rows.forEach((tr, ri) => {
        if (this.skipped(tr)) return;
        rowsCells[ri]!.forEach((td, ci) => {
          if (this.skipped(td)) return;
          this.open(td, `${tablePath}/tr[${ri + 1}]/${td.name}[${ci + 1}]`);
          for (const c of td.children) this.visit(c, depth + 1);
          this.close();
        });
      });
      return;
    }
    for (const c of table.children) {
      if (isElement(c) && c.name === 'caption' && !this.skipped(c)) {
        this.open(c, `${tablePath}/caption`);
        for (const cc of c.children) this.visit(cc, depth + 1);
        this.close();
      }
    }
    // Each kept row's visible cells; their grid columns count spans only where a cell has one.
    const visibleRows: DomElement[][] = [];
    let spans = false;
    for (let ri = 0; ri < rows.length; ri++) {
      const visible: DomElement[] = [];
      if (!this.skipped(rows[ri]!)) {
        for (const td of rowsCells[ri]!) {
          if (isHidden(td)) continue;
          visible.push(td);
          if (!spans && (td.attribs['colspan'] !== undefined || td.attribs['rowspan'] !== undefined)) spans = true;
        }
      }
      visibleRows.push(visible);
    }
    const cols = spans ? gridColumns(visibleRows) : null;
    for (let ri = 0; ri < rows.length; ri++) {
      if (this.skipped(rows[ri]!)) continue;
      const tds = rowsCells[ri]!;
      const rowPath = `${tablePath}/tr[${ri + 1}]/`;
      const cells: Token[] = [];
      let content = false;
      let visible = 0;
      for (let ci = 0; ci < tds.length; ci++) {
        const td = tds[ci]!;
        if (isHidden(td)) continue;
        const text = cellText(td);
        if (text !== '') content = true;
        const col = cols ? cols[ri]![visible]! : visible;
        visible++;
        cells.push(cell(text, { kind: 'element', path: `${rowPath}${td.name}[${ci + 1}]` }, col));
      }
      // A row of truly empty cells (Word's column-width row) says nothing; NBSP-only cells do count.
      if (content) this.rows.push({ cells, owner: table });
    }
  }

  private isLayout(rowsCells: readonly (readonly DomElement[])[]): boolean {
    let cellCount = 0;
    for (const tds of rowsCells) {
      for (const td of tds) {
        cellCount++;
        const s = this.stats.get(td);
        if (this.opts.stopAncestors?.has(td)) return true;
        if (!s) continue;
        if (s.tables > 0 || s.headings > 0) return true;
        if (s.textLen > LONG_CELL_CHARS && s.paragraphs >= 3) return true;
      }
    }
    return cellCount === 1;
  }
}

/** The rows of a table, not those of tables nested in its cells. */
export function tableRows(table: DomElement): DomElement[] {
  const rows: DomElement[] = [];
  for (const c of table.children) {
    if (!isElement(c)) continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') {
      for (const r of c.children) if (isElement(r) && r.name === 'tr') rows.push(r);
    }
  }
  return rows;
}

export function rowCells(tr: DomElement): DomElement[] {
  const cells: DomElement[] = [];
  for (const c of tr.children) if (isElement(c) && (c.name === 'td' || c.name === 'th')) cells.push(c);
  return cells;
}

const BREAK = '\n';

/**
 * A table cell's visible text: inline pieces joined as they are, block
 * boundaries and `<br>` read as a space, white space collapsed, NBSP kept.
 */
export function cellText(td: DomElement): string {
  const only = td.children.length === 1 ? td.children[0]! : null;
  if (only?.type === 'text') return collapseSpace(only.data ?? '');
  const text = new CollapsedText();
  // Iterative: a cell may hold the rest of a pathologically deep subtree (MAX_DEPTH).
  const stack: (DomNode | typeof BREAK)[] = [];
  for (let i = td.children.length - 1; i >= 0; i--) stack.push(td.children[i]!);
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === BREAK) {
      text.space();
      continue;
    }
    if (n.type === 'text') {
      text.add(n.data ?? '');
      continue;
    }
    if (!isElement(n) || isAlwaysDropped(n)) continue;
    if (n.name === 'br') {
      text.space();
      continue;
    }
    const block = BLOCK_TAGS.has(n.name);
    if (block) stack.push(BREAK);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    if (block) stack.push(BREAK);
  }
  return text.text();
}

/**
 * @module What the reader knows of each element before it walks: its per-tag ordinal (for element
 * paths such as `p[17]`) and, for visible elements, how much text, how many tables, headings and
 * paragraphs they hold. The content-root choice and the layout-table test read these numbers
 * instead of re-walking subtrees.
 *
 * The tree builder (html-tree.ts) counts them while it builds: an element's ordinal when it is
 * made, its text as text arrives, and its totals are added to its parent's once it is complete.
 */
import { HEADING_TAGS, type DomElement, type DomNode } from './dom.js';

export interface ElementStats {
  /** 1-based position among elements with the same tag, in document order. */
  readonly ordinal: number;
  /** Non-white-space characters of visible text. */
  textLen: number;
  tables: number;
  headings: number;
  h1s: number;
  paragraphs: number;
}

/** The elements of a document, each carrying its own stats. */
export class DomStats {
  constructor(
    /** Every element of the document, in document order. */
    readonly elements: readonly (DomElement & ElementStats)[],
  ) {}

  /** The element's stats; undefined for the root and for text. */
  get(node: DomNode): ElementStats | undefined {
    return node.order === undefined ? undefined : this.elements[node.order];
  }
}

const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'li', 'br']);

/** What an element adds to its parent's counts besides its own: one table, heading, h1 or paragraph. */
export interface OwnCounts {
  readonly table: number;
  readonly heading: number;
  readonly h1: number;
  readonly paragraph: number;
}

export function ownCounts(name: string): OwnCounts {
  return {
    table: name === 'table' ? 1 : 0,
    heading: HEADING_TAGS.has(name) ? 1 : 0,
    h1: name === 'h1' ? 1 : 0,
    paragraph: PARAGRAPH_TAGS.has(name) ? 1 : 0,
  };
}

/** Adds a complete, visible element's counts to its parent's. */
export function foldInto(parent: ElementStats, child: ElementStats, own: OwnCounts): void {
  parent.textLen += child.textLen;
  parent.tables += child.tables + own.table;
  parent.headings += child.headings + own.heading;
  parent.h1s += child.h1s + own.h1;
  parent.paragraphs += child.paragraphs + own.paragraph;
}

/** Characters of `s` that are not white space (ASCII controls and spaces, NBSP and U+3000 excluded). */
export function visibleChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

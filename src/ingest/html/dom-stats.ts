/**
 * @module One linear pass over the DOM: each element's per-tag ordinal (for
 * element paths such as `p[17]`) and, for visible elements, how much text,
 * how many tables, headings and paragraphs they hold. The content-root choice
 * and the layout-table test read these numbers instead of re-walking subtrees.
 */
import { isAlwaysDropped, isElement, HEADING_TAGS, type DomElement, type DomNode } from './dom.js';

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

/** The stats of a document's elements, held by each element's place in document order. */
export class DomStats {
  constructor(
    /** Every element of the document, in document order. */
    readonly elements: readonly DomElement[],
    private readonly byOrder: readonly ElementStats[],
  ) {}

  /** The element's stats; undefined for the root and for text. */
  get(node: DomNode): ElementStats | undefined {
    return node.order === undefined ? undefined : this.byOrder[node.order];
  }
}

const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'li', 'br']);

function visibleChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

/**
 * Computes stats for every element. Elements inside dropped subtrees (scripts,
 * hidden elements, …) get an ordinal but no content stats of their own that
 * count towards their ancestors.
 */
export function computeStats(root: DomNode): DomStats {
  const elements: DomElement[] = [];
  const byOrder: ElementStats[] = [];
  const stats = new DomStats(elements, byOrder);
  const counters = new Map<string, number>();
  // Visible elements in pre-order: a visible element's parent is visible too (or the root).
  const visibleOrder: DomElement[] = [];
  // Iterative pre-order walk; `dropped[i]` says whether `nodes[i]` lies inside a dropped subtree.
  const nodes: DomNode[] = [root];
  const dropped: boolean[] = [false];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const inDropped = dropped.pop()!;
    if (node.type === 'text') {
      // Parents come before their children, so the parent's stats exist (the root has none).
      const owner = !inDropped && node.parent ? stats.get(node.parent) : undefined;
      if (owner) owner.textLen += visibleChars(node.data ?? '');
      continue;
    }
    let childDropped = inDropped;
    if (isElement(node)) {
      const ordinal = (counters.get(node.name) ?? 0) + 1;
      counters.set(node.name, ordinal);
      // Pre-order is the order the elements were created in: `node.order` is this element's slot.
      elements.push(node);
      byOrder.push({ ordinal, textLen: 0, tables: 0, headings: 0, h1s: 0, paragraphs: 0 });
      if (!inDropped && isAlwaysDropped(node)) childDropped = true;
      if (!childDropped) visibleOrder.push(node);
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i]!);
      dropped.push(childDropped);
    }
  }
  // Reverse pre-order visits children before parents: fold each element into its parent.
  for (let i = visibleOrder.length - 1; i >= 0; i--) {
    const el = visibleOrder[i]!;
    const s = stats.get(el)!;
    const ps = el.parent ? stats.get(el.parent) : undefined;
    if (!ps) continue;
    ps.textLen += s.textLen;
    ps.tables += s.tables + (el.name === 'table' ? 1 : 0);
    ps.headings += s.headings + (HEADING_TAGS.has(el.name) ? 1 : 0);
    ps.h1s += s.h1s + (el.name === 'h1' ? 1 : 0);
    ps.paragraphs += s.paragraphs + (PARAGRAPH_TAGS.has(el.name) ? 1 : 0);
  }
  return stats;
}

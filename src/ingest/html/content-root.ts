/**
 * @module Finding the article on a saved government web page.
 *
 * Chinese government CMSs (TRS, 拓尔思, 大汉, 开普云 …) put the article body in a
 * few well-known containers. Among those present, the reader takes the one that
 * holds the most tables, then the most text, then narrows to a nested candidate
 * that still holds all those tables and at least half of the text (an outer
 * `.content` is often a page wrapper with sidebars).
 */
import type { DomElement, DomNode } from './dom.js';
import type { DomStats } from './dom-stats.js';

export const CONTENT_SELECTORS: readonly string[] = [
  '.TRS_Editor', '.TRS_UEDITOR', '.trs_editor_view', '#zoom', '.zoom', '#Zoom', '#UCAP-CONTENT', '.Custom_UnionStyle',
  '.article-content', '.article_content', '.articleContent', '.article-body', '.article_con', '.pages_content',
  '.detail-content', '.detail_content', '.news_content', '.news-content', '.xxgk_content', '#xxgk_content',
  '.main-content', '.main_content', '#content', '.content', '.view', 'article', 'main', '[role=main]',
];

const MIN_TEXT = 50;
const NARROW_SHARE = 0.5;

/**
 * The selectors above are simple (`.class`, `#id`, `tag`, `[attr=value]`), matched case-insensitively:
 * each name a selector tests is kept with the position of the first selector naming it, so an element
 * is matched by looking up its class names, id and tag rather than by trying every selector.
 */
interface SelectorIndex {
  readonly classes: ReadonlyMap<string, number>;
  readonly ids: ReadonlyMap<string, number>;
  readonly tags: ReadonlyMap<string, number>;
  readonly attributes: readonly { readonly name: string; readonly value: string; readonly at: number }[];
}

function indexSelectors(selectors: readonly string[]): SelectorIndex {
  const classes = new Map<string, number>();
  const ids = new Map<string, number>();
  const tags = new Map<string, number>();
  const attributes: { name: string; value: string; at: number }[] = [];
  selectors.forEach((selector, at) => {
    const attr = /^\[([\w-]+)=([\w-]+)\]$/.exec(selector);
    const keep = (names: Map<string, number>, name: string): void => {
      if (!names.has(name)) names.set(name, at);
    };
    if (attr) attributes.push({ name: attr[1]!, value: attr[2]!.toLowerCase(), at });
    else if (selector.startsWith('.')) keep(classes, selector.slice(1).toLowerCase());
    else if (selector.startsWith('#')) keep(ids, selector.slice(1).toLowerCase());
    else keep(tags, selector);
  });
  return { classes, ids, tags, attributes };
}

const SELECTORS = indexSelectors(CONTENT_SELECTORS);
const NO_MATCH = CONTENT_SELECTORS.length;

/** The first selector a class attribute matches (`NO_MATCH` when none): its names, lower-cased, split at white space. */
function classMatch(value: string): number {
  let first = NO_MATCH;
  for (const name of value.toLowerCase().split(/\s+/)) first = Math.min(first, SELECTORS.classes.get(name) ?? NO_MATCH);
  return first;
}

/**
 * The position of the first selector the element matches, or `NO_MATCH`. `classes` remembers the
 * answer for each class attribute seen (a page repeats a few, such as Word's `MsoNormal`).
 */
function firstMatch(el: DomElement, classes: Map<string, number>): number {
  const attribs = el.attribs;
  let first = SELECTORS.tags.get(el.name) ?? NO_MATCH;
  const cls = attribs['class'];
  if (cls !== undefined) {
    let at = classes.get(cls);
    if (at === undefined) classes.set(cls, (at = classMatch(cls)));
    first = Math.min(first, at);
  }
  const id = attribs['id'];
  if (id !== undefined) first = Math.min(first, SELECTORS.ids.get(id.toLowerCase()) ?? NO_MATCH);
  for (const a of SELECTORS.attributes) if (a.at < first && attribs[a.name]?.toLowerCase() === a.value) first = a.at;
  return first;
}

function isInside(node: DomNode, ancestor: DomNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

export interface ContentRoot {
  readonly node: DomNode;
  readonly selector: string;
}

/** The article container, or null when the page has none of the known ones. */
export function findContentRoot(stats: DomStats): ContentRoot | null {
  const found: { node: DomNode; selector: string; textLen: number; tables: number }[] = [];
  const classes = new Map<string, number>();
  for (const node of stats.elements) {
    // Stats exist for hidden elements too, but then they carry no text.
    const s = stats.get(node)!;
    if (s.textLen < MIN_TEXT && s.tables === 0) continue;
    const at = firstMatch(node, classes);
    if (at < NO_MATCH) found.push({ node, selector: CONTENT_SELECTORS[at]!, textLen: s.textLen, tables: s.tables });
  }
  if (found.length === 0) return null;
  const maxTables = Math.max(...found.map((f) => f.tables));
  const pool = found.filter((f) => f.tables === maxTables).sort((a, b) => b.textLen - a.textLen);
  let best = pool[0]!;
  for (;;) {
    const current = best;
    const inner = pool.find((f) => f !== current && isInside(f.node, current.node) && f.textLen >= current.textLen * NARROW_SHARE);
    if (!inner) break;
    best = inner;
  }
  return { node: best.node, selector: best.selector };
}

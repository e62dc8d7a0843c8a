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

/** An element's class names and id, lower-cased once for all the selectors. */
interface Names {
  readonly classes: readonly string[];
  readonly id: string;
}

function namesOf(el: DomElement): Names {
  return { classes: (el.attribs['class'] ?? '').toLowerCase().split(/\s+/), id: (el.attribs['id'] ?? '').toLowerCase() };
}

type Matcher = (el: DomElement, names: Names) => boolean;

/** The selectors above are simple (`.class`, `#id`, `tag`, `[attr=value]`): matched by hand, case-insensitively, in one pass. */
function matcher(selector: string): Matcher {
  const attr = /^\[([\w-]+)=([\w-]+)\]$/.exec(selector);
  if (attr) return (el) => el.attribs[attr[1]!]?.toLowerCase() === attr[2]!.toLowerCase();
  const name = selector.slice(1).toLowerCase();
  if (selector.startsWith('.')) return (_, names) => names.classes.includes(name);
  if (selector.startsWith('#')) return (_, names) => names.id === name;
  return (el) => el.name === selector;
}

const MATCHERS: readonly { selector: string; match: Matcher }[] = CONTENT_SELECTORS.map((selector) => ({ selector, match: matcher(selector) }));

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
  for (const node of stats.elements) {
    // Stats exist for hidden elements too, but then they carry no text.
    const s = stats.get(node)!;
    if (s.textLen < MIN_TEXT && s.tables === 0) continue;
    const names = namesOf(node);
    const hit = MATCHERS.find((m) => m.match(node, names));
    if (hit) found.push({ node, selector: hit.selector, textLen: s.textLen, tables: s.tables });
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

/**
 * @module The HTML reader: a saved government web page (or any HTML) → tokens.
 *
 * Bytes are decoded by BOM / declared charset / sniffing, parsed into an element
 * tree (parse-html: htmlparser2's tree, built faster), and walked in reading order. When the page has a known article
 * container, only that container is read, preceded by the page title and the
 * metadata lines (索引号, 发布日期 …) that sit above it; otherwise the whole
 * body is read with site chrome removed.
 */
import type { Reader, Token, TokenStream } from '../tokens.js';
import { cell, ROW_END } from '../tokens.js';
import { decodeHtmlBytes, readsAsUtf8 } from './decode-html.js';
import type { DecodedInput } from '../decode-text.js';
import { classAndId, collapseSpace, isElement, type DomElement, type DomNode } from './dom.js';
import { findContentRoot } from './content-root.js';
import { HtmlWalker, type HtmlRow } from './html-walker.js';
import { parseHtml, parseUtf8Html, textContent, type HtmlDocument } from './html-tree.js';

const METADATA_RE = /索\s*引\s*号|发布(?:日期|时间|机构)|成文日期|生成日期|发文(?:日期|机关|字号)|文\s*号|主\s*题\s*(?:分类|词)|信息来源|来\s*源\s*[:：]|信息分类|公开(?:方式|范围|时限|形式)|有\s*效\s*性/;
const MAX_LEADING_ROW_CHARS = 300;
const TITLE_HINT_RE = /title|biaoti/;

function rowText(row: HtmlRow): string {
  return row.cells.map((c) => (c.kind === 'cell' ? c.text : '')).join(' ');
}

function withinTitleHint(el: DomElement): boolean {
  let node: DomNode | null | undefined = el;
  for (let i = 0; i < 4 && node; i++, node = node.parent) {
    if (isElement(node) && TITLE_HINT_RE.test(classAndId(node))) return true;
  }
  return false;
}

/** Of what precedes the article, keeps the title line and the metadata lines. */
function leadingRows(rows: readonly HtmlRow[]): { rows: HtmlRow[]; hasTitle: boolean } {
  const kept: HtmlRow[] = [];
  let title: HtmlRow | undefined = rows.find((r) => r.owner.name === 'h1');
  if (!title) title = rows.find((r) => r.owner.name !== 'table' && withinTitleHint(r.owner) && rowText(r).length <= 200);
  for (const r of rows) {
    if (r === title) kept.push(r);
    else if (rowText(r).length <= MAX_LEADING_ROW_CHARS && METADATA_RE.test(rowText(r))) kept.push(r);
  }
  return { rows: kept, hasTitle: title !== undefined };
}

function toTokens(rows: readonly HtmlRow[]): Token[] {
  const tokens: Token[] = [];
  for (const r of rows) {
    for (const c of r.cells) tokens.push(c);
    tokens.push(ROW_END);
  }
  return tokens;
}

/** Reads an HTML string (a whole page or a fragment such as mammoth's output). */
export function readHtmlString(html: string): TokenStream {
  return readHtmlDocument(parseHtml(html));
}

/**
 * Reads a parsed page. The tree is htmlparser2's (not the tree a browser would build): the walker
 * reads cells and paragraphs, and Word's markup is forgiven either way (docs/decisions/0010, 0014).
 */
function readHtmlDocument(doc: HtmlDocument): TokenStream {
  const root: DomNode = doc.root;
  const stats = doc.stats;
  const body: DomNode = doc.body ?? root;
  const content = findContentRoot(stats);
  const rows: HtmlRow[] = [];
  let hasTitle = false;
  if (content) {
    const ancestors = new Set<DomNode>();
    for (let p = content.node.parent; p; p = p.parent) ancestors.add(p);
    const before = new HtmlWalker(stats, { dropChrome: true, stopAt: content.node, stopAncestors: ancestors });
    before.walk(body);
    const lead = leadingRows(before.rows);
    for (const r of lead.rows) rows.push(r);
    const main = new HtmlWalker(stats, { dropChrome: false });
    main.walk(content.node);
    for (const r of main.rows) rows.push(r);
    hasTitle = lead.hasTitle || (stats.get(content.node)?.h1s ?? 0) > 0;
  } else {
    const walker = new HtmlWalker(stats, { dropChrome: true });
    walker.walk(body);
    for (const r of walker.rows) rows.push(r);
    hasTitle = walker.rows.some((r) => r.owner.name === 'h1');
  }
  const tokens = toTokens(rows);
  if (!hasTitle) {
    const title = collapseSpace(doc.headTitle ? textContent(doc.headTitle) : '');
    if (/\S/.test(title)) tokens.unshift(cell(title, { kind: 'element', path: 'title' }), ROW_END);
  }
  return { type: 'html', layout: content ? `html:${content.selector}` : 'html', tokens };
}

export const htmlReader: Reader = {
  type: 'html',
  read(bytes: Uint8Array, decoded?: DecodedInput): TokenStream {
    // Most pages are UTF-8: read from their bytes, they are never decoded whole (docs/decisions/0090).
    return readHtmlDocument(readsAsUtf8(bytes) ? parseUtf8Html(bytes) : parseHtml(decodeHtmlBytes(bytes, decoded)));
  },
};

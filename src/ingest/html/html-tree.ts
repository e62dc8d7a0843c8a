/**
 * @module The element tree of an HTML document, built from the scanner's tags with htmlparser2's
 * rules (HTML mode), so that a page gives the tree it always gave: start tags that close open
 * elements (`<p>` closes `<p>`, `<td>` closes `<td>`, `<tr>` closes cells and rows …), void
 * elements, self-closing tags honoured only inside `<svg>`/`<math>`, an end tag closing every
 * element opened after its own, `</p>` and `</br>` without a start tag, stray end tags ignored.
 *
 * The nodes carry what the reader walks (dom.ts): name, the attributes it reads, children, parent
 * and text; each element also carries its stats (dom-stats.ts), counted as the tree is built: its
 * ordinal when it is made, its text as it arrives, its totals added to its parent's once complete.
 */
import { DROPPED_TAGS, hiddenBy, isEmptyWordMark, READ_ATTRIBUTES, type DomElement, type DomNode } from './dom.js';
import { DomStats, foldInto, ownCounts, visibleChars, type ElementStats, type OwnCounts } from './dom-stats.js';
import { detach } from '../assemble/memo.js';
import { NO_ATTRIBUTES, scanHtml, scanUtf8Html, type ScanHandler } from './html-scanner.js';
import { styleMayHide } from './hidden-style.js';

const P = new Set(['p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTIONS = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);

/** Open elements a start tag closes while they are the current element. */
const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((t) => [t, P] as const),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM_TAGS] as const),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (t) => [t, P] as const,
  ),
  ['rt', RT_RP],
  ['rp', RT_RP],
  ['tbody', TABLE_SECTIONS],
  ['tfoot', TABLE_SECTIONS],
]);

const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta',
  'param', 'source', 'track', 'wbr',
]);

const FOREIGN_ELEMENTS: ReadonlySet<string> = new Set(['math', 'svg']);
const HTML_INTEGRATION_ELEMENTS: ReadonlySet<string> = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** What the builder needs to know of a tag name, looked up once per tag. */
interface TagInfo {
  /** Open elements this start tag closes while they are the current element. */
  readonly closes: ReadonlySet<string> | undefined;
  readonly isVoid: boolean;
  /** Opens foreign content (svg, math), an HTML integration point, or neither. */
  readonly foreign: 'foreign' | 'integration' | null;
  /** A tag whose subtree is never content (`DROPPED_TAGS`). */
  readonly droppedTag: boolean;
  readonly own: OwnCounts;
  /** Elements of this tag so far in the document being built (`generation`); see `TreeBuilder.ordinal`. */
  count: number;
  generation: number;
}

function tagInfoOf(name: string): TagInfo {
  return {
    closes: OPEN_IMPLIES_CLOSE.get(name),
    isVoid: VOID_ELEMENTS.has(name),
    foreign: FOREIGN_ELEMENTS.has(name) ? 'foreign' : HTML_INTEGRATION_ELEMENTS.has(name) ? 'integration' : null,
    droppedTag: DROPPED_TAGS.has(name),
    own: ownCounts(name),
    count: 0,
    generation: 0,
  };
}

/** Tag names are few: their info is kept, up to a bound (a hostile page could invent any number). */
const TAG_INFO = new Map<string, TagInfo>();
const MAX_TAG_INFO = 2_000;

/** Each document built gets its own generation, so the counts in `TagInfo` start again at 0. */
let generations = 0;

export class TextNode implements DomNode {
  readonly type = 'text';
  constructor(
    readonly data: string,
    readonly parent: DomNode,
  ) {}
}

export class ElementNode implements DomElement, ElementStats {
  readonly type = 'tag';
  readonly children: DomNode[] = [];
  readonly hidden: boolean;
  dropped: boolean;
  /** Lies inside an element that is dropped: its text and counts go nowhere. */
  readonly inDropped: boolean;
  textLen = 0;
  tables = 0;
  headings = 0;
  h1s = 0;
  paragraphs = 0;
  constructor(
    readonly order: number,
    readonly ordinal: number,
    readonly name: string,
    readonly attribs: Readonly<Record<string, string>>,
    readonly parent: ElementNode | RootNode,
    readonly info: TagInfo,
  ) {
    this.hidden = attribs !== NO_ATTRIBUTES && hiddenBy(attribs);
    this.inDropped = parent.type === 'tag' && (parent.inDropped || parent.dropped);
    // An empty Word mark is known only once complete (`complete`).
    this.dropped = info.droppedTag || this.hidden;
  }
}

export class RootNode implements DomNode {
  readonly type = 'root';
  readonly children: DomNode[] = [];
  readonly parent = null;
}

export interface HtmlDocument {
  readonly root: RootNode;
  /** The first `<body>` element. */
  readonly body: ElementNode | null;
  /** The first `<title>` that is a child of a `<head>`. */
  readonly headTitle: ElementNode | null;
  /** Every element with its ordinal and counts. */
  readonly stats: DomStats;
}

class TreeBuilder implements ScanHandler {
  readonly attributes = READ_ATTRIBUTES;
  /** A style is read only to know whether it hides its element (`hiddenBy`). */
  valueMatters(name: string, s: string, from: number, to: number): boolean {
    return name !== 'style' || styleMayHide(s, from, to);
  }
  readonly root = new RootNode();
  readonly elements: ElementNode[] = [];
  body: ElementNode | null = null;
  headTitle: ElementNode | null = null;
  /** Open elements, innermost last. */
  private readonly open: ElementNode[] = [];
  /** The innermost open element, or the root. */
  private current: ElementNode | RootNode = this.root;
  /** Whether self-closing tags count (inside svg/math), innermost last; kept as htmlparser2 keeps it. */
  private readonly foreign: boolean[] = [false];
  private readonly generation = ++generations;
  /** Infos of the tags beyond the shared table's bound, for this document only. */
  private local: Map<string, TagInfo> | null = null;
  /** The last tag looked up: tags come in runs (td after td). */
  private lastName = '';
  private lastInfo: TagInfo | null = null;

  openTag(name: string, attribs: Readonly<Record<string, string>>, selfClosing: boolean): void {
    const info = this.info(name);
    const closes = info.closes;
    if (closes) while (this.open.length > 0 && closes.has(this.open[this.open.length - 1]!.name)) this.pop();
    const el = this.append(name, attribs, info);
    if (info.isVoid) {
      this.complete(el);
      return;
    }
    this.open.push(el);
    this.current = el;
    if (info.foreign === 'foreign') this.foreign.push(true);
    else if (info.foreign === 'integration') this.foreign.push(false);
    if (selfClosing && this.foreign[this.foreign.length - 1]) this.pop();
  }

  closeTag(name: string): void {
    const info = this.info(name);
    if (info.foreign !== null) this.foreign.pop();
    if (info.isVoid) {
      if (name === 'br') this.complete(this.append('br', NO_ATTRIBUTES, info));
      return;
    }
    let at = this.open.length - 1;
    while (at >= 0 && this.open[at]!.name !== name) at--;
    if (at >= 0) this.closeFrom(at);
    else if (name === 'p') this.complete(this.append('p', NO_ATTRIBUTES, info));
  }

  text(data: string): void {
    const parent = this.current;
    parent.children.push(new TextNode(data, parent));
    if (parent.type === 'tag' && !parent.inDropped && !parent.dropped) parent.textLen += visibleChars(data);
  }

  /** The end of the document: every element still open is complete. */
  document(): HtmlDocument {
    this.closeFrom(0);
    return { root: this.root, body: this.body, headTitle: this.headTitle, stats: new DomStats(this.elements) };
  }

  /** The tag's info, the same object for a name throughout the document. */
  private info(name: string): TagInfo {
    if (name === this.lastName) return this.lastInfo!;
    let info = TAG_INFO.get(name) ?? this.local?.get(name);
    if (!info) {
      info = tagInfoOf(name);
      if (TAG_INFO.size < MAX_TAG_INFO) TAG_INFO.set(detach(name), info);
      else (this.local ??= new Map()).set(name, info);
    }
    this.lastName = name;
    this.lastInfo = info;
    return info;
  }

  /** 1-based position of the next element of this tag among the document's elements of that tag. */
  private ordinal(info: TagInfo): number {
    if (info.generation !== this.generation) {
      info.generation = this.generation;
      info.count = 0;
    }
    return ++info.count;
  }

  /** Closes the innermost open element. */
  private pop(): void {
    this.complete(this.open.pop()!);
    this.current = this.open[this.open.length - 1] ?? this.root;
  }

  /** Closes the open elements from `at` up, innermost first. */
  private closeFrom(at: number): void {
    while (this.open.length > at) this.pop();
  }

  private append(name: string, attribs: Readonly<Record<string, string>>, info: TagInfo): ElementNode {
    const parent = this.current;
    const el = new ElementNode(this.elements.length, this.ordinal(info), name, attribs, parent, info);
    this.elements.push(el);
    parent.children.push(el);
    if (name === 'body' && !this.body) this.body = el;
    if (name === 'title' && !this.headTitle && parent.type === 'tag' && parent.name === 'head') this.headTitle = el;
    return el;
  }

  /** An element gets no more children: settle whether it is dropped, and count it into its parent. */
  private complete(el: ElementNode): void {
    if (!el.dropped && isEmptyWordMark(el)) {
      el.dropped = true;
      el.textLen = 0;
    }
    if (!el.inDropped && !el.dropped && el.parent.type === 'tag') foldInto(el.parent, el, el.info.own);
  }
}

/** Parses a whole document (or a fragment) into its element tree. */
export function parseHtml(html: string): HtmlDocument {
  const builder = new TreeBuilder();
  scanHtml(html, builder);
  return builder.document();
}

/** `parseHtml` of a document given as UTF-8 bytes (without a BOM). */
export function parseUtf8Html(bytes: Uint8Array): HtmlDocument {
  const builder = new TreeBuilder();
  scanUtf8Html(bytes, builder);
  return builder.document();
}

/** All text below a node, as `textContent` gives it. */
export function textContent(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  return (node.children ?? []).map(textContent).join('');
}

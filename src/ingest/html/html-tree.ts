/**
 * @module The element tree of an HTML document, built from the scanner's tags with htmlparser2's
 * rules (HTML mode), so that a page gives the tree it always gave: start tags that close open
 * elements (`<p>` closes `<p>`, `<td>` closes `<td>`, `<tr>` closes cells and rows …), void
 * elements, self-closing tags honoured only inside `<svg>`/`<math>`, an end tag closing every
 * element opened after its own, `</p>` and `</br>` without a start tag, stray end tags ignored.
 *
 * The nodes carry what the reader walks (dom.ts): name, the attributes it reads, children, parent
 * and text.
 */
import { hiddenBy, READ_ATTRIBUTES, type DomElement, type DomNode } from './dom.js';
import { scanHtml, type ScanHandler } from './html-scanner.js';

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

export class TextNode implements DomNode {
  readonly type = 'text';
  constructor(
    readonly data: string,
    readonly parent: DomNode,
  ) {}
}

export class ElementNode implements DomElement {
  readonly type = 'tag';
  readonly children: DomNode[] = [];
  readonly hidden: boolean;
  constructor(
    readonly order: number,
    readonly name: string,
    readonly attribs: Readonly<Record<string, string>>,
    readonly parent: DomNode,
  ) {
    this.hidden = hiddenBy(attribs);
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
}

class TreeBuilder implements ScanHandler {
  readonly attributes = READ_ATTRIBUTES;
  readonly root = new RootNode();
  body: ElementNode | null = null;
  headTitle: ElementNode | null = null;
  /** Open elements, innermost last. */
  private readonly open: ElementNode[] = [];
  /** Whether self-closing tags count (inside svg/math), innermost last; kept as htmlparser2 keeps it. */
  private readonly foreign: boolean[] = [false];
  private elements = 0;

  private get current(): ElementNode | RootNode {
    return this.open[this.open.length - 1] ?? this.root;
  }

  openTag(name: string, attribs: Record<string, string>, selfClosing: boolean): void {
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (this.open.length > 0 && closes.has(this.open[this.open.length - 1]!.name)) this.open.pop();
    const el = this.append(name, attribs);
    if (VOID_ELEMENTS.has(name)) return;
    this.open.push(el);
    if (FOREIGN_ELEMENTS.has(name)) this.foreign.push(true);
    else if (HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.push(false);
    if (selfClosing && this.foreign[this.foreign.length - 1]) this.open.pop();
  }

  closeTag(name: string): void {
    if (FOREIGN_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.pop();
    if (VOID_ELEMENTS.has(name)) {
      if (name === 'br') this.append('br', {});
      return;
    }
    let at = this.open.length - 1;
    while (at >= 0 && this.open[at]!.name !== name) at--;
    if (at >= 0) this.open.length = at;
    else if (name === 'p') this.append('p', {});
  }

  text(data: string): void {
    const parent = this.current;
    parent.children.push(new TextNode(data, parent));
  }

  private append(name: string, attribs: Record<string, string>): ElementNode {
    const parent = this.current;
    const el = new ElementNode(this.elements++, name, attribs, parent);
    parent.children.push(el);
    if (name === 'body' && !this.body) this.body = el;
    if (name === 'title' && !this.headTitle && parent.type === 'tag' && (parent as ElementNode).name === 'head') this.headTitle = el;
    return el;
  }
}

/** Parses a whole document (or a fragment) into its element tree. */
export function parseHtml(html: string): HtmlDocument {
  const builder = new TreeBuilder();
  scanHtml(html, builder);
  return { root: builder.root, body: builder.body, headTitle: builder.headTitle };
}

/** All text below a node, as `textContent` gives it. */
export function textContent(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  return (node.children ?? []).map(textContent).join('');
}

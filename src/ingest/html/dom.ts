/**
 * @module A structural view of the element tree and the element rules of the
 * HTML reader: what is a block, what is dropped, what is hidden.
 *
 * The reader walks the tree itself (html-tree.ts builds it), so these types only
 * name the fields it reads.
 */
import { NameTable } from './html-names.js';
import { hidesElement } from './hidden-style.js';

export interface DomNode {
  readonly type: string;
  /** An element's position among the document's elements, in document order. */
  readonly order?: number;
  readonly name?: string;
  readonly attribs?: Readonly<Record<string, string>>;
  readonly children?: readonly DomNode[];
  readonly data?: string;
  readonly parent?: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly order: number;
  readonly name: string;
  /** Hidden by its own attributes (`hiddenBy`): decided once, when the element is made. */
  readonly hidden: boolean;
  /**
   * Never content, wherever it stands (`isAlwaysDropped`): a non-content tag, hidden, or an empty
   * Word mark. Decided by the tree builder once the element is complete.
   */
  readonly dropped: boolean;
  readonly attribs: Readonly<Record<string, string>>;
  readonly children: readonly DomNode[];
}

/**
 * The attributes the reader reads: class and id (article containers, chrome hints), style and
 * hidden (hidden elements), the spans (table grid), role (`[role=main]`). Others are not kept.
 */
export const READ_ATTRIBUTES = new NameTable(['class', 'id', 'style', 'hidden', 'colspan', 'rowspan', 'role']);

export function isElement(node: DomNode): node is DomElement {
  return (node.type === 'tag' || node.type === 'script' || node.type === 'style') && typeof node.name === 'string';
}

/** Elements whose whole subtree is never content. */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'svg', 'math', 'canvas',
  'object', 'embed', 'applet', 'audio', 'video', 'map', 'area', 'img', 'picture', 'source', 'track', 'param',
  'meta', 'link', 'base', 'nav', 'input', 'select', 'textarea', 'button', 'option', 'optgroup', 'datalist',
  'xml', 'dialog', 'v:shape', 'v:imagedata', 'o:wrapblock',
]);

/** Page chrome: dropped outside the article (and everywhere when no article was found). */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['header', 'footer', 'aside']);

/** Elements that start a new line of text (a paragraph-ish unit). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'listing', 'plaintext', 'xmp',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Attributes that hide an element: `hidden`, or an inline style (including Word's `mso-hide:all`). */
export function hiddenBy(attribs: Readonly<Record<string, string>>): boolean {
  if (attribs['hidden'] !== undefined) return true;
  const style = attribs['style'];
  return style !== undefined && hidesElement(style);
}

export function isHidden(el: DomElement): boolean {
  return el.hidden;
}

const WS_ONLY_RE = /^[\s\u00a0]*$/;

/** Word's `<o:p>` paragraph marks are dropped when they hold only (non-breaking) spaces. */
export function isEmptyWordMark(el: DomElement): boolean {
  if (el.name !== 'o:p') return false;
  for (const c of el.children) {
    if (c.type === 'text') {
      if (!WS_ONLY_RE.test(c.data ?? '')) return false;
    } else if (isElement(c)) {
      return false;
    }
  }
  return true;
}

/** Dropped wherever it appears: non-content tags, hidden elements, empty Word marks. */
export function isAlwaysDropped(el: DomElement): boolean {
  return el.dropped;
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

const ASCII_SPACE_RE = /[ \t\n\r\f]/;

/**
 * HTML white-space collapsing: runs of ASCII white space become one space and the
 * ends are trimmed. U+00A0 and U+3000 are content and survive.
 */
export function collapseSpace(s: string): string {
  // Most texts hold no ASCII white space at all: one native scan passes them by.
  if (!ASCII_SPACE_RE.test(s)) return s;
  const text = new CollapsedText();
  text.add(s);
  return text.text();
}

/**
 * Pieces of text joined and collapsed as `collapseSpace(pieces.join(''))` would be, without a pass
 * over every character of the whole: a piece with no white space is taken as it is.
 */
export class CollapsedText {
  private readonly out: string[] = [];
  /** White space stands between the last word and whatever comes next. */
  private spaced = false;

  add(s: string): void {
    if (!ASCII_SPACE_RE.test(s)) {
      if (s !== '') this.word(s);
      return;
    }
    for (let i = 0; i < s.length; ) {
      if (isAsciiSpace(s.charCodeAt(i))) {
        this.spaced = true;
        i++;
        continue;
      }
      const start = i;
      while (i < s.length && !isAsciiSpace(s.charCodeAt(i))) i++;
      this.word(start === 0 && i === s.length ? s : s.slice(start, i));
    }
  }

  /** A break (a block boundary, `<br>`): white space. */
  space(): void {
    this.spaced = true;
  }

  /** No word yet. */
  isEmpty(): boolean {
    return this.out.length === 0;
  }

  text(): string {
    return this.out.length === 1 ? this.out[0]! : this.out.join('');
  }

  private word(w: string): void {
    // White space before the first word is trimmed, and after the last one never written.
    if (this.spaced && this.out.length > 0) this.out.push(' ');
    this.spaced = false;
    this.out.push(w);
  }
}

/** The class and id of an element, lower-cased, for chrome hints. */
export function classAndId(el: DomElement): string {
  return `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.toLowerCase();
}

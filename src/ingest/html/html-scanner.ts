/**
 * @module The HTML tokenizer of the reader: start tags with their attributes, end tags and text.
 *
 * It cuts a document exactly as htmlparser2's tokenizer does in HTML mode with entities decoded
 * (the parser the reader used before, so every page reads as it did): the same tag-name and
 * attribute rules, the same raw-text elements (`script`, `style`, `textarea`, `xmp`, and `title`
 * with its references decoded), the same treatment of broken markup and of a document that ends
 * inside a tag. Only it jumps to the next `<`, quote or `>` instead of stepping through a state
 * machine character by character. Comments, declarations and processing instructions are skipped:
 * the reader has no use for them.
 */
import { Buffer } from 'node:buffer';
import { decodeAttribute, decodeText, decodeTitleText } from './html-entities.js';
import { COMMON_TAGS, type NameTable } from './html-names.js';

export interface ScanHandler {
  /** Attributes to keep; the others are skipped unread. */
  readonly attributes: NameTable;
  /**
   * Whether the value of a kept attribute, written at s[from, to) (undecoded), can matter to the
   * handler. When it cannot, the attribute is left out, its value never decoded; a later attribute
   * of the same name in the tag is still not kept (the first one counts).
   */
  valueMatters?(name: string, s: string, from: number, to: number): boolean;
  /** A start tag: the name lower-cased, the first value of each kept attribute. */
  openTag(name: string, attribs: Readonly<Record<string, string>>, selfClosing: boolean): void;
  /** An end tag, the name lower-cased. */
  closeTag(name: string): void;
  /** Text, references decoded. */
  text(data: string): void;
}

/** The attributes of a tag that has none the handler keeps (shared, never written). */
export const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;

/** HTML white space. Most characters tested are letters, passed by the first comparison. */
function isWhitespace(c: number): boolean {
  return c <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d);
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function endsTagSection(c: number): boolean {
  return c <= GT && (c === SLASH || c === GT || isWhitespace(c));
}

/** Compares as the tokenizer does: each character folded with `| 0x20` (ASCII letters only change). */
function foldedEquals(s: string, from: number, word: string): boolean {
  if (s.length - from < word.length) return false;
  for (let k = 0; k < word.length; k++) if ((s.charCodeAt(from + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** `word` begins with the folded characters of s[from..]. */
function foldedPrefixOf(s: string, from: number, word: string): boolean {
  if (s.length - from > word.length) return false;
  for (let k = from; k < s.length; k++) if ((s.charCodeAt(k) | 0x20) !== word.charCodeAt(k - from)) return false;
  return true;
}

/**
 * Raw-text elements, by the letters after the first one. Like htmlparser2, the first letter only
 * picks the group: `s` for script and style, `t` or `x` for title, textarea and xmp.
 */
const RAW_TEXT: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  s: [
    ['cript', 'script'],
    ['tyle', 'style'],
  ],
  t: [
    ['itle', 'title'],
    ['extarea', 'textarea'],
    ['mp', 'xmp'],
  ],
};

function rawTextGroup(s: string, nameStart: number): readonly (readonly [string, string])[] | undefined {
  const first = s.charCodeAt(nameStart) | 0x20;
  return first === 0x73 ? RAW_TEXT['s'] : first === 0x74 || first === 0x78 ? RAW_TEXT['t'] : undefined;
}

/** Lengths of the raw-text element names (xmp, title and style, script, textarea): other tags are passed by at once. */
const RAW_TEXT_LENGTHS = 1 << 3 | 1 << 5 | 1 << 6 | 1 << 8;

/** The end-tag name that closes the raw text this start tag opens, or null. */
function rawTextEnd(s: string, nameStart: number, nameEnd: number): string | null {
  const length = nameEnd - nameStart;
  if (length > 8 || (RAW_TEXT_LENGTHS & (1 << length)) === 0) return null;
  const group = rawTextGroup(s, nameStart);
  if (!group) return null;
  for (let g = 0; g < group.length; g++) {
    const [rest, end] = group[g]!;
    if (length === rest.length + 1 && foldedEquals(s, nameStart + 1, rest)) return end;
  }
  return null;
}

/** A document that ends inside a start tag name still matching a raw-text element keeps that name as text. */
function endsInRawTextName(s: string, nameStart: number): boolean {
  return (rawTextGroup(s, nameStart) ?? []).some(([rest]) => foldedPrefixOf(s, nameStart + 1, rest));
}

/** The end of raw text: `</name` (as the tokenizer folds it) followed by white space or `>`. */
const RAW_TEXT_END: ReadonlyMap<string, RegExp> = new Map(
  ['script', 'style', 'title', 'textarea', 'xmp'].map((name) => [name, new RegExp(`<[/\\x0f]${name}[\\t\\n\\f\\r >]`, 'gi')]),
);

/**
 * Where raw text ends (the index of its end tag's `<`), or -1. The tokenizer folds each character
 * with `| 0x20`, so U+001C can stand for the `<` — but only where it looks at that character itself
 * rather than skipping ahead to the next `<`. Text holding U+001C is therefore searched step by step,
 * as the tokenizer does; any other text by the pattern, which then finds the same place.
 */
function rawTextEndAt(s: string, from: number, name: string): number {
  if (s.indexOf('\x1c', from) < 0) {
    const re = RAW_TEXT_END.get(name)!;
    re.lastIndex = from;
    return re.exec(s)?.index ?? -1;
  }
  const seq = `</${name}`;
  let matched = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (matched === seq.length) {
      if (c === GT || isWhitespace(c)) return i - seq.length;
      matched = 0;
    }
    if ((c | 0x20) === seq.charCodeAt(matched)) matched++;
    else if (matched > 0) matched = c === 0x3c ? 1 : 0;
    else if (name !== 'title') {
      // Outside a title the tokenizer skips ahead to the next `<`, which it takes as matched.
      i = s.indexOf('<', i + 1);
      if (i < 0) return -1;
      matched = 1;
    }
  }
  return -1;
}

/**
 * `attribs` (a new record when null) with `name` set to `value`. The reader's own names are set by
 * name: a store under a varying key sees many shapes of record and goes megamorphic, which costs
 * about twice as much.
 */
function withAttribute(attribs: Record<string, string> | null, name: string, value: string): Record<string, string> {
  const record: Record<string, string> = attribs ?? {};
  switch (name) {
    case 'class': record['class'] = value; break;
    case 'id': record['id'] = value; break;
    case 'style': record['style'] = value; break;
    case 'colspan': record['colspan'] = value; break;
    case 'rowspan': record['rowspan'] = value; break;
    case 'hidden': record['hidden'] = value; break;
    case 'role': record['role'] = value; break;
    default: record[name] = value;
  }
  return record;
}

/** What `attributes` found: the tag is complete, the document ends inside it, or ends right after a `/` in it. */
const TAG_READ = 1;
const TAG_CUT = 0;
const TAG_CUT_AFTER_SLASH = -1;

/** A byte that is not ASCII, in a string read from bytes as Latin-1. */
const NON_ASCII_RE = /[\u0080-\uffff]/;

/** Pieces up to this many bytes are decoded here rather than by Buffer#toString, whose call costs more than the decoding. */
const SHORT_PIECE = 64;
/** The UTF-16 code units of the piece being decoded (reused). */
const units: number[] = [];

/**
 * bytes[from, to) decoded from UTF-8: null when it is all ASCII (its Latin-1 reading is the text);
 * Buffer#toString's result when it holds anything but well-formed one- to three-byte sequences.
 */
function decodeShortUtf8(bytes: Buffer, from: number, to: number): string | null {
  let i = from;
  while (i < to && bytes[i]! < 0x80) i++;
  if (i === to) return null;
  let n = 0;
  for (let k = from; k < i; k++) units[n++] = bytes[k]!;
  while (i < to) {
    const c = bytes[i]!;
    if (c < 0x80) {
      units[n++] = c;
      i++;
      continue;
    }
    let cp: number;
    if (c >= 0xe0 && c < 0xf0 && i + 2 < to) {
      const c1 = bytes[i + 1]!;
      const c2 = bytes[i + 2]!;
      cp = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      // Continuation bytes, no overlong form, no surrogate.
      if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80 || cp < 0x800 || (cp >= 0xd800 && cp < 0xe000)) return bytes.toString('utf8', from, to);
      i += 3;
    } else if (c >= 0xc2 && c < 0xe0 && i + 1 < to) {
      const c1 = bytes[i + 1]!;
      if ((c1 & 0xc0) !== 0x80) return bytes.toString('utf8', from, to);
      cp = ((c & 0x1f) << 6) | (c1 & 0x3f);
      i += 2;
    } else {
      return bytes.toString('utf8', from, to);
    }
    units[n++] = cp;
  }
  units.length = n;
  return String.fromCharCode.apply(null, units);
}

/**
 * The text between the tags of an indented page (Word's: a line break and a few spaces), one
 * string for each length, so that the most frequent text is neither cut out nor allocated.
 */
const INDENTS: readonly string[] = Array.from({ length: 17 }, (_, spaces) => `\n${' '.repeat(spaces)}`);

class Scanner {
  private readonly n: number;
  /** Start of the text not yet emitted. */
  private textStart = 0;
  /** The start tag last read by `attributes`: its kept attributes, whether it closes itself, the index of its `>`. */
  private tagAttribs: Readonly<Record<string, string>> = NO_ATTRIBUTES;
  private tagSelfClosing = false;
  private tagEnd = 0;

  /**
   * `s`: the document. `utf8`: the document's bytes, when they are UTF-8 and `s` is those bytes read
   * as Latin-1 (one character per byte, ASCII unchanged). Markup is all ASCII, so it is cut at the
   * very same places; every string handed on is decoded from its bytes first (`str`). The loops over
   * names, white space and unquoted values read the bytes rather than the string: a byte costs less
   * to read than a `charCodeAt`, which first looks at how the string is stored.
   */
  constructor(
    private readonly s: string,
    private readonly h: ScanHandler,
    private readonly utf8: Buffer | null,
  ) {
    this.n = s.length;
  }

  /** The document's text in [from, to), decoded. */
  private str(from: number, to: number): string {
    const { utf8 } = this;
    if (utf8 !== null && to - from <= SHORT_PIECE) return decodeShortUtf8(utf8, from, to) ?? this.s.slice(from, to);
    const raw = this.s.slice(from, to);
    return utf8 !== null && NON_ASCII_RE.test(raw) ? utf8.toString('utf8', from, to) : raw;
  }

  run(): void {
    const { s, n } = this;
    for (let i = 0; ; ) {
      const lt = s.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) break;
      const c = s.charCodeAt(lt + 1);
      // Each step returns where to look for the next `<` (-1: the document ended inside markup).
      let next: number;
      if (isAsciiAlpha(c)) next = this.startTag(lt);
      else if (c === SLASH) next = this.endTag(lt);
      else if (c === 0x21) next = this.declaration(lt);
      else if (c === 0x3f) next = this.processingInstruction(lt);
      else next = lt + 1; // `<` before anything else is text
      if (next < 0) return;
      i = next;
    }
    this.emitText(this.textStart, n);
  }

  /** The lower-cased tag name in s[from, to). */
  private name(from: number, to: number): string {
    return this.find(COMMON_TAGS, from, to) ?? this.str(from, to).toLowerCase();
  }

  /** The table's name in s[from, to), read from the bytes when there are bytes. */
  private find(table: NameTable, from: number, to: number): string | null {
    return this.utf8 !== null ? table.findInBytes(this.utf8, from, to) : table.find(this.s, from, to);
  }

  /** Text resumes at `at`, after markup. */
  private resume(at: number): number {
    this.textStart = at;
    return at;
  }

  private emitText(from: number, to: number): void {
    if (to > from) this.h.text(this.indentation(from, to) ?? decodeText(this.str(from, to)));
  }

  /** s[from, to) when it is a line break and a few spaces, as one of the shared INDENTS; else null. */
  private indentation(from: number, to: number): string | null {
    const { s } = this;
    if (to - from > INDENTS.length || s.charCodeAt(from) !== 0x0a) return null;
    for (let k = from + 1; k < to; k++) if (s.charCodeAt(k) !== 0x20) return null;
    return INDENTS[to - from - 1]!;
  }

  /** The document ended inside markup: htmlparser2 keeps what follows `from` as text (`-1`: its last character). */
  private trailing(from: number): number {
    const { n } = this;
    if (from < 0) this.h.text(this.str(this.lastCharacterAt(), n).slice(-1));
    else if (from < n) this.h.text(this.str(from, n));
    return -1;
  }

  /** Where the document's last character starts (its last byte, or the lead byte of its last UTF-8 sequence). */
  private lastCharacterAt(): number {
    let at = this.n - 1;
    if (this.utf8 !== null) while (at > 0 && (this.utf8[at]! & 0xc0) === 0x80) at--;
    return at;
  }

  private startTag(lt: number): number {
    const { s, n } = this;
    const nameStart = lt + 1;
    let k = nameStart + 1;
    k = this.tagNameEnd(k);
    this.emitText(this.textStart, lt);
    if (k >= n) return endsInRawTextName(s, nameStart) ? this.trailing(nameStart) : -1;
    const name = this.name(nameStart, k);
    const read = this.attributes(k);
    if (read === TAG_CUT_AFTER_SLASH) return this.trailing(-1);
    if (read === TAG_CUT) return -1;
    const selfClosing = this.tagSelfClosing;
    this.h.openTag(name, this.tagAttribs, selfClosing);
    const rawEnd = selfClosing ? null : rawTextEnd(s, nameStart, k);
    return rawEnd ? this.rawText(this.tagEnd + 1, rawEnd) : this.resume(this.tagEnd + 1);
  }

  /** Reads the attributes from `from` to the tag's `>` into `tagAttribs`, `tagSelfClosing` and `tagEnd`. */
  private attributes(from: number): typeof TAG_READ | typeof TAG_CUT | typeof TAG_CUT_AFTER_SLASH {
    const { s, n } = this;
    let attribs: Record<string, string> | null = null;
    /** Kept names whose value did not matter (`valueMatters`): left out, yet taken. */
    let passed: string[] | null = null;
    let k = from;
    for (;;) {
      k = this.skipWhitespace(k);
      if (k >= n) return TAG_CUT;
      let c = s.charCodeAt(k);
      if (c === GT) return this.tagRead(attribs, false, k);
      if (c === SLASH) {
        k++;
        k = this.skipWhitespace(k);
        if (k >= n) return TAG_CUT_AFTER_SLASH;
        if (s.charCodeAt(k) === GT) return this.tagRead(attribs, true, k);
        continue;
      }
      // An attribute name: its first character may be anything else, even `=`.
      const nameStart = k;
      k = this.attributeNameEnd(k + 1);
      if (k >= n) return TAG_CUT;
      // Only ASCII letters lower-case to a kept name (none has a k, which the Kelvin sign becomes).
      const name = this.find(this.h.attributes, nameStart, k);
      let keep = name !== null && (attribs === null || !Object.hasOwn(attribs, name)) && (passed === null || !passed.includes(name));
      k = this.skipWhitespace(k);
      if (k >= n) return TAG_CUT;
      let value = '';
      if (s.charCodeAt(k) === EQ) {
        k++;
        k = this.skipWhitespace(k);
        if (k >= n) return TAG_CUT;
        c = s.charCodeAt(k);
        // The value is s[from, k), written between `quote`s ('' when unquoted).
        let from = k;
        let quote = '';
        if (c === DQ || c === SQ) {
          quote = c === DQ ? '"' : "'";
          from = k + 1;
          k = s.indexOf(quote, from);
          if (k < 0) return TAG_CUT;
        } else {
          k = this.wordEnd(k);
          if (k >= n) return TAG_CUT;
        }
        if (keep && !this.matters(name!, from, k)) {
          (passed ??= []).push(name!);
          keep = false;
        }
        if (keep) value = decodeAttribute(this.str(from, k), quote);
        if (quote !== '') k++;
      }
      if (keep) attribs = withAttribute(attribs, name!, value);
    }
  }

  private skipWhitespace(k: number): number {
    const { utf8, n } = this;
    if (utf8 !== null) while (k < n && isWhitespace(utf8[k]!)) k++;
    else while (k < n && isWhitespace(this.s.charCodeAt(k))) k++;
    return k;
  }

  /** Where the start tag name that goes on at `k` ends: at `/`, `>`, white space or the document's end. */
  private tagNameEnd(k: number): number {
    const { utf8, n } = this;
    if (utf8 !== null) while (k < n && !endsTagSection(utf8[k]!)) k++;
    else while (k < n && !endsTagSection(this.s.charCodeAt(k))) k++;
    return k;
  }

  /** Where the end tag name or unquoted value that goes on at `k` ends: at `>`, white space or the document’s end. */
  private wordEnd(k: number): number {
    const { utf8, n } = this;
    let c: number;
    if (utf8 !== null) while (k < n && (c = utf8[k]!) !== GT && !isWhitespace(c)) k++;
    else while (k < n && (c = this.s.charCodeAt(k)) !== GT && !isWhitespace(c)) k++;
    return k;
  }

  /** Where the attribute name that goes on at `k` ends: at `=`, `/`, `>`, white space or the document's end. */
  private attributeNameEnd(k: number): number {
    const { utf8, n } = this;
    let c: number;
    if (utf8 !== null) while (k < n && (c = utf8[k]!) !== EQ && !endsTagSection(c)) k++;
    else while (k < n && (c = this.s.charCodeAt(k)) !== EQ && !endsTagSection(c)) k++;
    return k;
  }

  private matters(name: string, from: number, to: number): boolean {
    return this.h.valueMatters === undefined || this.h.valueMatters(name, this.s, from, to);
  }

  private tagRead(attribs: Record<string, string> | null, selfClosing: boolean, end: number): typeof TAG_READ {
    this.tagAttribs = attribs ?? NO_ATTRIBUTES;
    this.tagSelfClosing = selfClosing;
    this.tagEnd = end;
    return TAG_READ;
  }

  /** Raw text up to `</end`; the element's end tag follows it. */
  private rawText(from: number, end: string): number {
    const { s } = this;
    const at = rawTextEndAt(s, from, end);
    const to = at >= 0 ? at : s.length;
    if (to > from) {
      const raw = this.str(from, to);
      this.h.text(end === 'title' ? decodeTitleText(raw) : raw);
    }
    if (at < 0) return -1;
    const nameEnd = at + 2 + end.length;
    this.h.closeTag(this.name(at + 2, nameEnd));
    return this.afterEndTagName(nameEnd);
  }

  private endTag(lt: number): number {
    const { s, n } = this;
    let k = lt + 2;
    k = this.skipWhitespace(k);
    this.emitText(this.textStart, lt);
    if (k >= n) return this.trailing(lt);
    const c = s.charCodeAt(k);
    if (c === GT) {
      // `</>` is no tag at all: it stays in the text.
      this.textStart = lt;
      return k + 1;
    }
    if (!isAsciiAlpha(c)) return this.skipTo(k, k);
    const nameStart = k;
    k = this.wordEnd(k);
    if (k >= n) return -1;
    this.h.closeTag(this.name(nameStart, k));
    return this.afterEndTagName(k);
  }

  /** After an end tag's name: anything up to `>` is ignored. */
  private afterEndTagName(k: number): number {
    const { s } = this;
    if (s.charCodeAt(k) === GT) return this.resume(k + 1);
    const gt = s.indexOf('>', k + 1);
    return gt >= 0 ? this.resume(gt + 1) : this.trailing(-1);
  }

  /** Skips to the `>` at or after `from`; a document ending first keeps what follows `textFrom` as text. */
  private skipTo(from: number, textFrom: number): number {
    const gt = this.s.indexOf('>', from);
    return gt >= 0 ? this.resume(gt + 1) : this.trailing(textFrom);
  }

  /** `<!--…-->`, `<![CDATA[…]]>` (a comment in HTML) and other `<!…>` declarations. */
  private declaration(lt: number): number {
    const { s, n } = this;
    const p = lt + 2;
    this.emitText(this.textStart, lt);
    if (p >= n) return -1;
    const c = s.charCodeAt(p);
    if (c === 0x2d) {
      if (p + 1 >= n) return this.trailing(p);
      if (s.charCodeAt(p + 1) !== 0x2d) return this.skipTo(p + 2, p);
      // The two dashes that open the comment may also close it: <!--> and <!---> are complete.
      const end = s.indexOf('-->', p);
      return end >= 0 ? this.resume(end + 3) : -1;
    }
    if (c === 0x5b) {
      if (s.startsWith('CDATA[', p + 1)) {
        const end = s.indexOf(']]>', p + 7);
        return end >= 0 ? this.resume(end + 3) : -1;
      }
      if ('CDATA['.startsWith(s.slice(p + 1))) return this.trailing(p);
      return this.skipTo(p + 1, p);
    }
    // The character after `<!` is taken into the declaration even if it is `>`.
    return this.skipTo(p + 1, p);
  }

  private processingInstruction(lt: number): number {
    this.emitText(this.textStart, lt);
    return this.skipTo(lt + 2, lt + 2);
  }
}

export function scanHtml(html: string, handler: ScanHandler): void {
  new Scanner(html, handler, null).run();
}

/** `scanHtml` of UTF-8 bytes, without decoding the markup: only the text and kept values are decoded. */
export function scanUtf8Html(bytes: Uint8Array, handler: ScanHandler): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  new Scanner(buffer.toString('latin1'), handler, buffer).run();
}

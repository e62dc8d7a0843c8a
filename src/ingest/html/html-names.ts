/**
 * @module Tag and attribute names read where they stand.
 *
 * Cutting every name out of the page and lower-casing it is a good part of a tokenizer's work, yet
 * a page is made of few distinct names. A `NameTable` recognises its names in place — ASCII letters
 * compared case-insensitively — and returns the one lower-case string it holds for each. A name not
 * in the table is left to the caller (cut out and lower-cased as usual), so the result is always
 * exactly `toLowerCase()` of the name.
 */

function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function lowerAscii(c: number): number {
  return isUpperAscii(c) ? c + 0x20 : c;
}

function keyOf(length: number, first: number, last: number): number {
  return (length << 16) | (lowerAscii(first) << 8) | (lowerAscii(last) & 0xff);
}

/** Names longer than this are never in the quick filter: they go to the map. */
const FILTER_LENGTHS = 32;

/** A character's bit in `NameTable.firsts`: ASCII letters by letter, any other character on one shared bit. */
function firstBit(c: number): number {
  const lower = lowerAscii(c);
  return lower >= 0x61 && lower <= 0x7a ? 1 << (lower - 0x61) : 1 << 26;
}

export class NameTable {
  private readonly byKey = new Map<number, string[]>();
  /** Per length, the first letters of the table's names of that length (bit 0: a … bit 25: z; bit 26: anything else). */
  private readonly firsts = new Int32Array(FILTER_LENGTHS);

  /** `names`: lower-case ASCII names. */
  constructor(names: Iterable<string>) {
    for (const name of names) {
      const key = keyOf(name.length, name.charCodeAt(0), name.charCodeAt(name.length - 1));
      const list = this.byKey.get(key);
      if (list) list.push(name);
      else this.byKey.set(key, [name]);
      if (name.length < FILTER_LENGTHS) this.firsts[name.length]! |= firstBit(name.charCodeAt(0));
    }
  }

  /** The table's name standing in s[start, end) in any letter case, or null. */
  find(s: string, start: number, end: number): string | null {
    if (end <= start) return null;
    // Most names of a page are not in a small table: passed by on their length and first letter.
    const length = end - start;
    if (length < FILTER_LENGTHS && (this.firsts[length]! & firstBit(s.charCodeAt(start))) === 0) return null;
    const candidates = this.byKey.get(keyOf(end - start, s.charCodeAt(start), s.charCodeAt(end - 1)));
    if (!candidates) return null;
    for (const name of candidates) if (this.standsAt(s, start, name)) return name;
    return null;
  }

  private standsAt(s: string, start: number, name: string): boolean {
    for (let k = 0; k < name.length; k++) if (lowerAscii(s.charCodeAt(start + k)) !== name.charCodeAt(k)) return false;
    return true;
  }
}

/** The tags report pages are made of. */
export const COMMON_TAGS = new NameTable([
  'html', 'head', 'body', 'title', 'meta', 'link', 'style', 'script', 'noscript', 'div', 'p', 'span', 'br', 'hr', 'a', 'b', 'i', 'u', 's',
  'em', 'strong', 'font', 'img', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'o:p', 'section', 'header', 'footer', 'main', 'article', 'nav', 'aside',
  'time', 'center', 'small', 'sup', 'sub', 'pre', 'blockquote', 'form', 'input', 'button', 'label', 'select', 'option', 'iframe',
  'svg', 'path', 'code', 'figure', 'figcaption', 'xml', 'v:shape', 'v:imagedata', 'w:sdt',
]);

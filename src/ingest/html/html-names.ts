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

/** Names up to this long are found by length and first letter; longer ones are compared one by one. */
const MAX_INDEXED_LENGTH = 31;

/** A first character's slot: 0 … 25 for the ASCII letters a … z in either case, 26 for anything else. */
function slotOf(c: number): number {
  const lower = lowerAscii(c) - 0x61;
  return lower >= 0 && lower < 26 ? lower : 26;
}

const NO_NAMES: readonly string[] = [];

export class NameTable {
  /** The table's names by length (up to MAX_INDEXED_LENGTH) and first letter: `buckets[length * 27 + slot]`. */
  private readonly buckets: (readonly string[])[] = new Array<readonly string[]>((MAX_INDEXED_LENGTH + 1) * 27).fill(NO_NAMES);
  private readonly longNames: string[] = [];

  /** `names`: lower-case ASCII names. */
  constructor(names: Iterable<string>) {
    for (const name of names) {
      if (name.length > MAX_INDEXED_LENGTH) this.longNames.push(name);
      else if (name.length > 0) {
        const at = name.length * 27 + slotOf(name.charCodeAt(0));
        this.buckets[at] = [...this.buckets[at]!, name];
      }
    }
  }

  /** The table's name standing in s[start, end) in any letter case, or null. */
  find(s: string, start: number, end: number): string | null {
    const length = end - start;
    if (length <= 0) return null;
    // Most names of a page are not in a small table: passed by on their length and first letter.
    const names = length <= MAX_INDEXED_LENGTH ? this.buckets[length * 27 + slotOf(s.charCodeAt(start))]! : this.longNames;
    for (let k = 0; k < names.length; k++) {
      const name = names[k]!;
      if (name.length === length && this.standsAt(s, start, name)) return name;
    }
    return null;
  }

  /** `find` over bytes (a page read as Latin-1 has the same character codes). */
  findInBytes(bytes: Uint8Array, start: number, end: number): string | null {
    const length = end - start;
    if (length <= 0) return null;
    const names = length <= MAX_INDEXED_LENGTH ? this.buckets[length * 27 + slotOf(bytes[start]!)]! : this.longNames;
    for (let k = 0; k < names.length; k++) {
      const name = names[k]!;
      if (name.length === length && this.standsInBytesAt(bytes, start, name)) return name;
    }
    return null;
  }

  private standsInBytesAt(bytes: Uint8Array, start: number, name: string): boolean {
    for (let k = 0; k < name.length; k++) if (lowerAscii(bytes[start + k]!) !== name.charCodeAt(k)) return false;
    return true;
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

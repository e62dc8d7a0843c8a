/**
 * @module Inline Markdown clean-up for one cell or line: `<br>` to a space,
 * emphasis and code marks, links and images, backslash escapes, HTML tags and
 * entities. What remains is the visible text, with `&nbsp;` kept as U+00A0.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: '\u2002', emsp: '\u2003',
  ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', middot: '\u00b7', hellip: '\u2026', mdash: '\u2014', ndash: '\u2013',
};

/** Decodes named (common subset) and numeric character references. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Past this length only the linear clean-ups run (link and tag patterns could backtrack). */
const MAX_PATTERN_LENGTH = 20_000;

/** A character every clean-up below needs (tags, links, emphasis, code, escapes, entities). */
const MARKUP_CHAR_RE = /[<[*_`\\&]/;

/** The visible text of a Markdown inline span. */
export function cleanInline(s: string): string {
  // Most cells are plain text or a number: nothing to clean but the ends.
  if (!MARKUP_CHAR_RE.test(s)) return trimSpaceTab(s);
  let t = s.replace(/<br\s*\/?>/gi, ' ');
  if (t.length <= MAX_PATTERN_LENGTH) {
    t = t.replace(/<!--.*?-->/g, '');
    t = t.replace(/<\/?[a-z][a-z0-9:-]*(?:\s[^<>]*)?\/?>/gi, '');
    t = t.replace(/!\[([^\]]*)\]\([^)]*\)/g, '');
    t = t.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  }
  t = t.replace(/\*\*|__/g, '');
  t = t.replace(/`([^`]*)`/g, '$1');
  t = t.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  t = decodeEntities(t);
  return trimSpaceTab(t);
}

/** Trims spaces and tabs (not NBSP) at both ends, without a backtracking pattern. */
export function trimSpaceTab(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '\t')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
  return s.slice(a, b);
}

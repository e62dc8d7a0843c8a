/**
 * @module Whether an inline style hides its element: a declaration `display: none`,
 * `visibility: hidden` or Word's `mso-hide: all`, in any letter case, at the start of the style or
 * after a `;`, with white space around the colon, the value ending at a non-word character.
 *
 * The rule is the pattern `(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all)\b`
 * (case-insensitive), matched by hand: Word gives nearly every element a long style, and a pattern
 * that may start at any `;` costs more than looking at the few declarations a style has.
 */

/** What `\s` matches: ECMAScript white space and line terminators. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `\w` without the `u` flag: ASCII letters, digits and `_`, whatever the letter case. */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** `word` (lower-case ASCII letters and `-`) stands at `at`, ASCII letters in any case (only they fold without the `u` flag). */
function standsAt(s: string, at: number, word: string): boolean {
  if (s.length - at < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = s.charCodeAt(at + k);
    const w = word.charCodeAt(k);
    if (c !== w && !(c >= 0x41 && c <= 0x5a && c + 0x20 === w)) return false;
  }
  return true;
}

function skipSpace(s: string, at: number): number {
  while (at < s.length && isSpace(s.charCodeAt(at))) at++;
  return at;
}

/** The hiding declarations by the first letter of their property (lower case). */
const HIDING: Readonly<Record<string, readonly [string, string]>> = {
  d: ['display', 'none'],
  v: ['visibility', 'hidden'],
  m: ['mso-hide', 'all'],
};

/** A hiding declaration starts at `at` (white space before it already skipped). */
function hidesAt(s: string, at: number): boolean {
  // Most declarations are passed by on their first letter (font-size, line-height, border …).
  const c = s.charCodeAt(at) | 0x20;
  const hiding = c === 0x64 ? HIDING['d'] : c === 0x76 ? HIDING['v'] : c === 0x6d ? HIDING['m'] : undefined;
  if (!hiding) return false;
  const [property, value] = hiding;
  if (!standsAt(s, at, property)) return false;
  let k = skipSpace(s, at + property.length);
  if (s.charCodeAt(k) !== 0x3a) return false;
  k = skipSpace(s, k + 1);
  return standsAt(s, k, value) && (k + value.length >= s.length || !isWordChar(s.charCodeAt(k + value.length)));
}

export function hidesElement(style: string): boolean {
  for (let at = 0; ; ) {
    if (hidesAt(style, skipSpace(style, at))) return true;
    const semicolon = style.indexOf(';', at);
    if (semicolon < 0) return false;
    at = semicolon + 1;
  }
}

/** A hiding property's name, anywhere. */
const HIDING_PROPERTY_RE = /display|visibility|mso-hide/i;

/**
 * Whether a style written at s[from, to), before its character references are decoded, could hide
 * its element: it names a hiding property somewhere, or holds a reference that might spell one. A
 * style that cannot is never decoded (Word gives nearly every element one). Decoding changes no
 * ASCII letter and makes none (the pattern folds ASCII letters only), so a style without `&` that
 * names none of the properties decodes to one that names none either: `hidesElement` is false.
 */
export function styleMayHide(s: string, from: number, to: number): boolean {
  const value = s.slice(from, to);
  return value.includes('&') || HIDING_PROPERTY_RE.test(value);
}

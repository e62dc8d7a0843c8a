/**
 * @module A linear pre-scan of raw markup for pathological nesting depth.
 *
 * parse5 checks element scopes against the stack of open elements for each
 * tag, which is quadratic in nesting depth (20,000 nested `<div>`s: 2.4 s).
 * Markup that nests deeper than any real page goes to htmlparser2 instead.
 */

/** Deeper than any real page; the walk itself caps recursion far below this. */
const DEEP_NESTING = 2000;
const VOID_OR_OPTIONAL_END = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', 'o:p']);
const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/g;

/** True when elements nest deeper than DEEP_NESTING (one linear scan of the raw markup). */
export function isDeeplyNested(html: string): boolean {
  let depth = 0;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m; m = TAG_RE.exec(html)) {
    if (m[3] === '/' || VOID_OR_OPTIONAL_END.has(m[2]!.toLowerCase())) continue;
    depth += m[1] === '/' ? -1 : 1;
    if (depth > DEEP_NESTING) return true;
  }
  return false;
}


/**
 * @module Label normalisation for matching (domain.md §2.4). The original text is
 * always kept for display and for `sources`; these forms are only compared.
 * The forms are computed here; `text-forms.ts` keeps them per text (`norm`, `bare`, `core`).
 */

const SPACE_RE = /[\s\u00a0\u3000\u200b\ufeff]+|\u200c|\u200d/g;
const PUNCT_RE = /[、,，.．。:：;；()（）[\]【】〔〕“”‘’"'《》〈〉!！?？\-—–_~·•*#|/\\<>＜＞]/g;
const LEADING_NUMBERING_RE = /^(?:[一二三四五六七八九十]+(?=[^一二三四五六七八九十])|\d+)+/;

/** Typos seen in published labels, mapped to the template wording. */
const TYPOS: readonly (readonly [RegExp, string])[] = [
  [/不子/g, '不予'],
  [/补正启/g, '补正后'],
  [/政府信自/g, '政府信息'],
  [/不予以公开/g, '不予公开'],
];

/** NFKC, no whitespace of any kind, known typos fixed. */
export function normForm(text: string): string {
  let s = text.normalize('NFKC').replace(SPACE_RE, '');
  for (const [re, to] of TYPOS) s = s.replace(re, to);
  return s;
}

/** `normForm` without punctuation (given the norm form): what a label says, however it is punctuated. */
export function bareForm(norm: string): string {
  return norm.replace(PUNCT_RE, '');
}

/** `bareForm` without leading numbering such as 一、 (三) 1. 12. (given the bare form). */
export function coreForm(bare: string): string {
  return bare.replace(LEADING_NUMBERING_RE, '');
}

/** Levenshtein distance, bounded work for short labels. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  return max === 0 ? 1 : 1 - editDistance(a, b) / max;
}

const CHARS = new Map<string, ReadonlySet<string>>();

function charsOf(s: string): ReadonlySet<string> {
  let c = CHARS.get(s);
  if (!c) {
    if (CHARS.size > 5_000) CHARS.clear();
    c = new Set(s);
    CHARS.set(s, c);
  }
  return c;
}

/**
 * `similarity(a, b) >= min`, without the edit distance when cheaper bounds rule it out: the
 * length difference, or too few characters of `a` occurring in `b` (each missing one costs an edit).
 * `b` is the template side (an anchor), so its character set is cached.
 */
export function similarEnough(a: string, b: string, min: number): number {
  const max = Math.max(a.length, b.length);
  if (max === 0) return 1;
  if (Math.abs(a.length - b.length) > (1 - min) * max) return 0;
  const set = charsOf(b);
  let foreign = 0;
  const budget = (1 - min) * max;
  for (const ch of a) if (!set.has(ch) && ++foreign > budget) return 0;
  const s = similarity(a, b);
  return s >= min ? s : 0;
}

/**
 * @module A label cell that also carries its numbers ("规章 0 0 0",
 * "4.保护第三方合法权益  18  —  45", "行政许可 12 -3 30",
 * "一、本年新收…数量15130000154"): split it into the label and the value text.
 *
 * Value tokens are taken from the right end while they read as numbers or
 * blank markers (— / 无); the label must hold words. Digits glued to the
 * label (no space between) are cut off as one run, for arithmetic recovery.
 */
import { readNumberCell } from './text-forms.js';
import { isWhiteSpace } from '../white-space.js';

const GLUED_RE = /^(.*[^\d\s\u00a0\u3000.,，])[\s\u00a0\u3000]*(\d[\d\s\u00a0\u3000.,]*)$/s;
const SPACE_RE = /[\s\u00a0\u3000]+/;
/** Cheap test: a tail can only end in a digit, a closing bracket (19(减)), a unit or a blank marker. */
const TAIL_END: ReadonlySet<number> = new Set([...'0123456789０１２３４５６７８９)）-—－/／无件项个条元'].map((c) => c.charCodeAt(0)));

/** The code of the last character that is not white space, or -1. */
function lastVisible(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isWhiteSpace(text.charCodeAt(i))) i--;
  return i >= 0 ? text.charCodeAt(i) : -1;
}

/** A label holds words: page furniture such as "- 3 -" does not. */
const LETTER_RE = /\p{L}/u;

export interface LabelTail {
  readonly label: string;
  /** The value tokens, space-separated. */
  readonly tail: string;
}

export function splitLabelTail(text: string): LabelTail | null {
  if (!TAIL_END.has(lastVisible(text))) return null;
  const s = text.normalize('NFKC').trim();
  const parts = s.split(SPACE_RE);
  let k = parts.length;
  let values = 0;
  while (k > 1) {
    const r = readNumberCell(parts[k - 1]!);
    if (r.kind === 'text' || (r.kind === 'blank' && r.marker === undefined)) break;
    values++;
    k--;
  }
  if (values > 0 && k >= 1 && k < parts.length) {
    const label = parts.slice(0, k).join(' ');
    if (!LETTER_RE.test(label)) return null;
    const last = parts[k - 1]!;
    // "…数量15 0 0": the label's last token may itself end in glued digits.
    const glued = GLUED_RE.exec(last);
    if (glued && /\d$/.test(last) && readNumberCell(last).kind === 'text') {
      return { label: [...parts.slice(0, k - 1), glued[1]!].join(' '), tail: [glued[2]!, ...parts.slice(k)].join(' ') };
    }
    return { label, tail: parts.slice(k).join(' ') };
  }
  const m = GLUED_RE.exec(s);
  if (!m) return null;
  return { label: m[1]!, tail: m[2]!.trim() };
}

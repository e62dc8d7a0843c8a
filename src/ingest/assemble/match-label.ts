/**
 * @module Fuzzy matching of a label against a row's anchors: exact, prefix or
 * suffix, containment, then edit distance. Short anchors (总计, 其他) match only
 * exactly; the caller also restricts them by position.
 */
import { similarEnough } from './normalize.js';

/** Labels longer than this are narrative, not table labels. */
export const MAX_LABEL_LENGTH = 48;

export function anchorScore(label: string, anchor: string, fuzzy = true): number {
  if (label === anchor) return 1;
  if (anchor.length <= 3 || label.length === 0) return 0;
  if (label.length > MAX_LABEL_LENGTH) return 0;
  if (label.startsWith(anchor) || label.endsWith(anchor)) return 0.95;
  if (label.includes(anchor)) return 0.9;
  if (anchor.includes(label) && label.length >= Math.max(4, anchor.length * 0.6)) return 0.85;
  // The first line of a label that wrapped ("申请人无正当理由逾期不补" / "正、行政机关…"): a long enough prefix.
  if (anchor.startsWith(label) && label.length >= Math.max(8, anchor.length * 0.3)) return 0.8;
  return fuzzy ? similarEnough(label, anchor, 0.75) * 0.9 : 0;
}

/** Best score over a row's anchors; without `fuzzy`, only exact, prefix, suffix and containment count. */
export function bestScore(label: string, anchors: readonly string[], fuzzy = true): number {
  let best = 0;
  for (const a of anchors) best = Math.max(best, anchorScore(label, a, fuzzy));
  return best;
}

/** True when the anchors are all short words that must match exactly. */
export function isWeak(anchors: readonly string[]): boolean {
  return anchors.every((a) => a.length <= 3);
}

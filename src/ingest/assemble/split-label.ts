/**
 * @module A label cell that also carries its numbers ("规章 0 0 0",
 * "一、本年新收…数量15130000154"): split it into the label and the value text.
 */

const TAIL_RE = /^(.*[^\d\s\u00a0\u3000.,，])[\s\u00a0\u3000]*(\d[\d\s\u00a0\u3000.,]*)$/s;

export function splitLabelTail(text: string): { label: string; tail: string } | null {
  const m = TAIL_RE.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  return { label: m[1]!, tail: m[2]!.trim() };
}

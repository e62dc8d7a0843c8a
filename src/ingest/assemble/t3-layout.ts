/**
 * @module Extra columns agencies add to Table 3, found by the header words.
 *
 * The template has seven value columns; some agencies insert a
 * 法人或其他组织小计 (or 小计/合计) column, usually after 其他, sometimes before
 * 商业企业. Such a column is never template data: rows are read eight cells
 * wide, checked by both sums (the subtotal and the row total), and the extra
 * cell is dropped. Without a header naming it, nothing is assumed.
 */
import type { Token } from '../tokens.js';
import { core } from './text-forms.js';
import type { Candidate, SumGroup } from './value-item.js';
import type { RowResolution } from './resolve-row.js';

const SUBTOTAL_RE = /^(?:法人或其他组织)?(?:小计|合计)$/;
const SPACE_RE = /[\s\u00a0\u3000]+/;

export interface T3Layout {
  /** Value cells per row in the document: 7, or 8 with an extra subtotal column. */
  readonly width: number;
  /** Index of the extra column among the row's value cells, or -1. */
  readonly extraAt: number;
  /** Sums within a row of `width` cells. */
  readonly sums: readonly SumGroup[];
}

export const TEMPLATE_LAYOUT: T3Layout = { width: 7, extraAt: -1, sums: [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }] };

const AFTER_OTHER: T3Layout = {
  width: 8,
  extraAt: 6,
  sums: [
    { parts: [1, 2, 3, 4, 5], total: 6 },
    { parts: [0, 6], total: 7 },
  ],
};

const BEFORE_COMMERCIAL: T3Layout = {
  width: 8,
  extraAt: 1,
  sums: [
    { parts: [2, 3, 4, 5, 6], total: 1 },
    { parts: [0, 1], total: 7 },
  ],
};

export function isSubtotalHeader(text: string): boolean {
  return SUBTOTAL_RE.test(core(text));
}

/** The layout the header tokens in [from, to) describe. */
export function t3Layout(tokens: readonly Token[], from: number, to: number): T3Layout {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'cell') continue;
    for (const part of t.text.trim().split(SPACE_RE)) {
      const c = core(part);
      if (c !== '') words.push(c);
    }
  }
  const at = words.findIndex((w) => SUBTOTAL_RE.test(w));
  if (at < 0) return TEMPLATE_LAYOUT;
  return words[at + 1] === '商业企业' ? BEFORE_COMMERCIAL : AFTER_OTHER;
}

/** A resolution of `width` cells mapped onto the template's seven (the extra cell dropped). */
export function toTemplate(res: RowResolution, layout: T3Layout): RowResolution {
  if (layout.extraAt < 0) return res;
  const drop = (c: Candidate): Candidate => c.filter((_, i) => i !== layout.extraAt);
  return { candidates: res.candidates.map(drop), note: res.note };
}

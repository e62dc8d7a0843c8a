/**
 * @module Table-3 value columns by grid position, where the source knows its
 * table grid (HTML with spans counted, Markdown pipe rows) and the header names
 * every column: 自然人, 商业企业 … 其他, 总计 each at one grid column.
 *
 * A row read by position needs no guess where blank cells, an empty
 * indentation cell or a dropped trailing cell would otherwise leave several
 * readings. The reading is only offered when every number of the row stands
 * in a named column (or in an extra subtotal column the header names); the
 * caller still checks it against the row's sum.
 */
import type { Token } from '../tokens.js';
import { core } from './text-forms.js';
import type { Candidate, ValueItem } from './value-item.js';
import { isSubtotalHeader } from './t3-layout.js';

const LEAVES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

export interface T3Grid {
  /** Grid column of each template column, in template order. */
  readonly cols: readonly number[];
  /** Grid columns the header gives to extra columns (法人或其他组织小计): never template data. */
  readonly extra: ReadonlySet<number>;
}

/** The grid columns the header tokens in [from, to) name, or null unless all seven are named once, in order. */
export function t3Grid(tokens: readonly Token[], from: number, to: number): T3Grid | null {
  const at = new Map<number, number>();
  const extra = new Set<number>();
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'cell' || t.col === undefined) continue;
    if (isSubtotalHeader(t.text)) {
      extra.add(t.col);
      continue;
    }
    const leaf = LEAVES.indexOf(core(t.text));
    if (leaf < 0) continue;
    if (at.has(leaf) && at.get(leaf) !== t.col) return null;
    at.set(leaf, t.col);
  }
  if (at.size !== LEAVES.length) return null;
  const cols = LEAVES.map((_, i) => at.get(i)!);
  for (let i = 1; i < cols.length; i++) if (cols[i]! <= cols[i - 1]!) return null;
  return { cols, extra };
}

/** The row read by grid position, or null when a value stands outside the named columns or positions are unknown. */
export function gridReading(items: readonly ValueItem[], grid: T3Grid): Candidate | null {
  const byCol = new Map<number, ValueItem>();
  for (const v of items) {
    if (v.col === undefined || v.loose || byCol.has(v.col)) return null;
    byCol.set(v.col, v);
  }
  for (const v of items) if (v.kind === 'number' && !grid.cols.includes(v.col!) && !grid.extra.has(v.col!)) return null;
  if (!items.some((v) => v.kind === 'number')) return null;
  return grid.cols.map((c) => {
    const v = byCol.get(c);
    return v && v.kind === 'number' ? v : null;
  });
}

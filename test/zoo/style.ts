/**
 * @module What a zoo style is, and the value and label variants styles share:
 * full-width digits, blank markers (— / 无) and units (0件), 增/减 notes,
 * labels without numbering, with ASCII brackets or with the typos of §2.4.
 */
import { T3_COL_KEYS, T4_COL_KEYS } from '../../src/domain/annual-report/index.js';
import type { Fmt } from './grid.js';
import type { ZooModel } from './model.js';
import { hasCompleteTables, table3From } from './model.js';

export interface Rendered {
  readonly doc: string;
  /** Cells the document shows blank or leaves undeterminable: expected null. */
  readonly nulls?: ReadonlySet<string>;
  /** Finding rules the reading must report (e.g. `P-AMBIGUOUS`). */
  readonly findings?: readonly string[];
  /** The model actually rendered, when the style derives one (zeros, blanks, glued rows). */
  readonly model?: ZooModel;
}

export interface Style {
  readonly name: string;
  readonly ext: 'html' | 'txt' | 'md';
  /** One line: what the style imitates. */
  readonly about: string;
  /** Which reports the style can render (default: all). */
  readonly applies?: (m: ZooModel) => boolean;
  render(m: ZooModel): Rendered;
}

export const complete = (m: ZooModel): boolean => hasCompleteTables(m);

// ---------------------------------------------------------------- values

const FULL = '０１２３４５６７８９';

export function fullWidth(s: string): string {
  return s.replace(/[0-9]/g, (d) => FULL[Number(d)]!).replace(/\./g, '．').replace(/-/g, '－');
}

/** Plain digits; negative 本年增/减 written the way the 2019 seeds do: `19(减)`. */
export const annotatedFmt: Fmt = (_p, v) => (v === null ? '' : v < 0 ? `${-v}(减)` : String(v));

export function fullWidthFmt(inner: Fmt = annotatedFmt): Fmt {
  return (p, v) => fullWidth(inner(p, v));
}

const MARKERS = ['—', '/', '无', '0件', '-', '0'];

/**
 * Zeros written as blank markers (— / 无 -, read as blank → null) or as `0件`,
 * other values sometimes with 件. Records the paths that became blank.
 */
export function markerFmt(nulls: Set<string>): Fmt {
  let k = 0;
  return (p, v) => {
    if (v === null) return '';
    if (v !== 0) return (k++ % 3 === 0 && Number.isInteger(v) && v > 0) ? `${v}件` : annotatedFmt(p, v);
    const mk = MARKERS[k++ % MARKERS.length]!;
    if (!/\d/.test(mk) && p !== 'subtotal') nulls.add(p);
    return mk;
  };
}

/** A variant with zeros spread over Tables 2–4 (for styles that write zeros as markers); sums kept. */
export function withZeros(m: ZooModel): ZooModel {
  if (m.id.startsWith('c')) return m;
  const results: Record<string, number[]> = {};
  let i = 0;
  for (const [path, row] of Object.entries(m.table3)) {
    if (['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].includes(path)) continue;
    results[path] = T3_COL_KEYS.slice(0, 6).map((c, ci) => ((i + ci) % 3 === 0 ? 0 : row[c]!));
    i++;
  }
  const six = (path: string) => T3_COL_KEYS.slice(0, 6).map((c) => m.table3[path]![c]!);
  const table4 = Object.fromEntries(
    Object.entries(m.table4).map(([g, row], gi) => {
      const parts = T4_COL_KEYS.slice(0, 4).map((c, ci) => ((gi + ci) % 2 === 0 ? 0 : row[c]!));
      return [g, { upheld: parts[0]!, corrected: parts[1]!, other: parts[2]!, pending: parts[3]!, total: parts.reduce((a, b) => a + b, 0) }];
    }),
  );
  const table2 = Object.fromEntries(Object.entries(m.table2).map(([r, row], ri) => [r, Object.fromEntries(Object.entries(row).map(([c, v], ci) => [c, (ri + ci) % 2 === 0 ? 0 : v]))]));
  return { ...m, id: `${m.id}z`, table2, table3: table3From(m.format, results, six('carriedOver'), six('carriedForward')), table4 };
}

/** A variant with blank cells at the ends of some rows (left empty by the agency). */
export function withTrailingBlanks(m: ZooModel): ZooModel {
  if (m.id.startsWith('c')) return m;
  const t3 = { ...m.table3 };
  t3['carriedOver'] = { ...t3['carriedOver']!, otherOrg: null, total: null };
  t3['denied.adminQuery'] = { ...t3['denied.adminQuery']!, legalService: null, otherOrg: null, total: null };
  const t4 = { ...m.table4 };
  t4['litigationAfterReconsideration'] = { ...t4['litigationAfterReconsideration']!, pending: null, total: null };
  return { ...m, id: `${m.id}b`, table3: t3, table4: t4 };
}

// ---------------------------------------------------------------- labels

/** 一、… （一）… 1.… numbering removed: 予以公开, 属于国家秘密. */
export function noNumbering(label: string): string {
  return label.replace(/^(?:[一二三四五六七八九十]+[、,，.．]|[（(][一二三四五六七八九十]+[)）]|\d+[.．、])\s*/, '');
}

export function asciiBrackets(label: string): string {
  return label.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',');
}

const TYPOS: readonly (readonly [RegExp, string])[] = [
  [/不予公开/, '不子公开'],
  [/补正后/, '补正启'],
  [/^8\./, '8、'],
  [/^四、/, '四,'],
  [/其他法律行政法规禁止公开/, '其他法律法规禁止公开'],
  [/^2\.没有现成/, '12.没有现成'],
  [/不予处理/, '不子处理'],
];

/** The label typos seen in published reports (domain.md §2.4 item 1), with ASCII brackets. */
export function typos(label: string): string {
  let s = asciiBrackets(label);
  for (const [re, to] of TYPOS) s = s.replace(re, to);
  return s;
}

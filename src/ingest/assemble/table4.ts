/**
 * @module Reading Table 4 (行政复议、行政诉讼情况).
 *
 * The template has one data row of fifteen cells (review ×5, direct litigation
 * ×5, litigation after review ×5) under three header rows; agencies also
 * publish it as three rows with a label cell per group, or transposed as
 * fifteen label + value rows. The reader cuts the table into segments (the
 * labels, then the values that follow them) and reads them by what their own
 * labels name: a group (five cells, R4), a group and column (one cell), or
 * nothing specific (the fifteen cells in template order, placed by R4 where
 * cells were lost).
 */
import type { TokenForms } from './token-forms.js';
import { T4_COL_KEYS, T4_GROUPS, type T4Col, type T4Group } from '../../domain/annual-report/columns.js';
import { collectValues, tailItems, type SourceShape } from './collect-values.js';
import { resolveRow } from './resolve-row.js';
import type { CellSink } from './cell-sink.js';
import { putResolvedRow, putUndeterminedRow } from './row-findings.js';
import { finding, PARSE_RULES } from './findings.js';
import { isMarkedBlank, looseItem, type SumGroup, type ValueItem } from './value-item.js';
import { isTable4Header } from './vocabulary.js';
import { core } from './text-forms.js';
import type { TableSpan } from './table3.js';
import { cellPath } from '../../domain/annual-report/report.js';

const PATHS = T4_GROUPS.flatMap((g) => T4_COL_KEYS.map((c) => cellPath('table4', g.key, c)));
const SUMS: readonly SumGroup[] = [0, 5, 10].map((o) => ({ parts: [o, o + 1, o + 2, o + 3], total: o + 4 }));
const GROUP_SUM: readonly SumGroup[] = [{ parts: [0, 1, 2, 3], total: 4 }];
const COLUMN_WORDS: readonly (readonly [string, T4Col])[] = [
  ['结果维持', 'upheld'],
  ['结果纠正', 'corrected'],
  ['其他结果', 'other'],
  ['尚未审结', 'pending'],
  ['总计', 'total'],
  ['合计', 'total'],
];

/** The group a label names: 行政复议, 未经复议直接起诉, 复议后起诉; `litigation` for 行政诉讼 alone. */
function groupOf(c: string): T4Group | 'litigation' | null {
  const direct = c.includes('未经复议') || c.includes('直接起诉');
  const after = c.includes('复议后');
  if (direct && after) return null;
  if (direct) return 'litigationDirect';
  if (after) return 'litigationAfterReconsideration';
  if (c.includes('行政复议')) return c.includes('行政诉讼') ? null : 'reconsideration';
  if (c.includes('行政诉讼')) return 'litigation';
  return null;
}

function columnOf(c: string): T4Col | null {
  const hits = COLUMN_WORDS.filter(([w]) => c.includes(w));
  return hits.length === 1 ? hits[0]![1] : null;
}

interface Segment {
  /** Cores of the label cells of the segment's own row (row-structured) or its last label cell. */
  readonly rowLabels: string[];
  readonly items: ValueItem[];
  numbers: number;
  /** Numbers and written blank markers (—, 无): cells that stand in value columns. */
  values: number;
  lastToken: number;
}

function newSegment(): Segment {
  return { rowLabels: [], items: [], numbers: 0, values: 0, lastToken: -1 };
}

/** Cell `i` as a label cell of Table 4 (the core of its label), possibly carrying its values ("行政复议 3 4 0 1 8"). */
function labelOf(doc: TokenForms, i: number): { core: string; tail: string | null } | null {
  const split = doc.labelTail(i);
  if (split && isTable4Header(split.label)) return { core: core(split.label), tail: split.tail };
  return isTable4Header(doc.text(i), doc.bare(i)) ? { core: doc.core(i), tail: null } : null;
}

function findStart(doc: TokenForms, from: number, to: number): number {
  const { tokens } = doc;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'cell' || doc.values(i)) continue;
    const l = labelOf(doc, i);
    if (!l) continue;
    const c = l.core;
    if (!c.includes('行政复议') && !c.includes('行政诉讼')) continue;
    // Rows above the first group word belong to the table too (a merged group label printed on
    // the middle row of its span, as PDF text has it): Table-4 words and values, back to other text.
    let start = i;
    for (let k = i - 1; k >= from; k--) {
      const p = tokens[k]!;
      if (p.kind === 'cell' && !doc.values(k) && !labelOf(doc, k)) break;
      start = k;
    }
    while (start < i && tokens[start]!.kind !== 'cell') start++;
    return start;
  }
  return -1;
}

/** Cuts the table into segments: label cells, then the values after them. Stops at text that is not Table-4 wording. */
function segmentsFrom(doc: TokenForms, start: number, to: number): { segments: Segment[]; end: number } {
  const { tokens } = doc;
  const segments: Segment[] = [];
  let seg = newSegment();
  let rowStart = true;
  let end = start;
  const close = () => {
    if (seg.values > 0) segments.push(seg);
    seg = newSegment();
  };
  const add = (items: readonly ValueItem[]) => {
    seg.items.push(...items);
    for (const v of items) {
      if (v.kind === 'number') seg.numbers++;
      if (v.kind === 'number' || isMarkedBlank(v)) seg.values++;
    }
  };
  for (let i = start; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'rowEnd') {
      // A row's values end with the row: what follows belongs to the next row's labels.
      if (seg.values > 0) close();
      rowStart = true;
      continue;
    }
    if (t.kind === 'gap') {
      if (seg.values > 0) for (let k = 0; k < t.size; k++) seg.items.push({ kind: 'blank', raw: '', at: t.at });
      continue;
    }
    const values = doc.values(i);
    if (values) {
      add(values);
      seg.lastToken = i;
      end = i + 1;
      rowStart = false;
      continue;
    }
    const l = labelOf(doc, i);
    if (!l) break;
    if (seg.values > 0) close();
    // Empty cells before a label are empty header or label cells, not values.
    seg.items.length = 0;
    if (rowStart) seg.rowLabels.length = 0;
    rowStart = false;
    seg.rowLabels.push(l.core);
    end = i + 1;
    if (l.tail) {
      add(tailItems(l.tail, t.at));
      seg.lastToken = i;
    }
  }
  close();
  return { segments, end };
}

interface Placed {
  readonly group: T4Group;
  readonly column: T4Col | null;
  readonly seg: Segment;
}

const COLUMN_ORDER: readonly T4Col[] = T4_COL_KEYS;

/**
 * Reads each segment by its own labels. A group label may stand on one row of the run of rows it
 * spans (the first when a merged cell is read top-down, the middle one in PDF text): rows whose
 * column labels follow the template order form a run, and the run's one group label names them all.
 */
function placeSegments(segments: readonly Segment[]): Placed[] | null {
  const own = segments.map((seg) => {
    let group: T4Group | 'litigation' | null = null;
    let column: T4Col | null = null;
    let columns = 0;
    for (const l of seg.rowLabels) {
      const g = groupOf(l);
      if (g && (group === null || group === 'litigation')) group = g;
      const c = columnOf(l);
      if (c) {
        column = c;
        columns++;
      }
    }
    return { seg, group, column, columns };
  });
  if (own.some((o) => o.seg.values > 5 || o.columns > 1 || (o.column !== null && o.seg.values !== 1))) return null;
  // Runs: consecutive one-cell rows whose columns rise in template order; a group row stands alone.
  const runs: (typeof own)[] = [];
  let prev = -1;
  for (const o of own) {
    const at = o.column === null ? -1 : COLUMN_ORDER.indexOf(o.column);
    if (at < 0 || at <= prev || runs.length === 0) runs.push([o]);
    else runs[runs.length - 1]!.push(o);
    prev = at;
  }
  const out: Placed[] = [];
  for (const run of runs) {
    const groups = new Set(run.map((o) => o.group).filter((g): g is T4Group => g !== null && g !== 'litigation'));
    if (groups.size !== 1) return null;
    const group = [...groups][0]!;
    for (const o of run) out.push({ group, column: o.column, seg: o.seg });
  }
  return out;
}

export function readTable4(doc: TokenForms, shape: SourceShape, from: number, to: number, sink: CellSink): TableSpan {
  const start = findStart(doc, from, to);
  if (start < 0) {
    sink.putNulls(PATHS);
    sink.add(finding(PARSE_RULES.missingRow, 'warning', '未找到表四（行政复议、行政诉讼情况）。', 'Table 4 (reconsideration and litigation) was not found.', PATHS));
    return { found: false, start: -1, end: from };
  }
  const { segments, end } = segmentsFrom(doc, start, to);
  if (shape.blanksLost) for (const seg of segments) seg.items.forEach((v, i) => (seg.items[i] = looseItem(v)));
  const placed = segments.length > 1 ? placeSegments(segments) : null;
  if (placed) readPlaced(placed, sink);
  else readOneRow(doc, segments, start, shape, sink);
  return { found: true, start, end };
}

/** The template's single row: every value in order, fifteen cells, R4 deciding where cells were lost. */
function readOneRow(doc: TokenForms, segments: readonly Segment[], start: number, shape: SourceShape, sink: CellSink): void {
  let items = segments.flatMap((s) => s.items);
  if (segments.length === 0) items = collectValues(doc, start + 1, { stopAtRowEnd: false, loose: shape.blanksLost }).items;
  const res = resolveRow(items, 15, SUMS);
  const label = '表四';
  if (res.candidates.length === 1) putResolvedRow(sink, label, PATHS, res, res.candidates[0]!);
  else putUndeterminedRow(sink, label, PATHS, res, items.map((v) => v.raw).join(' '));
}

/** Rows that name their group (five cells each) or their group and column (one cell each). */
function readPlaced(placed: readonly Placed[], sink: CellSink): void {
  const seen = new Map<string, number>();
  for (const p of placed) {
    const key = p.column ? `${p.group}.${p.column}` : p.group;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (const p of placed) {
    const key = p.column ? `${p.group}.${p.column}` : p.group;
    const paths = p.column ? [cellPath('table4', p.group, p.column)] : T4_COL_KEYS.map((c) => cellPath('table4', p.group, c));
    const label = `表四 ${p.seg.rowLabels.join(' ')}`;
    const res = resolveRow(p.seg.items, paths.length, p.column ? [] : GROUP_SUM);
    if (seen.get(key)! > 1 || res.candidates.length !== 1) putUndeterminedRow(sink, label, paths, { candidates: seen.get(key)! > 1 ? [] : res.candidates, note: 'undetermined' }, p.seg.items.map((v) => v.raw).join(' '));
    else putResolvedRow(sink, label, paths, res, res.candidates[0]!);
  }
  const missing = PATHS.filter((p) => !sink.has(p));
  if (missing.length > 0) {
    sink.putNulls(missing);
    sink.add(finding(PARSE_RULES.missingCells, 'warning', `表四有 ${missing.length} 个单元格在文档中找不到，记为空。`, `${missing.length} cells of Table 4 are not in the document; left null.`, missing));
  }
}

/**
 * @module The statutory tables as grids of cells with row and column spans,
 * in the layouts agencies publish (the official template and its common
 * variants). Renderers turn a grid into HTML, Markdown or PDF-like text.
 */
import { FORMATS, T3_COLUMNS, T4_COLUMNS, T4_GROUPS } from '../../src/domain/annual-report/index.js';
import type { Cell, ZooModel } from './model.js';
import { t3Rows } from './model.js';

export interface GCell {
  /** Visible text; "\n" is a line break inside the cell (`<br>`). */
  readonly text: string;
  readonly colspan?: number;
  readonly rowspan?: number;
  /** Report path of the value this cell shows, for value cells. */
  readonly path?: string;
}

export interface Grid {
  readonly rows: readonly (readonly GCell[])[];
  /** How many leading rows are header rows. */
  readonly headRows: number;
  /** Text of the table's own caption line (`表三 …`), if any. */
  readonly title?: string;
}

/** How a value is written: the path and the model value to cell text. */
export type Fmt = (path: string, v: Cell) => string;

export const plainFmt: Fmt = (_p, v) => (v === null ? '' : String(v));

/** Label rewriting (numbering, brackets, typos) applied to every row label. */
export type LabelFn = (label: string) => string;
const same: LabelFn = (l) => l;

const NOTE = '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和';

// ---------------------------------------------------------------- Table 2

export interface T2Opts {
  /** `true` (default): caption rows inside the tables; `false`: none; `'outside'`: captions as lines above each table. */
  readonly captions?: boolean | 'outside';
  /** A 合计 row after the rows of 第二十条第（一）项. */
  readonly totalRow?: boolean;
  readonly label?: LabelFn;
}

/** Table 2 as one grid per Art. 20 item (join them for the one-big-table layout). */
export function table2Grids(m: ZooModel, fmt: Fmt, opts: T2Opts = {}): Grid[] {
  const label = opts.label ?? same;
  return FORMATS[m.format].table2.map((part) => {
    const rows: GCell[][] = [];
    const inside = opts.captions === undefined || opts.captions === true;
    if (inside) rows.push([{ text: part.caption, colspan: 4 }]);
    const cols = part.columns;
    const header: GCell[] = [{ text: '信息内容' }];
    const wide = cols.length === 1;
    if (wide) header.push({ text: cols[0]!.label, colspan: 3 });
    else if (cols.length === 2 && part.key === 'art20_9') header.push({ text: cols[0]!.label }, { text: cols[1]!.label, colspan: 2 });
    else {
      for (const c of cols) header.push({ text: c.label });
      if (cols.length === 2) header.push({ text: '' });
    }
    rows.push(header);
    for (const row of part.rows) {
      const r: GCell[] = [{ text: label(row.label) }];
      cols.forEach((c, ci) => {
        const path = `table2.${row.key}.${c.key}`;
        const cell: GCell = { text: fmt(path, m.table2[row.key]![c.key]!), path };
        r.push(wide || (part.key === 'art20_9' && ci === 1) ? { ...cell, colspan: wide ? 3 : 2 } : cell);
      });
      if (cols.length === 2 && part.key !== 'art20_9') r.push({ text: '' });
      rows.push(r);
    }
    if (opts.totalRow && part.key === 'art20_1') {
      const sums = cols.map((c) => part.rows.reduce((a, row) => a + (m.table2[row.key]![c.key] ?? 0), 0));
      rows.push([{ text: '合计' }, ...sums.map((s) => ({ text: String(s) }))]);
    }
    return { rows, headRows: inside ? 2 : 1, ...(opts.captions === 'outside' ? { title: part.caption } : {}) };
  });
}

export function joinGrids(grids: readonly Grid[], title?: string): Grid {
  return { rows: grids.flatMap((g) => g.rows), headRows: 0, ...(title ? { title } : {}) };
}

// ---------------------------------------------------------------- Table 3

export interface T3Opts {
  /**
   * `rowspan`: the official merged label cells; `indent`: no spans, empty cells stand in;
   * `ownRow`: group labels on rows of their own; `flat`: one label column and a one-row header,
   * group labels on rows of their own without value cells (as PDF-to-Markdown converters emit it).
   */
  readonly groups?: 'rowspan' | 'indent' | 'ownRow' | 'flat';
  /** An extra 法人或其他组织小计 column between 其他 and 总计. */
  readonly subtotalColumn?: boolean;
  /** A 小计 row heading each of (三)(四)(五)(六). */
  readonly subtotalRows?: boolean;
  /** Line breaks inside header cells. */
  readonly headerBreaks?: boolean;
  readonly label?: LabelFn;
}

const TOP_GROUP = '三、本年度办理结果';

function t3Values(m: ZooModel, path: string, fmt: Fmt, subtotal: boolean): GCell[] {
  const row = m.table3[path]!;
  const cells: GCell[] = T3_COLUMNS.map((c) => ({ text: fmt(`table3.${path}.${c.key}`, row[c.key]!), path: `table3.${path}.${c.key}` }));
  if (subtotal) {
    const parts = ['commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'].map((k) => row[k]);
    const sub = parts.every((v) => v === null) ? null : parts.reduce<number>((a, v) => a + (v ?? 0), 0);
    cells.splice(6, 0, { text: sub === null ? '' : fmt('subtotal', sub) });
  }
  return cells;
}

function t3Header(labelCols: number, opts: T3Opts): GCell[][] {
  const br = (s: string, at: number) => (opts.headerBreaks ? `${s.slice(0, at)}\n${s.slice(at)}` : s);
  const orgCols = opts.subtotalColumn ? 6 : 5;
  const leaf = T3_COLUMNS.slice(1, 6).map((c) => ({ text: br(c.label, 2) }));
  if (opts.subtotalColumn) leaf.push({ text: br('法人或其他组织小计', 7) });
  return [
    [{ text: NOTE, colspan: labelCols, rowspan: 3 }, { text: br('申请人情况', 3), colspan: orgCols + 2 }],
    [{ text: '自然人', rowspan: 2 }, { text: br('法人或其他组织', 3), colspan: orgCols }, { text: '总计', rowspan: 2 }],
    leaf,
  ];
}

interface T3Line {
  readonly path: string;
  /** The merged group the row sits in below 三 ((三)不予公开 …), if any. */
  readonly sub: string | null;
  readonly inResults: boolean;
}

function t3Lines(m: ZooModel): T3Line[] {
  return t3Rows(m.format).map((r) => ({
    path: r.path,
    sub: r.group && r.group !== TOP_GROUP ? r.group : null,
    inResults: r.group !== undefined,
  }));
}

/** Table 3 as a grid in one of the published label layouts. */
export function table3Grid(m: ZooModel, fmt: Fmt, opts: T3Opts = {}): Grid {
  const label = opts.label ?? same;
  const mode = opts.groups ?? 'rowspan';
  const rowsDef = t3Rows(m.format);
  const labelOf = (path: string) => label(rowsDef.find((r) => r.path === path)!.label);
  const lines = t3Lines(m);
  if (mode === 'flat') return flatTable3(m, fmt, opts, labelOf);
  const labelCols = mode === 'indent' ? 2 : 3;
  const rows: GCell[][] = t3Header(labelCols, opts);
  const valueCount = opts.subtotalColumn ? 8 : 7;
  const empties = (): GCell[] => Array.from({ length: valueCount }, () => ({ text: '' }));
  const subCounts = new Map<string, number>();
  for (const l of lines) if (l.sub) subCounts.set(l.sub, (subCounts.get(l.sub) ?? 0) + 1);
  const extraPerSub = opts.subtotalRows || mode === 'ownRow' ? 1 : 0;
  const resultRows = lines.filter((l) => l.inResults).length + extraPerSub * subCounts.size;
  let topOpen = false;
  const seenSub = new Set<string>();
  for (const l of lines) {
    const vals = t3Values(m, l.path, fmt, !!opts.subtotalColumn);
    if (!l.inResults) {
      rows.push(mode === 'indent' ? [{ text: labelOf(l.path) }, { text: '' }, ...vals] : [{ text: labelOf(l.path), colspan: 3 }, ...vals]);
      continue;
    }
    const lead: GCell[] = [];
    if (!topOpen) {
      topOpen = true;
      if (mode === 'indent') rows.push([{ text: label(TOP_GROUP) }, { text: '' }, ...empties()]);
      else lead.push({ text: label(TOP_GROUP), rowspan: resultRows });
    }
    if (l.sub && !seenSub.has(l.sub)) {
      seenSub.add(l.sub);
      const n = subCounts.get(l.sub)!;
      if (mode === 'ownRow') {
        rows.push([...lead.splice(0), { text: label(l.sub), colspan: 2 }, ...empties()]);
      } else if (mode === 'indent') {
        if (opts.subtotalRows) rows.push([{ text: label(l.sub) }, { text: '小计' }, ...subtotalValues(m, l.sub, fmt, valueCount)]);
        rows.push([{ text: opts.subtotalRows ? '' : label(l.sub) }, { text: labelOf(l.path) }, ...vals]);
        continue;
      } else {
        if (opts.subtotalRows) {
          rows.push([...lead.splice(0), { text: label(l.sub), rowspan: n + 1 }, { text: '小计' }, ...subtotalValues(m, l.sub, fmt, valueCount)]);
          rows.push([{ text: labelOf(l.path) }, ...vals]);
          continue;
        }
        rows.push([...lead.splice(0), { text: label(l.sub), rowspan: n }, { text: labelOf(l.path) }, ...vals]);
        continue;
      }
    }
    if (mode === 'indent') rows.push(l.sub ? [{ text: '' }, { text: labelOf(l.path) }, ...vals] : [{ text: labelOf(l.path) }, { text: '' }, ...vals]);
    else rows.push([...lead, l.sub && mode !== 'ownRow' ? { text: labelOf(l.path) } : { text: labelOf(l.path), colspan: 2 }, ...vals]);
  }
  return { rows, headRows: 3 };
}

function flatTable3(m: ZooModel, fmt: Fmt, opts: T3Opts, labelOf: (path: string) => string): Grid {
  const label = opts.label ?? same;
  const rows: GCell[][] = [[{ text: '项目' }, ...T3_COLUMNS.map((c) => ({ text: c.label }))]];
  let top = false;
  const seen = new Set<string>();
  for (const l of t3Lines(m)) {
    if (l.inResults && !top) {
      top = true;
      rows.push([{ text: label(TOP_GROUP) }]);
    }
    if (l.sub && !seen.has(l.sub)) {
      seen.add(l.sub);
      rows.push([{ text: label(l.sub) }]);
    }
    rows.push([{ text: labelOf(l.path) }, ...t3Values(m, l.path, fmt, false)]);
  }
  return { rows, headRows: 1 };
}

function subtotalValues(m: ZooModel, sub: string, fmt: Fmt, n: number): GCell[] {
  const paths = t3Rows(m.format).filter((r) => r.group === sub).map((r) => r.path);
  const cols = T3_COLUMNS.map((c) => c.key as string);
  const sums = cols.map((c) => paths.reduce((a, p) => a + (m.table3[p]![c] ?? 0), 0));
  if (n === 8) sums.splice(6, 0, sums.slice(1, 6).reduce((a, b) => a + b, 0));
  return sums.map((s) => ({ text: fmt('subtotal', s) }));
}

// ---------------------------------------------------------------- Table 4

export type T4Layout = 'official' | 'groupRows' | 'transposed';

const LIT = '行政诉讼';

export function table4Grid(m: ZooModel, fmt: Fmt, layout: T4Layout = 'official'): Grid {
  const v = (g: string, c: string): GCell => ({ text: fmt(`table4.${g}.${c}`, m.table4[g]![c]!), path: `table4.${g}.${c}` });
  const colLabels = T4_COLUMNS.map((c) => ({ text: c.label }));
  if (layout === 'official') {
    return {
      headRows: 3,
      rows: [
        [{ text: '行政复议', colspan: 5 }, { text: LIT, colspan: 10 }],
        [...T4_COLUMNS.map((c) => ({ text: c.label, rowspan: 2 })), { text: '未经复议直接起诉', colspan: 5 }, { text: '复议后起诉', colspan: 5 }],
        [...colLabels, ...colLabels],
        T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => v(g.key, c.key))),
      ],
    };
  }
  if (layout === 'groupRows') {
    return {
      headRows: 1,
      rows: [
        [{ text: '类别', colspan: 2 }, ...colLabels],
        [{ text: '行政复议', colspan: 2 }, ...T4_COLUMNS.map((c) => v('reconsideration', c.key))],
        [{ text: LIT, rowspan: 2 }, { text: '未经复议直接起诉' }, ...T4_COLUMNS.map((c) => v('litigationDirect', c.key))],
        [{ text: '复议后起诉' }, ...T4_COLUMNS.map((c) => v('litigationAfterReconsideration', c.key))],
      ],
    };
  }
  const rows: GCell[][] = [[{ text: '类别', colspan: 2 }, { text: '数量（件）' }]];
  for (const g of T4_GROUPS) {
    T4_COLUMNS.forEach((c, ci) => {
      const head: GCell[] = ci === 0 ? [{ text: g.parent ? `${g.parent}（${g.label}）` : g.label, rowspan: 5 }] : [];
      rows.push([...head, { text: c.label }, v(g.key, c.key)]);
    });
  }
  return { rows, headRows: 1 };
}

/**
 * A grid cut into two tables before row `at` (a page break in the source): cells spanning the cut
 * are shortened, and repeated with the remaining span at the start of the second part; the
 * header rows are repeated above the second part.
 */
export function splitGrid(grid: Grid, at: number): [Grid, Grid] {
  const first: GCell[][] = [];
  const carried: GCell[] = [];
  grid.rows.forEach((row, r) => {
    if (r >= at) return;
    first.push(
      row.map((c) => {
        const span = c.rowspan ?? 1;
        if (r + span <= at) return c;
        carried.push({ ...c, rowspan: r + span - at });
        return { ...c, rowspan: at - r };
      }),
    );
  });
  const head = grid.rows.slice(0, grid.headRows).map((r) => [...r]);
  const rest = grid.rows.slice(at).map((r) => [...r]);
  rest[0] = [...carried, ...rest[0]!];
  return [
    { rows: first, headRows: grid.headRows },
    { rows: [...head, ...rest], headRows: grid.headRows },
  ];
}

// ---------------------------------------------------------------- grid → matrix

/** The grid expanded to a full matrix: each slot holds its cell and whether it is the cell's origin. */
export function expand(grid: Grid): { cell: GCell; origin: boolean; rowOrigin: boolean }[][] {
  const out: { cell: GCell; origin: boolean; rowOrigin: boolean }[][] = [];
  grid.rows.forEach((row, r) => {
    out[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (out[r]![c]) c++;
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) {
          out[r + dr] ??= [];
          out[r + dr]![c + dc] = { cell, origin: dr === 0 && dc === 0, rowOrigin: dr === 0 };
        }
      }
      c += cell.colspan ?? 1;
    }
  });
  const width = Math.max(...out.map((r) => r.length));
  return out.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? { cell: { text: '' }, origin: true, rowOrigin: true }));
}

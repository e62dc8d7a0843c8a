/**
 * @module The reports the zoo renders: the five hand-read corpus reports and
 * synthetic ones whose Table-3/4 cells are all non-zero and distinct within
 * their row and column (so a cell read into the wrong place never passes by
 * accident), built to satisfy R1–R4 exactly.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FORMATS, T3_COL_KEYS, T4_COL_KEYS, T4_GROUPS, getPath, type FormatId, type Table3Row } from '../../src/domain/annual-report/index.js';

export type Cell = number | null;
export type Row = Record<string, Cell>;

export interface ZooModel {
  /** Short id used in file names (`c003`, `s1`). */
  readonly id: string;
  readonly format: FormatId;
  readonly year: number;
  readonly agency: string;
  /** Row key → column key → value. */
  readonly table2: Record<string, Row>;
  /** Row path (`denied.stateSecret`) → column key → value. */
  readonly table3: Record<string, Row>;
  /** Group key → column key → value. */
  readonly table4: Record<string, Row>;
}

export function t3Rows(format: FormatId): readonly Table3Row[] {
  return FORMATS[format].table3;
}

/** Every cell of the model, keyed by its report path (`table3.granted.total`). */
export function modelCells(m: ZooModel): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const [t, rows] of [['table2', m.table2], ['table3', m.table3], ['table4', m.table4]] as const) {
    for (const [row, cols] of Object.entries(rows)) for (const [col, v] of Object.entries(cols)) out.set(`${t}.${row}.${col}`, v);
  }
  return out;
}

/**
 * The `expected.json` body: format, year, agency, Table 2 nested by row and
 * column, Tables 3 and 4 compact (row → values in the `columns` order), so the
 * zoo stays small.
 */
export function expectedJson(m: ZooModel, nulls: ReadonlySet<string>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const v = (path: string, x: Cell) => (nulls.has(path) ? null : x);
  const table2: Record<string, Row> = {};
  for (const [row, cols] of Object.entries(m.table2)) table2[row] = Object.fromEntries(Object.entries(cols).map(([c, x]) => [c, v(`table2.${row}.${c}`, x)]));
  const rows = (t: 'table3' | 'table4', src: Record<string, Row>, keys: readonly string[]) =>
    Object.fromEntries(Object.entries(src).map(([row, cols]) => [row, keys.map((c) => v(`${t}.${row}.${c}`, cols[c]!))]));
  return {
    format: m.format,
    year: m.year,
    agency: m.agency,
    ...extra,
    columns: { table3: T3_COL_KEYS, table4: T4_COL_KEYS },
    table2,
    table3: rows('table3', m.table3, T3_COL_KEYS),
    table4: rows('table4', m.table4, T4_COL_KEYS),
  };
}

/** Reads an `expected.json` body back as cells keyed by report path. */
export function expectedCells(e: Record<string, unknown>): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const [row, cols] of Object.entries(e['table2'] as Record<string, Row>)) for (const [c, x] of Object.entries(cols)) out.set(`table2.${row}.${c}`, x);
  const cols = e['columns'] as { table3: string[]; table4: string[] };
  for (const t of ['table3', 'table4'] as const) {
    for (const [row, vals] of Object.entries(e[t] as Record<string, Cell[]>)) vals.forEach((x, i) => out.set(`${t}.${row}.${cols[t][i]!}`, x));
  }
  return out;
}

function isCompleteRow(r: Row): boolean {
  return Object.values(r).every((v) => v !== null);
}

/** True when no cell of Tables 3 and 4 is blank (styles that lose blank positions need this). */
export function hasCompleteTables(m: ZooModel): boolean {
  return [...Object.values(m.table3), ...Object.values(m.table4)].every(isCompleteRow);
}

// ---------------------------------------------------------------- corpus reports

const CORPUS = join(import.meta.dirname, '..', 'corpus');

export function corpusModels(): ZooModel[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const e = JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as Record<string, unknown>;
      const format = e['format'] as FormatId;
      const def = FORMATS[format];
      const table2: Record<string, Row> = {};
      for (const part of def.table2) {
        for (const row of part.rows) {
          table2[row.key] = Object.fromEntries(part.columns.map((c) => [c.key, getPath(e, `table2.${row.key}.${c.key}`) as Cell]));
        }
      }
      const table3: Record<string, Row> = {};
      for (const row of def.table3) table3[row.path] = Object.fromEntries(T3_COL_KEYS.map((c) => [c, getPath(e, `table3.${row.path}.${c}`) as Cell]));
      const table4: Record<string, Row> = {};
      for (const g of T4_GROUPS) table4[g.key] = Object.fromEntries(T4_COL_KEYS.map((c) => [c, getPath(e, `table4.${g.key}.${c}`) as Cell]));
      return { id: `c${f.slice(0, 3)}`, format, year: e['year'] as number, agency: e['agency'] as string, table2, table3, table4 };
    });
}

// ---------------------------------------------------------------- synthetic reports

/** mulberry32: a small seeded generator, so the zoo is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEAD = new Set(['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward']);

/**
 * Table 3 from its result rows: `results` gives the six applicant cells of every
 * result row; totals (R2), (七)总计 (R3), and 新收 from 结转 (R1) follow.
 */
export function table3From(format: FormatId, results: Record<string, number[]>, carriedOver: number[], carriedForward: number[]): Record<string, Row> {
  const rows = t3Rows(format);
  const out: Record<string, Row> = {};
  const withTotal = (parts: readonly number[]): Row => {
    const r: Row = {};
    T3_COL_KEYS.forEach((c, i) => (r[c] = i < 6 ? parts[i]! : parts.reduce((a, b) => a + b, 0)));
    return r;
  };
  const processed = [0, 0, 0, 0, 0, 0];
  for (const row of rows) {
    if (HEAD.has(row.path)) continue;
    const parts = results[row.path];
    if (!parts) throw new Error(`no values for ${row.path}`);
    parts.forEach((v, i) => (processed[i]! += v));
    out[row.path] = withTotal(parts);
  }
  const received = processed.map((p, i) => p + carriedForward[i]! - carriedOver[i]!);
  if (received.some((v) => v <= 0)) throw new Error('synthetic report: 新收 must stay positive');
  out['newReceived'] = withTotal(received);
  out['carriedOver'] = withTotal(carriedOver);
  out['totalProcessed'] = withTotal(processed);
  out['carriedForward'] = withTotal(carriedForward);
  // Keep the template's row order.
  return Object.fromEntries(rows.map((r) => [r.path, out[r.path]!]));
}

/** Distinct values per row and per column, drawn from 1..max. */
function distinctGrid(rand: () => number, rows: number, cols: number, max: number): number[][] {
  const grid: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) {
      for (;;) {
        const v = 1 + Math.floor(rand() * max);
        if (row.includes(v) || grid.some((g) => g[c] === v)) continue;
        row.push(v);
        break;
      }
    }
    grid.push(row);
  }
  return grid;
}

function synthetic(id: string, format: FormatId, year: number, agency: string, seed: number): ZooModel {
  const rand = rng(seed);
  const resultPaths = t3Rows(format).filter((r) => !HEAD.has(r.path)).map((r) => r.path);
  const grid = distinctGrid(rand, resultPaths.length + 2, 6, 60);
  const results = Object.fromEntries(resultPaths.map((p, i) => [p, grid[i]!]));
  const table3 = table3From(format, results, grid[resultPaths.length]!, grid[resultPaths.length + 1]!);
  const t4grid = distinctGrid(rand, 3, 4, 19);
  const table4: Record<string, Row> = {};
  T4_GROUPS.forEach((g, gi) => {
    const parts = t4grid[gi]!;
    table4[g.key] = { upheld: parts[0]!, corrected: parts[1]!, other: parts[2]!, pending: parts[3]!, total: parts.reduce((a, b) => a + b, 0) };
  });
  const t2vals = distinctGrid(rand, 8, 3, 97);
  const table2: Record<string, Row> = {};
  let k = 0;
  for (const part of FORMATS[format].table2) {
    for (const row of part.rows) {
      const vals = t2vals[k++]!;
      table2[row.key] = Object.fromEntries(
        part.columns.map((c, ci) => {
          if (c.kind === 'amount') return [c.key, c.unit === 'wan' ? Number(`${vals[ci]}.${(vals[(ci + 1) % 3]! % 90) + 10}`) : vals[ci]! * 1000 + 0.5];
          if (c.kind === 'signedCount') return [c.key, k % 2 === 0 ? -vals[ci]! % 20 || -3 : vals[ci]! % 20 || 4];
          return [c.key, vals[ci]!];
        }),
      );
    }
  }
  return { id, format, year, agency, table2, table3, table4 };
}

export function syntheticModels(): ZooModel[] {
  return [
    synthetic('s1', '2021', 2022, '青山市自然资源和规划局', 11),
    synthetic('s2', '2019', 2020, '临江县人民政府', 22),
    synthetic('s3', '2021', 2023, '东湖区人民政府办公室', 33),
    synthetic('s4', '2019', 2019, '云溪县教育局', 44),
  ];
}

/**
 * A variant whose rows `a` and `b` start with (1, 15) and (11, 5): once the
 * separators between their first two cells are lost, both read "115…", and
 * swapping the two splits keeps every row and column sum — undecidable.
 */
export function swappableModel(base: ZooModel, a: string, b: string): ZooModel {
  const results: Record<string, number[]> = {};
  for (const [path, row] of Object.entries(base.table3)) {
    if (HEAD.has(path)) continue;
    results[path] = T3_COL_KEYS.slice(0, 6).map((c) => row[c]!);
  }
  results[a] = [1, 15, ...results[a]!.slice(2)];
  results[b] = [11, 5, ...results[b]!.slice(2)];
  const co = T3_COL_KEYS.slice(0, 6).map((c) => base.table3['carriedOver']![c]!);
  const cf = T3_COL_KEYS.slice(0, 6).map((c) => base.table3['carriedForward']![c]!);
  return { ...base, id: `${base.id}x`, table3: table3From(base.format, results, co, cf) };
}

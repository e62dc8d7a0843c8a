/**
 * @module Plain-text styles: what PDF text extraction gives (rows on one line,
 * blank cells gone, merged labels on the middle line, wrapped labels, digits
 * run together, page furniture, full-width digits and NBSP) and the three
 * layouts of Word-exported text seen in the seeds (tabs, one cell per line, pipes).
 */
import { T3_COL_KEYS } from '../../src/domain/annual-report/index.js';
import { reportBlocks, titleOf } from './doc.js';
import { expand, type Fmt, type Grid, type T4Layout } from './grid.js';
import type { ZooModel } from './model.js';
import { swappableModel } from './model.js';
import { textPage } from './page-text.js';
import { joinCells, textTableLines, type TextCell } from './render-table.js';
import { annotatedFmt, complete, fullWidthFmt, markerFmt, withZeros, type Rendered, type Style } from './style.js';
import { tablesOf } from './styles-html.js';

type Sep = (gap: number) => string;

const pdfSep: Sep = (gap) => ' '.repeat(2 + ((gap * 7) % 5));
const oneSpace: Sep = () => ' ';

const isValue = (c: TextCell) => c.path !== undefined;

/** A line transform: the cells of one table line → one or more text lines. */
type LineFn = (cells: TextCell[], key: 't2' | 't3' | 't4', index: number) => string[];

function plainLines(sep: Sep): LineFn {
  return (cells) => [joinCells(cells.map((c) => c.text), sep)];
}

interface PdfOpts {
  readonly sep: Sep;
  readonly fmt?: Fmt;
  readonly line?: LineFn;
  readonly title?: number;
  readonly center?: boolean;
  readonly t4?: T4Layout;
  readonly after?: (key: 't2' | 't3' | 't4', index: number) => string[];
}

function pdfText(m: ZooModel, opts: PdfOpts): string {
  const line = opts.line ?? plainLines(opts.sep);
  const tables = tablesOf(m, { fmt: opts.fmt ?? annotatedFmt, ...(opts.t4 ? { t4: opts.t4 } : {}) });
  let gridNo = 0;
  return textPage(reportBlocks(m, tables, opts.title ?? 0), {
    gap: 0,
    table: (grid, key) => {
      const out: string[] = [];
      textTableLines(grid, { center: opts.center ?? true }).forEach((cells, i) => {
        out.push(...line(cells, key, i));
        out.push(...(opts.after?.(key, i) ?? []));
      });
      out.push(...(opts.after?.(key, -1 - gridNo++) ?? []));
      return out;
    },
  });
}

/** Wraps labels longer than 18 characters: values stay with the first part (even rows) or move to the second (odd rows). */
function wrapLabels(sep: Sep): LineFn {
  let n = 0;
  return (cells) => {
    const vi = cells.findIndex(isValue);
    const labelAt = vi > 0 ? vi - 1 : -1;
    const label = labelAt >= 0 ? cells[labelAt]!.text : '';
    if (label.length <= 18) return [joinCells(cells.map((c) => c.text), sep)];
    const cut = 12 + (n % 4);
    const head = cells.slice(0, labelAt).map((c) => c.text);
    const values = cells.slice(vi).map((c) => c.text);
    const first = label.slice(0, cut);
    const rest = label.slice(cut);
    return n++ % 2 === 0 ? [joinCells([...head, first, ...values], sep), rest] : [joinCells([...head, first], sep), joinCells([rest, ...values], sep)];
  };
}

/** Loses the separators between the value cells `pairs` (indices into the row's values) of the rows `paths`. */
function glue(sep: Sep, paths: ReadonlySet<string>, pairs: readonly number[]): LineFn {
  return (cells) => {
    const first = cells.find(isValue)?.path ?? '';
    const row = first.replace(/^table3\./, '').replace(/\.[^.]+$/, '');
    if (!paths.has(row)) return [joinCells(cells.map((c) => c.text), sep)];
    const out: string[] = [];
    let vi = -1;
    for (const c of cells) {
      if (isValue(c)) vi++;
      if (isValue(c) && pairs.includes(vi - 1)) out[out.length - 1] += c.text;
      else out.push(c.text);
    }
    return [joinCells(out, sep)];
  };
}

/**
 * PDF text loses blank cells: a Table-2 row with some cells blank shows fewer numbers than
 * columns and nothing says which are missing (Table 2 has no sums to decide by), so every cell
 * of such a row is undeterminable. (Styles that lose blanks render only reports whose Tables 3
 * and 4 are complete.)
 */
function lostBlanks(m: ZooModel): Set<string> {
  const nulls = new Set<string>();
  for (const [row, cols] of Object.entries(m.table2)) {
    const vals = Object.values(cols);
    if (vals.some((v) => v === null) && vals.some((v) => v !== null)) for (const c of Object.keys(cols)) nulls.add(`table2.${row}.${c}`);
  }
  return nulls;
}

// ---------------------------------------------------------------- the generator's own check of glued rows

/** Every way to cut `runs` into seven non-negative integers (no leading zeros) whose first six sum to the seventh. */
function r2Splits(runs: readonly string[]): number[][] {
  const out: number[][] = [];
  const walk = (ri: number, acc: number[]) => {
    if (acc.length > 7) return;
    if (ri === runs.length) {
      if (acc.length === 7 && acc.slice(0, 6).reduce((a, b) => a + b, 0) === acc[6]) out.push(acc);
      return;
    }
    const cut = (s: string, parts: number[]) => {
      if (s === '') return walk(ri + 1, [...acc, ...parts]);
      for (let len = 1; len <= s.length; len++) {
        const head = s.slice(0, len);
        if (len > 1 && head[0] === '0') break;
        cut(s.slice(len), [...parts, Number(head)]);
      }
    };
    cut(runs[ri]!, []);
  };
  walk(0, []);
  return out;
}

function gluedRuns(m: ZooModel, path: string, pairs: readonly number[]): string[] {
  const vals = T3_COL_KEYS.map((c) => String(m.table3[path]![c]!));
  const out: string[] = [];
  vals.forEach((v, i) => (pairs.includes(i - 1) ? (out[out.length - 1] += v) : out.push(v)));
  return out;
}

/** Joint readings of the glued rows that satisfy R2 per row and R1/R3 per column, the other rows as published. */
export function gluedReadings(m: ZooModel, paths: readonly string[], pairs: readonly number[]): number[][][] {
  const options = paths.map((p) => r2Splits(gluedRuns(m, p, pairs)));
  const results: number[][][] = [];
  const check = (pick: number[][]) => {
    const val = (path: string, c: number) => {
      const k = paths.indexOf(path);
      return k >= 0 ? pick[k]![c]! : m.table3[path]![T3_COL_KEYS[c]!]!;
    };
    const heads = ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'];
    const results3 = Object.keys(m.table3).filter((p) => !heads.includes(p) && !(m.format === '2021' && p === 'otherHandling.total'));
    for (let c = 0; c < 7; c++) {
      if (val('newReceived', c) + val('carriedOver', c) !== val('totalProcessed', c) + val('carriedForward', c)) return false;
      if (results3.reduce((a, p) => a + val(p, c), 0) !== val('totalProcessed', c)) return false;
    }
    return true;
  };
  const walk = (k: number, pick: number[][]) => {
    if (k === paths.length) {
      if (check(pick)) results.push(pick);
      return;
    }
    for (const o of options[k]!) walk(k + 1, [...pick, o]);
  };
  walk(0, []);
  return results;
}

// ---------------------------------------------------------------- Word-exported text layouts

/** Tab-separated rows (seed 004): slots covered by a row span stay as empty cells, column spans collapse. */
function tabLines(grid: Grid): string[] {
  return expand(grid).map((row) => {
    const cells: string[] = [];
    row.forEach((s, i) => {
      if (s.origin) cells.push(s.cell.text.replace(/\n/g, ''));
      else if (!s.rowOrigin && row[i - 1]?.cell !== s.cell) cells.push('');
    });
    return cells.join('\t');
  });
}

/** One cell per line (seeds 000, 002): blank cells as NBSP-only lines. */
function cellLines(grid: Grid): string[] {
  const out: string[] = [];
  for (const row of expand(grid)) for (const s of row) if (s.origin) out.push(s.cell.text === '' ? '\u00a0' : s.cell.text.replace(/\n/g, ''));
  return out;
}

/**
 * PDF text without layout (pdftotext -raw, or a copy from a PDF viewer): every cell on lines of its
 * own in reading order, labels wrapped at the cell width, no blank lines, blank cells gone.
 */
function rawLines(grid: Grid): string[] {
  const out: string[] = [];
  for (const row of expand(grid)) {
    for (const s of row) {
      if (!s.origin || s.cell.text === '') continue;
      const text = s.cell.text.replace(/\n/g, '');
      for (let i = 0; i < text.length; i += 15) out.push(text.slice(i, i + 15));
    }
  }
  return out;
}

/** Cells ending in " |", a line of pipes after each row (seeds 001, 003). */
function pipeLines(grid: Grid): string[] {
  const out: string[] = [];
  for (const row of expand(grid)) {
    for (const s of row) if (s.origin) out.push(s.cell.text === '' ? '|' : `${s.cell.text.replace(/\n/g, '')} |`);
    out.push('||');
  }
  return out;
}

/**
 * A web page copied as text, one table row per line: every cell closed by " |" (`cellEnd` puts the
 * spaces before the pipe), an empty cell as a lone "|", the slots of a column span as a run of
 * pipes at the end of the row ("第二十条第(一)项 | |||"). Slots under a row span are dropped, or
 * (`spans`) written as empty cells, with a pipe opening every line ("| | 2.其他… | 0 |").
 */
function pipeRowLines(opts: { readonly spans: boolean; readonly cellEnd: (i: number) => string }): (grid: Grid) => string[] {
  let n = 0;
  return (grid) =>
    expand(grid).map((row) => {
      const cells: string[] = [];
      let covered = 0;
      row.forEach((s, i) => {
        if (s.origin) cells.push(s.cell.text === '' ? '|' : `${s.cell.text.replace(/\n/g, '')}${opts.cellEnd(n++)}|`);
        else if (!s.rowOrigin) {
          if (opts.spans && row[i - 1]?.cell !== s.cell) cells.push('|');
        } else covered++;
      });
      const line = `${opts.spans ? '| ' : ''}${cells.join(' ')}`;
      return covered > 0 ? `${line} ${'|'.repeat(covered)}` : line;
    });
}

function wordText(m: ZooModel, lines: (g: Grid) => string[], gap: number, tableGap: number, title = 1): string {
  const tables = tablesOf(m, {});
  return textPage(reportBlocks(m, tables, title), {
    gap,
    table: (g) => {
      const ls = lines(g);
      return tableGap === 0 ? ls : ls.flatMap((l, i) => (i === 0 ? [l] : [...Array<string>(tableGap).fill(''), l]));
    },
  });
}

// ---------------------------------------------------------------- styles

const RECOVER_ROWS: Readonly<Record<string, string>> = { '2021': 'partialGrant', '2019': 'newReceived' };
const SWAP_ROWS = ['denied.thirdPartyRights', 'denied.internalAffairs'] as const;

export const TEXT_STYLES: readonly Style[] = [
  {
    name: 't-pdf-columns',
    ext: 'txt',
    about: 'PDF text extraction with layout: one table row per line, cells apart by 2+ spaces, blank cells gone, merged labels on the middle line of their span.',
    applies: complete,
    render: (m) => ({ doc: pdfText(m, { sep: pdfSep }), nulls: lostBlanks(m) }),
  },
  {
    name: 't-single-space',
    ext: 'txt',
    about: 'Label and values on one line separated by single spaces; negative changes as -3.',
    applies: complete,
    render: (m) => ({ doc: pdfText(m, { sep: oneSpace, center: false, title: 2, fmt: (_p, v) => (v === null ? '' : String(v)) }), nulls: lostBlanks(m) }),
  },
  {
    name: 't-wrapped-labels',
    ext: 'txt',
    about: 'Long labels wrap onto a second line: the values stay on the first line or come with the second.',
    applies: complete,
    render: (m) => ({ doc: pdfText(m, { sep: pdfSep, line: wrapLabels(pdfSep), title: 1 }), nulls: lostBlanks(m) }),
  },
  {
    name: 't-digits-recoverable',
    ext: 'txt',
    about: 'One Table-3 row whose digits ran together (separators lost between cells 1–2 and 5–6): the arithmetic leaves one reading.',
    applies: (m) => complete(m) && m.id.startsWith('s'),
    render(m) {
      const row = RECOVER_ROWS[m.format]!;
      const pairs = [0, 4];
      const readings = gluedReadings(m, [row], pairs);
      if (readings.length !== 1) throw new Error(`${m.id}: glued ${row} has ${readings.length} readings, not 1`);
      return { doc: pdfText(m, { sep: pdfSep, line: glue(pdfSep, new Set([row]), pairs) }), findings: ['P-RECOVERED'] };
    },
  },
  {
    name: 't-digits-ambiguous',
    ext: 'txt',
    about: 'Two Table-3 rows whose first two cells ran together ("115…") so that swapping the splits keeps every sum: both rows null, P-AMBIGUOUS.',
    applies: (m) => complete(m) && m.id.startsWith('s'),
    render(m0) {
      const m = swappableModel(m0, SWAP_ROWS[0], SWAP_ROWS[1]);
      const readings = gluedReadings(m, [...SWAP_ROWS], [0]);
      if (readings.length !== 2) throw new Error(`${m.id}: swapped rows have ${readings.length} readings, not 2`);
      const nulls = new Set(SWAP_ROWS.flatMap((p) => T3_COL_KEYS.map((c) => `table3.${p}.${c}`)));
      return { doc: pdfText(m, { sep: pdfSep, line: glue(pdfSep, new Set(SWAP_ROWS), [0]) }), nulls, findings: ['P-AMBIGUOUS'], model: m };
    },
  },
  {
    name: 't-page-furniture',
    ext: 'txt',
    about: 'Page breaks inside the tables: "- 3 -", "第 3 页 共 5 页", the running title, and the Table-3 header repeated on the next page.',
    applies: complete,
    render(m) {
      const title = titleOf(m, 0);
      const t3Header = ['本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和      申请人情况', '自然人      法人或其他组织      总计', '商业企业  科研机构  社会公益组织  法律服务机构  其他'];
      const after = (key: 't2' | 't3' | 't4', i: number): string[] => {
        if (key === 't2' && i === -2) return ['', '- 2 -', '', title];
        if (key === 't3' && i === 12) return ['', '第 3 页 共 5 页', '', `${title}`, ...t3Header];
        if (key === 't4' && i === 2) return ['', '— 4 —', '', '第 4 页，共 5 页'];
        return [];
      };
      return { doc: pdfText(m, { sep: pdfSep, after }), nulls: lostBlanks(m) };
    },
  },
  {
    name: 't-pdf-t4-transposed',
    ext: 'txt',
    about: 'PDF text of a transposed Table 4: each group label printed on the middle line of its five rows, zeros as —, /, 无, - (glyphs that survive extraction) or 0件.',
    applies: complete,
    render(m0): Rendered {
      const m = withZeros(m0);
      const nulls = lostBlanks(m);
      return { doc: pdfText(m, { sep: pdfSep, fmt: markerFmt(nulls), t4: 'transposed', title: 1 }), nulls, model: m };
    },
  },
  {
    name: 't-fullwidth-nbsp',
    ext: 'txt',
    about: 'Full-width digits in the tables and NBSP / ideographic spaces between cells.',
    applies: complete,
    render: (m) => ({ doc: pdfText(m, { sep: (g) => (g % 2 === 0 ? '\u00a0\u00a0' : '\u3000'), fmt: fullWidthFmt(), title: 2 }), nulls: lostBlanks(m) }),
  },
  {
    name: 't-raw-lines',
    ext: 'txt',
    about: 'PDF text without layout: every cell on lines of its own, labels wrapped at the cell width, no blank lines, blank cells gone; the year in Chinese numerals.',
    applies: complete,
    render: (m) => ({ doc: wordText(m, rawLines, 0, 0, 4), nulls: lostBlanks(m) }),
  },
  {
    name: 't-tabs',
    ext: 'txt',
    about: 'Word saved as text: one row per line, tab-separated, row-span slots as empty cells (seed 004 layout).',
    render: (m) => ({ doc: wordText(m, tabLines, 1, 0) }),
  },
  {
    name: 't-cell-per-line',
    ext: 'txt',
    about: 'One cell per line with a blank line between cells, blanks as NBSP-only lines (seeds 000/002 layout); the agency on its own line above the title.',
    render: (m) => ({ doc: wordText(m, cellLines, 1, 1, 3) }),
  },
  {
    name: 't-pipes',
    ext: 'txt',
    about: 'Each cell on its own line ending in " |", a "||" line after each row (seeds 001/003 layout).',
    render: (m) => ({ doc: wordText(m, pipeLines, 1, 0) }),
  },
];

/** Web pages copied as text, one table row per line (added after the styles above: listed last so their documents keep their reports). */
export const PIPE_ROW_STYLES: readonly Style[] = [
  {
    name: 't-pipe-rows',
    ext: 'txt',
    about: 'A web page copied as text: one table row per line, cells closed by " |" (one or two spaces before it), empty cells as a lone "|", column spans as a run of pipes at the row end, row-span slots dropped.',
    render: (m) => ({ doc: wordText(m, pipeRowLines({ spans: false, cellEnd: (i) => (i % 3 === 0 ? '  ' : ' ') }), 0, 0) }),
  },
  {
    name: 't-pipe-rows-spans',
    ext: 'txt',
    about: 'The same copy from another site: every line opened by "| ", the slots under a row span written as empty cells ("| | 2.其他… | 0 |").',
    render: (m) => ({ doc: wordText(m, pipeRowLines({ spans: true, cellEnd: () => ' ' }), 0, 0) }),
  },
];

/**
 * @module Reading Table 3 (收到和处理政府信息公开申请情况): rows found by label in
 * canonical order, seven cells each, run-together digits split by the table's
 * own arithmetic (R2 per row, then R1 and R3 per column across rows).
 *
 * Published variants handled here: a label cell carrying its numbers (PDF
 * text), a label wrapped onto a line of its own, merged label cells repeated in
 * every slot (Markdown), an extra 法人或其他组织小计 column (dropped by its
 * header), and — where the source knows its grid and the header names every
 * column — rows read by position when label and arithmetic leave them open.
 */
import type { TokenForms } from './token-forms.js';
import type { ReportFormat, Table3Row } from '../../domain/annual-report/formats/index.js';
import { T3_COL_KEYS } from '../../domain/annual-report/columns.js';
import { cellPath } from '../../domain/annual-report/report.js';
import { core } from './text-forms.js';
import { isWeak, MAX_LABEL_LENGTH } from './match-label.js';
import { rowScores } from './t3-row-scores.js';
import { collectValues, tailItems, type SourceShape } from './collect-values.js';
import { resolveRow, type RowResolution } from './resolve-row.js';
import type { CellSink } from './cell-sink.js';
import { putResolvedRow, putUndeterminedRow } from './row-findings.js';
import { finding, PARSE_RULES } from './findings.js';
import { candidateValues, satisfiesSums, type Candidate, type SumGroup, type ValueItem } from './value-item.js';
import { gridReading, t3Grid, type T3Grid } from './t3-grid.js';
import { t3Layout, TEMPLATE_LAYOUT, toTemplate, type T3Layout } from './t3-layout.js';
import type { SourceLocation } from '../../domain/annual-report/report.js';
import { isTable3Header } from './vocabulary.js';

const ROW_SUM: readonly SumGroup[] = [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }];
const MAX_COMBINATIONS = 100_000;
/** Raw cells longer than this are narrative (a label may carry its numbers and spacing). */
const MAX_RAW_LABEL = 160;

export interface TableSpan {
  readonly found: boolean;
  /** First token of the table (header included). */
  readonly start: number;
  /** One past the last token consumed. */
  readonly end: number;
}

interface Match {
  readonly index: number;
  readonly score: number;
}

function stripGroups(c: string, format: ReportFormat): string {
  let s = c;
  for (let changed = true; changed; ) {
    changed = false;
    for (const g of format.table3Groups) {
      for (const a of g.anchors) {
        if (s.startsWith(a) && s.length > a.length) {
          s = core(s.slice(a.length));
          changed = true;
        }
      }
    }
  }
  return s;
}

/** Per format: group labels as one pattern (also when repeated: 本年度办理结果本年度办理结果), and exact anchors. */
interface FormatIndex {
  readonly group: RegExp;
  /** anchor → indices of the rows it names, ascending. */
  readonly exact: ReadonlyMap<string, readonly number[]>;
}

const INDEX = new Map<ReportFormat, FormatIndex>();

function indexOf(format: ReportFormat): FormatIndex {
  let idx = INDEX.get(format);
  if (!idx) {
    const anchors = format.table3Groups.flatMap((g) => g.anchors);
    const exact = new Map<string, number[]>();
    format.table3.forEach((row, i) => {
      for (const a of row.anchors) exact.set(a, [...(exact.get(a) ?? []), i]);
    });
    idx = { group: new RegExp(`^(?:${anchors.join('|')})+$`), exact };
    INDEX.set(format, idx);
  }
  return idx;
}

function isGroupLabel(c: string, format: ReportFormat): boolean {
  return indexOf(format).group.test(c);
}

/** How far ahead of the expected row a label may be matched by edit distance (typos); containment reaches further. */
const FUZZY_REACH = 3;

function matchRow(label: string, rows: readonly Table3Row[], pointer: number, started: boolean, format: ReportFormat): Match | null {
  // Exact anchors first: the usual case, decided without any edit distance.
  const hits = indexOf(format).exact.get(label);
  if (hits) {
    for (const i of hits) {
      if (i < pointer) continue;
      const row = rows[i]!;
      if (isWeak(row.anchors) ? started && i <= pointer + 2 : started || i <= 3) return { index: i, score: 1 };
    }
  }
  let best: Match | null = null;
  const scores = rowScores(format, label);
  for (let i = pointer; i < rows.length; i++) {
    const row = rows[i]!;
    if (isWeak(row.anchors)) {
      // 总计 / 其他 are also column headers: only as the row expected next (or nearly).
      if (!started || i > pointer + 2 || !row.anchors.includes(label)) continue;
      return { index: i, score: 1 };
    }
    if (!started && i > 3) break;
    const score = scores.score(i, i <= pointer + FUZZY_REACH);
    if (score === 0) continue;
    // Prefer the nearest row on equal scores: order is part of the template.
    if (!best || score > best.score + 1e-9) best = { index: i, score };
    if (score === 1) break;
  }
  return best && best.score >= 0.7 ? best : null;
}

interface PendingRow {
  readonly row: Table3Row;
  readonly label: string;
  /** The label as written; with the values' text it makes the row's raw text for a finding. */
  readonly rawLabel: string;
  readonly items: readonly ValueItem[];
  readonly res: RowResolution;
}

interface LabelHit {
  readonly match: Match;
  /** Core of the label without the numbers it carried. */
  readonly label: string;
  /** Value text cut from the label cell, if it carried its numbers. */
  readonly tail: string | null;
}

/** Matches label cell `i`, first without the numbers it may carry ("予以公开 3 0 0"), then as it stands. */
function matchLabel(doc: TokenForms, i: number, rows: readonly Table3Row[], pointer: number, started: boolean, format: ReportFormat): LabelHit | 'group' | null {
  const split = doc.labelTail(i);
  if (split) {
    const c = core(split.label);
    if (c !== '' && c.length <= MAX_LABEL_LENGTH + 12 && !isGroupLabel(c, format)) {
      const match = matchRow(stripGroups(c, format), rows, pointer, started, format);
      if (match) return { match, label: c, tail: split.tail };
    }
  }
  const c = doc.core(i);
  if (c === '' || c.length > MAX_LABEL_LENGTH + 12) return null;
  if (isGroupLabel(c, format)) return 'group';
  const match = matchRow(stripGroups(c, format), rows, pointer, started, format);
  return match ? { match, label: c, tail: null } : null;
}

const NUMBERED_RE = /^[\s\u00a0\u3000]*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、,，.．]|\d+[.．、,，])/;

/** How many label fragments a wrapped label may leave on lines of their own. */
const MAX_FRAGMENTS = 2;
const MAX_FRAGMENT_LENGTH = 40;

export function readTable3(doc: TokenForms, format: ReportFormat, shape: SourceShape, from: number, to: number, sink: CellSink): TableSpan {
  const { tokens } = doc;
  const { rowStructured } = shape;
  const loose = shape.blanksLost;
  const rows = format.table3;
  const pending: PendingRow[] = [];
  let pointer = 0;
  let started = false;
  let start = -1;
  let end = from;
  let layout = TEMPLATE_LAYOUT;
  let grid: T3Grid | null = null;
  for (let i = from; i < to && pointer < rows.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'cell' || t.text.length > MAX_RAW_LABEL) continue;
    if (doc.values(i)) continue;
    const hit = matchLabel(doc, i, rows, pointer, started, format);
    if (hit === 'group') continue;
    if (!hit) continue;
    const { match } = hit;
    if (!started) {
      start = i;
      // Take the header above the first row into the table.
      for (let k = i - 1; k >= from; k--) {
        const h = tokens[k]!;
        if (h.kind === 'cell' && !isTable3Header(h.text) && doc.core(k) !== '') break;
        start = k;
      }
      started = true;
      layout = t3Layout(tokens, start, i);
      grid = rowStructured ? t3Grid(tokens, start, i) : null;
      if (layout.extraAt >= 0) extraColumnFinding(sink);
    }
    const row = rows[match.index]!;
    for (let skipped = pointer; skipped < match.index; skipped++) missingRow(rows[skipped]!, sink);
    // Merged label cells repeated in every slot they cover (Markdown conversions): the same label again.
    let next = i + 1;
    while (next < to && isRepeat(doc, next, hit.label, format)) next++;
    let items = hit.tail ? tailItems(hit.tail, t.at) : [];
    let col = collectValues(doc, next, { stopAtRowEnd: rowStructured, loose });
    items = [...items, ...col.items];
    let raw = t.text;
    // A label wrapped onto lines of its own: the values may come with a later fragment.
    if (items.length === 0 && !rowStructured) {
      const frags: Fragment[] = [];
      for (let k = col.end; frags.length < MAX_FRAGMENTS; ) {
        const frag = fragmentAt(doc, k, to, rows, match.index + 1, format);
        if (!frag) break;
        frags.push(frag);
        const fragTail = frag.tail ? tailItems(frag.tail, frag.at) : [];
        const after = collectValues(doc, frag.index + 1, { stopAtRowEnd: false, loose });
        if (fragTail.length > 0 || after.items.length > 0) {
          raw = [raw, ...frags.map((fr) => fr.text)].join('');
          items = [...fragTail, ...after.items];
          col = after;
          break;
        }
        k = frag.index + 1;
      }
    }
    const res = resolveT3Row(items, layout, grid);
    pending.push({ row, label: row.label, rawLabel: raw, items, res });
    if (match.score < 1) {
      sink.add(
        finding(
          PARSE_RULES.labelVariant,
          'info',
          `行标签“${t.text.trim()}”按模板“${row.label}”读取。`,
          `Row label “${t.text.trim()}” read as the template's “${row.label}”.`,
          [`table3.${row.path}`],
        ),
      );
    }
    pointer = match.index + 1;
    end = Math.max(col.end, i + 1);
    i = col.end - 1;
  }
  for (let k = pointer; k < rows.length && started; k++) missingRow(rows[k]!, sink);
  if (started) settle(pending, sink);
  return { found: started, start: started ? start : -1, end: started ? end : from };
}

/**
 * A row read at the document's width, then mapped onto the template's seven columns. Where the
 * header gives grid positions, a row the label-and-arithmetic reading cannot settle exactly is
 * read by position instead, if that reading keeps the row's sum.
 */
function resolveT3Row(items: readonly ValueItem[], layout: T3Layout, grid: T3Grid | null): RowResolution {
  const res = layout.width === 7 ? resolveRow(items, 7, ROW_SUM) : toTemplate(resolveRow(items, layout.width, layout.sums), layout);
  if (!grid || (res.note === 'exact' && res.candidates.length === 1)) return res;
  const byPosition = gridReading(items, grid);
  if (!byPosition || !satisfiesSums(candidateValues(byPosition), ROW_SUM)) return res;
  return { candidates: [byPosition], note: 'positional' };
}

function extraColumnFinding(sink: CellSink): void {
  sink.add(
    finding(
      PARSE_RULES.extraColumn,
      'info',
      '表三多出一列“法人或其他组织小计”（模板没有此列）：按表头识别，读取时剔除，不计入任何模板单元格。',
      'Table 3 has an extra 法人或其他组织小计 column (not in the template): recognised by its header and left out of every template cell.',
    ),
  );
}

/** The same label again in cell `i` (a merged cell repeated), or a group label beside it. */
function isRepeat(doc: TokenForms, i: number, labelCore: string, format: ReportFormat): boolean {
  if (doc.tokens[i]!.kind !== 'cell') return false;
  const c = doc.core(i);
  return c !== '' && (c === labelCore || isGroupLabel(c, format));
}

interface Fragment {
  readonly index: number;
  readonly text: string;
  readonly tail: string | null;
  readonly at: SourceLocation;
}

/** The next cell, if it is the rest of a wrapped label: text that names no row, no group and no header. */
function fragmentAt(doc: TokenForms, from: number, to: number, rows: readonly Table3Row[], pointer: number, format: ReportFormat): Fragment | null {
  const { tokens } = doc;
  let k = from;
  while (k < to && tokens[k]!.kind !== 'cell') k++;
  const t = tokens[k];
  if (!t || t.kind !== 'cell' || k >= to || t.text.length > MAX_FRAGMENT_LENGTH + 40) return null;
  // The rest of a wrapped label never starts with row numbering (四、 （四） 4.): that is a row of its own.
  if (NUMBERED_RE.test(t.text) || doc.values(k) || isTable3Header(t.text)) return null;
  if (matchLabel(doc, k, rows, pointer, true, format) !== null) return null;
  const split = doc.labelTail(k);
  const c = split ? core(split.label) : doc.core(k);
  if (c === '' || c.length > MAX_FRAGMENT_LENGTH) return null;
  return { index: k, text: t.text.trim(), tail: split ? split.tail : null, at: t.at };
}

const ROW_PATHS = new Map<Table3Row, readonly string[]>();

/** The row's seven cell paths, kept per row (every report asks for them) and frozen, as findings share them. */
function pathsOf(row: Table3Row): readonly string[] {
  let paths = ROW_PATHS.get(row);
  if (!paths) {
    paths = Object.freeze(T3_COL_KEYS.map((c) => cellPath('table3', row.path, c)));
    ROW_PATHS.set(row, paths);
  }
  return paths;
}

function missingRow(row: Table3Row, sink: CellSink): void {
  const paths = pathsOf(row);
  sink.putNulls(paths);
  sink.add(
    finding(
      PARSE_RULES.missingRow,
      'warning',
      `表三未找到“${row.group ? `${row.group} ` : ''}${row.label}”一行，该行记为空。`,
      `Table 3 row “${row.label}” was not found; its cells are null.`,
      paths,
    ),
  );
}

/** Column constraints of Table 3 across rows (R1 and R3), as index lists into `pending`. */
function columnConstraints(pending: readonly PendingRow[]): ((vals: (number | null)[][]) => boolean) | null {
  const idx = (p: string) => pending.findIndex((r) => r.row.path === p);
  const nr = idx('newReceived');
  const co = idx('carriedOver');
  const tp = idx('totalProcessed');
  const cf = idx('carriedForward');
  const results = pending
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].includes(r.row.path))
    .map(({ i }) => i);
  return (vals) => {
    for (let c = 0; c < 7; c++) {
      const v = (i: number) => (i < 0 ? null : (vals[i]![c] ?? null));
      const sides = [v(nr), v(co), v(tp), v(cf)];
      if (sides.every((x) => x !== null) && sides[0]! + sides[1]! !== sides[2]! + sides[3]!) return false;
      if (tp >= 0 && v(tp) !== null) {
        const parts = results.map(v);
        if (parts.every((x) => x !== null) && parts.reduce((a, b) => a! + b!, 0) !== v(tp)) return false;
      }
    }
    return true;
  };
}

/** Chooses each row's reading; rows with several readings are settled by the column arithmetic if it leaves one. */
function settle(pending: readonly PendingRow[], sink: CellSink): void {
  const open = pending.map((p, i) => ({ p, i })).filter(({ p }) => p.res.candidates.length > 1);
  let chosen: (Candidate | null)[] = pending.map((p) => (p.res.candidates.length === 1 ? p.res.candidates[0]! : null));
  const combos = open.reduce((n, { p }) => n * p.res.candidates.length, 1);
  if (open.length > 0 && combos <= MAX_COMBINATIONS) {
    const check = columnConstraints(pending);
    const base = chosen.map((c) => (c ? candidateValues(c) : [null, null, null, null, null, null, null]));
    const solutions: number[][] = [];
    const walk = (k: number, picks: number[]) => {
      if (k === open.length) {
        const vals = base.map((b) => [...b]);
        open.forEach(({ p, i }, j) => (vals[i] = candidateValues(p.res.candidates[picks[j]!]!)));
        if (check && check(vals)) solutions.push([...picks]);
        return;
      }
      for (let c = 0; c < open[k]!.p.res.candidates.length; c++) walk(k + 1, [...picks, c]);
    };
    walk(0, []);
    // Rows whose reading is the same in every surviving solution are settled.
    if (solutions.length > 0) {
      chosen = [...chosen];
      open.forEach(({ p, i }, j) => {
        const picks = new Set(solutions.map((s) => s[j]!));
        if (picks.size === 1) chosen[i] = p.res.candidates[[...picks][0]!]!;
      });
    }
  }
  pending.forEach((p, i) => {
    const paths = pathsOf(p.row);
    const c = chosen[i];
    if (c) putResolvedRow(sink, p.label, paths, p.res, c);
    else putUndeterminedRow(sink, p.label, paths, p.res, [p.rawLabel, ...p.items.map((v) => v.raw)].join(' ').trim());
  });
}

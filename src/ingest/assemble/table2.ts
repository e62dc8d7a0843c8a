/**
 * @module Reading Table 2 (主动公开政府信息情况): sub-tables by their Art. 20
 * caption, rows by label, cells by the sub-table's column count, amount units
 * from the header or the cell. Where the source keeps rows, the 信息内容 header
 * row says which cell is which column (an empty template column, a merged cell
 * repeated by a converter); a label with no cell after it (a link in a menu) is
 * not the row.
 */
import type { TokenForms } from './token-forms.js';
import type { ReportFormat, Table2Part, Table2Row } from '../../domain/annual-report/formats/index.js';
import { similarEnough } from './normalize.js';
import { bare, core, norm } from './text-forms.js';
import { collectValues, tailItems, type SourceShape } from './collect-values.js';
import { collapseSpanRepeats, resolveRow } from './resolve-row.js';
import type { CellSink } from './cell-sink.js';
import { putResolvedRow, putUndeterminedRow } from './row-findings.js';
import { finding, PARSE_RULES } from './findings.js';
import { art20Caption } from './vocabulary.js';
import { headerAt, readByHeader } from './t2-header.js';
import type { TableSpan } from './table3.js';
import { cellPath } from '../../domain/annual-report/report.js';

interface RowRef {
  readonly part: Table2Part;
  readonly row: Table2Row;
}

const ROW_NAMES = new Map<Table2Row, readonly string[]>();

/** The row's label and aliases in their `bare` form, kept per row. */
function namesOf(row: Table2Row): readonly string[] {
  let names = ROW_NAMES.get(row);
  if (!names) {
    names = [row.label, ...row.aliases].map((n) => bare(n));
    ROW_NAMES.set(row, names);
  }
  return names;
}

function rowScore(label: string, row: Table2Row): number {
  const names = namesOf(row);
  let best = 0;
  for (const n of names) {
    if (label === n) return 1;
    if (n.length >= 4) best = Math.max(best, similarEnough(label, n, 0.75) * 0.9);
  }
  return best;
}

function matchRow(label: string, candidates: readonly RowRef[]): RowRef | null {
  let best: { ref: RowRef; score: number } | null = null;
  for (const ref of candidates) {
    const s = rowScore(label, ref.row);
    if (s > 0 && (!best || s > best.score)) best = { ref, score: s };
  }
  return best?.ref ?? null;
}

function unitIn(text: string): 'wan' | 'yuan' | null {
  // Every unit names 元, and only 元 itself normalises to 元: other text is passed by cheaply.
  if (!text.includes('元')) return null;
  const s = norm(text);
  if (s.includes('万元')) return 'wan';
  if (/(单位[:：]?元|\(元\)|元\)|^元$)/.test(s)) return 'yuan';
  return null;
}

const ALL_ROWS = new Map<ReportFormat, readonly RowRef[]>();

/** Every Table-2 row of the format with its part, kept per format. */
function allRows(format: ReportFormat): readonly RowRef[] {
  let all = ALL_ROWS.get(format);
  if (!all) {
    all = format.table2.flatMap((part) => part.rows.map((row) => ({ part, row })));
    ALL_ROWS.set(format, all);
  }
  return all;
}

export function readTable2(doc: TokenForms, format: ReportFormat, shape: SourceShape, from: number, to: number, sink: CellSink): TableSpan {
  const { tokens } = doc;
  const { rowStructured } = shape;
  const all = allRows(format);
  const done = new Set<string>();
  let part: Table2Part | null = null;
  let headerUnit: 'wan' | 'yuan' | null = null;
  let header: string[] | null = null;
  let start = -1;
  let end = from;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'cell' || t.text.length > 120) continue;
    const caption = art20Caption(doc.bare(i));
    if (caption) {
      part = format.table2.find((p) => p.key === caption) ?? null;
      headerUnit = null;
      header = null;
      if (start < 0) start = i;
      if (!part) {
        sink.add(
          finding(
            PARSE_RULES.formatConflict,
            'warning',
            `表二出现“${t.text.trim()}”，但 ${format.id} 版格式没有这一项，已跳过。`,
            `Table 2 has “${t.text.trim()}”, which the ${format.id} format does not define; skipped.`,
          ),
        );
      }
      continue;
    }
    if (doc.values(i)) continue;
    if (rowStructured) header = headerAt(doc, i) ?? header;
    if (start >= 0 && part) {
      const u = unitIn(t.text);
      if (u) headerUnit = u;
    }
    // The rows still to be found, of the current Art. 20 item if it has any left.
    const candidates = (): RowRef[] => {
      const pool = all.filter((r) => !done.has(r.row.key) && (!part || r.part === part));
      return pool.length > 0 ? pool : all.filter((r) => !done.has(r.row.key));
    };
    let ref: RowRef | null = null;
    let tail: string | null = null;
    // A label cell that carries its values ("行政强制 0"): match the label without them first.
    const split = doc.labelTail(i);
    if (split) {
      const l = core(split.label);
      if (l !== '' && l.length <= 20) ref = matchRow(l, candidates());
      if (ref) tail = split.tail;
    }
    if (!ref) {
      const label = doc.core(i);
      if (label === '' || label.length > 20) continue;
      ref = matchRow(label, candidates());
    }
    if (!ref) continue;
    const col = collectValues(doc, i + 1, { stopAtRowEnd: rowStructured, loose: shape.blanksLost });
    const items = [...(tail ? tailItems(tail, t.at) : []), ...col.items];
    // A row label with no cell after it is a word in prose or a link list (行政许可, 行政处罚 …), not the row.
    if (items.length === 0) continue;
    if (start < 0) start = i;
    done.add(ref.row.key);
    const paths = ref.part.columns.map((c) => cellPath('table2', ref.row.key, c.key));
    let res = (rowStructured && header ? readByHeader(items, header, ref.part.columns) : null) ?? resolveRow(items, paths.length);
    if (res.candidates.length !== 1) res = collapseSpanRepeats(items, paths.length) ?? res;
    const chosen = res.candidates.length === 1 ? res.candidates[0]! : null;
    if (chosen) putResolvedRow(sink, ref.row.label, paths, res, chosen);
    else putUndeterminedRow(sink, ref.row.label, paths, res, [t.text, ...items.map((v) => v.raw)].join(' ').trim());
    // Units of amount cells: the cell's own unit wins over the header's.
    ref.part.columns.forEach((c, ci) => {
      if (c.kind !== 'amount') return;
      const path = paths[ci]!;
      const cellUnit = chosen?.[ci]?.unit ?? null;
      const unit = cellUnit ?? headerUnit ?? (c.unit === 'wan' ? 'wan' : null);
      sink.units[path] = unit;
      if (c.unit === 'wan' && unit === 'yuan') {
        sink.add(
          finding(
            PARSE_RULES.unit,
            'warning',
            `“${c.label}”应以万元填报，但文档中写的是元；数值按原文保留。`,
            `“${c.label}” should be in 万元 but the document says 元; the number is kept as written.`,
            [path],
          ),
        );
      }
    });
    end = Math.max(end, col.end);
    i = col.end - 1;
  }
  for (const ref of all) {
    if (done.has(ref.row.key)) continue;
    const paths = ref.part.columns.map((c) => cellPath('table2', ref.row.key, c.key));
    sink.putNulls(paths);
    if (start >= 0) {
      sink.add(
        finding(
          PARSE_RULES.missingRow,
          'warning',
          `表二未找到“${ref.row.label}”一行，该行记为空。`,
          `Table 2 row “${ref.row.label}” was not found; its cells are null.`,
          paths,
        ),
      );
    }
  }
  return { found: start >= 0, start, end };
}

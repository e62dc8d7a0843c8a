/**
 * @module Tables 3 and 4 from counts instead of cases: what a database returns
 * for `GROUP BY` over where each case and register entry counts in a year
 * (received before the year or in it × the result row or still open ×
 * applicant kind; review kind × result or pending). The cells are built
 * exactly as `computeTable3` and `computeTable4` build them case by case, so
 * both paths give the same tables and R1–R4 hold by construction.
 */
import { T3_COL_KEYS, T4_COL_KEYS, type FormatId } from '../annual-report/columns.js';
import { getFormat } from '../annual-report/formats/index.js';
import { GongkaiError } from '../shared/errors.js';
import { isApplicantKind, type ApplicantKind } from './applicant.js';
import { REVIEW_KINDS, type ReviewKind, type ReviewResult } from './table4.js';

/** Cases of one applicant kind that count alike in a year. */
export interface Table3Count {
  /** Received before the year (上年结转) rather than in it (本年新收). */
  readonly carriedOver: boolean;
  /** The result row (path below `table3`) of a case closed in the year; null while open on 31 December. */
  readonly row: string | null;
  readonly kind: ApplicantKind;
  readonly count: number;
}

const HEAD = new Set(['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward']);

function badCount(zh: string, en: string): GongkaiError {
  return new GongkaiError('INVALID_VALUE', { zh, en });
}

/** Every Table-3 cell of the format, by path, from grouped counts. */
export function table3FromCounts(counts: readonly Table3Count[], format: FormatId): Map<string, number> {
  const cells = new Map<string, number>();
  for (const r of getFormat(format).table3) for (const c of T3_COL_KEYS) cells.set(`table3.${r.path}.${c}`, 0);
  const add = (row: string, kind: ApplicantKind, n: number) => {
    for (const c of [kind, 'total'] as const) {
      const path = `table3.${row}.${c}`;
      cells.set(path, cells.get(path)! + n);
    }
  };
  for (const g of counts) {
    if (!isApplicantKind(g.kind)) throw badCount(`申请人类型“${String(g.kind)}”无效。`, `Invalid applicant kind “${String(g.kind)}”.`);
    if (!Number.isSafeInteger(g.count) || g.count < 0) throw badCount(`件数无效：${String(g.count)}。`, `Invalid count: ${String(g.count)}.`);
    if (g.row !== null && (HEAD.has(g.row) || !cells.has(`table3.${g.row}.total`))) {
      throw badCount(`表三（${format} 版）没有办理结果行“${g.row}”。`, `Table 3 (format ${format}) has no result row “${g.row}”.`);
    }
    add(g.carriedOver ? 'carriedOver' : 'newReceived', g.kind, g.count);
    if (g.row === null) add('carriedForward', g.kind, g.count);
    else {
      add(g.row, g.kind, g.count);
      add('totalProcessed', g.kind, g.count);
    }
  }
  return cells;
}

/** Register entries of one kind that count alike in a year: under a result, or pending on 31 December. */
export interface Table4Count {
  readonly kind: ReviewKind;
  readonly column: ReviewResult | 'pending';
  readonly count: number;
}

/** Every Table-4 cell, by path, from grouped counts. */
export function table4FromCounts(counts: readonly Table4Count[]): Map<string, number> {
  const cells = new Map<string, number>();
  for (const g of REVIEW_KINDS) for (const c of T4_COL_KEYS) cells.set(`table4.${g}.${c}`, 0);
  for (const g of counts) {
    if (!(REVIEW_KINDS as readonly string[]).includes(g.kind) || !['upheld', 'corrected', 'other', 'pending'].includes(g.column)) {
      throw badCount(`表四没有“${String(g.kind)}.${String(g.column)}”。`, `Table 4 has no “${String(g.kind)}.${String(g.column)}”.`);
    }
    if (!Number.isSafeInteger(g.count) || g.count < 0) throw badCount(`件数无效：${String(g.count)}。`, `Invalid count: ${String(g.count)}.`);
    for (const c of [g.column, 'total'] as const) {
      const path = `table4.${g.kind}.${c}`;
      cells.set(path, cells.get(path)! + g.count);
    }
  }
  return cells;
}

/** Cases counted by what does not depend on the report year: as a database can group them once for any year. */
export interface CaseYearGroup {
  readonly receivedYear: number;
  /** null while open. */
  readonly closedYear: number | null;
  readonly kind: ApplicantKind;
  /** The result row in the closing year's format; null while open. */
  readonly row: string | null;
  readonly count: number;
}

/** Where the groups count in `year`: received before it or in it, closed in it (its row) or still open at its end. */
export function table3CountsForYear(groups: readonly CaseYearGroup[], year: number): Table3Count[] {
  const out: Table3Count[] = [];
  for (const g of groups) {
    if (g.receivedYear > year || (g.closedYear !== null && g.closedYear < year)) continue;
    if (g.closedYear === year && g.row === null) throw badCount(`${year} 年办结的案件缺少办理结果行。`, `Cases closed in ${year} lack their result row.`);
    out.push({ carriedOver: g.receivedYear < year, row: g.closedYear === year ? g.row : null, kind: g.kind, count: g.count });
  }
  return out;
}

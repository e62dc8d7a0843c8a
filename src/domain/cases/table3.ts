/**
 * @module Table 3 (收到和处理政府信息公开申请情况) computed from cases. Each case
 * counted in a year is received that year or carried over, and ends in exactly
 * one place: the result row of its outcome (if closed that year) or
 * 结转下年度继续办理 (if still open on 31 December), in its applicant's column.
 * So R1 (新收 + 上年结转 = 总计 + 结转下年度), R2 (row totals) and R3 (results add
 * up to 总计) hold by construction.
 */
import { T3_COL_KEYS, type FormatId } from '../annual-report/columns.js';
import { expectedFormatForYear, getFormat } from '../annual-report/formats/index.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { GongkaiError } from '../shared/errors.js';
import type { ApplicantKind } from './applicant.js';
import type { CaseId } from './case-events.js';
import type { CaseState } from './case-state.js';
import { outcomeRow, type Outcome } from './outcome.js';

/** What Table 3 needs to know about a case. */
export interface CaseSummary {
  readonly caseId: CaseId;
  readonly agencyId: number;
  readonly applicantKind: ApplicantKind;
  readonly receivedAt: IsoDate;
  /** The day it ended (decision, withdrawal, abandonment); null while open. */
  readonly closedOn: IsoDate | null;
  readonly outcome: Outcome | null;
}

export function summarizeCase(state: CaseState): CaseSummary {
  return {
    caseId: state.caseId,
    agencyId: state.agencyId,
    applicantKind: state.application.applicant.kind,
    receivedAt: state.receivedAt,
    closedOn: state.closedOn,
    outcome: state.outcome,
  };
}

/**
 * Where a case counts in one year's Table 3:
 * - `notCounted`: received after the year, or closed before it;
 * - `result`: closed in the year, in `row` (and counted as `newReceived` or `carriedOver`);
 * - `carriedForward`: still open on 31 December (and counted as `newReceived` or `carriedOver`).
 */
export type Placement =
  | { readonly kind: 'notCounted'; readonly reason: 'receivedLater' | 'closedEarlier' }
  | { readonly kind: 'result'; readonly row: string; readonly column: ApplicantKind; readonly carriedOver: boolean }
  | { readonly kind: 'carriedForward'; readonly column: ApplicantKind; readonly carriedOver: boolean };

function checkSummary(c: CaseSummary): void {
  if ((c.closedOn === null) !== (c.outcome === null) || (c.closedOn !== null && c.closedOn < c.receivedAt)) {
    throw new GongkaiError('INVALID_VALUE', {
      zh: `案件 ${c.caseId} 的办结日期与结果不一致。`,
      en: `Case ${c.caseId} has an inconsistent closing day and outcome.`,
    });
  }
}

export function placeCase(c: CaseSummary, year: number, format: FormatId = expectedFormatForYear(year)): Placement {
  checkSummary(c);
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  if (c.receivedAt > end) return { kind: 'notCounted', reason: 'receivedLater' };
  if (c.closedOn !== null && c.closedOn < start) return { kind: 'notCounted', reason: 'closedEarlier' };
  const carriedOver = c.receivedAt < start;
  if (c.closedOn !== null && c.closedOn <= end) return { kind: 'result', row: outcomeRow(c.outcome!, format), column: c.applicantKind, carriedOver };
  return { kind: 'carriedForward', column: c.applicantKind, carriedOver };
}

export interface Table3Result {
  readonly agencyId: number;
  readonly year: number;
  readonly format: FormatId;
  /** Every Table-3 cell of the format, by path (`table3.denied.stateSecret.naturalPerson`). */
  readonly cells: ReadonlyMap<string, number>;
  /** Where each case of the agency counted. */
  readonly placements: ReadonlyMap<CaseId, Placement>;
}

const HEAD = new Set(['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward']);

/** Table 3 of one agency and year from its cases (other agencies' cases are ignored). */
export function computeTable3(cases: readonly CaseSummary[], options: { readonly agencyId: number; readonly year: number; readonly format?: FormatId }): Table3Result {
  const format = options.format ?? expectedFormatForYear(options.year);
  const rows = getFormat(format).table3.map((r) => r.path);
  const counts = new Map<string, number>();
  for (const row of rows) for (const col of T3_COL_KEYS) counts.set(`table3.${row}.${col}`, 0);
  const add = (row: string, col: ApplicantKind) => {
    for (const c of [col, 'total'] as const) {
      const path = `table3.${row}.${c}`;
      counts.set(path, counts.get(path)! + 1);
    }
  };
  const placements = new Map<CaseId, Placement>();
  for (const c of cases) {
    if (c.agencyId !== options.agencyId) continue;
    if (placements.has(c.caseId)) {
      throw new GongkaiError('INVALID_VALUE', { zh: `案件 ${c.caseId} 重复出现。`, en: `Case ${c.caseId} is listed twice.` });
    }
    const p = placeCase(c, options.year, format);
    placements.set(c.caseId, p);
    if (p.kind === 'notCounted') continue;
    add(p.carriedOver ? 'carriedOver' : 'newReceived', p.column);
    if (p.kind === 'result') {
      if (HEAD.has(p.row) || !counts.has(`table3.${p.row}.total`)) throw new Error(`no Table-3 row ${p.row} in format ${format}`);
      add(p.row, p.column);
      add('totalProcessed', p.column);
    } else add('carriedForward', p.column);
  }
  return { agencyId: options.agencyId, year: options.year, format, cells: counts, placements };
}

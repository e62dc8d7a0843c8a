/**
 * @module Table 4 (行政复议、行政诉讼情况) from a register of reconsiderations and
 * lawsuits about disclosure. Each entry counts in a year once: under its result
 * in the year it was decided, or as 尚未审结 in every year it is still pending at
 * 31 December (pending entries carry across years). `total` is the sum of the
 * four, so R4 holds by construction.
 */
import { T4_COL_KEYS, T4_GROUPS, type T4Group } from '../annual-report/columns.js';
import { isIsoDate, type IsoDate } from '../calendar/iso-date.js';
import { GongkaiError } from '../shared/errors.js';
import type { Message } from '../shared/finding.js';
import type { CaseId } from './case-events.js';

/** 行政复议, 未经复议直接起诉, 复议后起诉 — the Table-4 group keys. */
export type ReviewKind = T4Group;
export const REVIEW_KINDS: readonly ReviewKind[] = T4_GROUPS.map((g) => g.key);

/** 结果维持, 结果纠正, 其他结果. */
export type ReviewResult = 'upheld' | 'corrected' | 'other';

export interface ReviewEntry {
  readonly id: string;
  readonly agencyId: number;
  /** The application case it arose from, when there is one; null for a standalone entry. */
  readonly caseId: CaseId | null;
  readonly kind: ReviewKind;
  /** The day the reconsideration was applied for or the suit filed. */
  readonly filedOn: IsoDate;
  /** null while pending (尚未审结). */
  readonly result: { readonly outcome: ReviewResult; readonly decidedOn: IsoDate } | null;
}

/** What is wrong with an entry; empty when nothing is. */
export function reviewEntryProblems(e: ReviewEntry): Message[] {
  const out: Message[] = [];
  if (!e.id?.trim()) out.push({ zh: '缺少编号', en: 'the id is missing' });
  if (!(REVIEW_KINDS as readonly string[]).includes(e.kind)) out.push({ zh: '类型须为行政复议、直接起诉或复议后起诉', en: 'the kind must be reconsideration, direct litigation or litigation after reconsideration' });
  if (!isIsoDate(e.filedOn)) out.push({ zh: '申请或起诉日期无效', en: 'invalid filing date' });
  if (e.result) {
    if (!['upheld', 'corrected', 'other'].includes(e.result.outcome)) out.push({ zh: '结果须为维持、纠正或其他', en: 'the result must be upheld, corrected or other' });
    if (!isIsoDate(e.result.decidedOn) || e.result.decidedOn < e.filedOn) out.push({ zh: '审结日期无效或早于申请日期', en: 'the decision date is invalid or before the filing' });
  }
  return out;
}

/** Where an entry counts in a year: its result, `pending`, or not at all. */
export function placeReviewEntry(e: ReviewEntry, year: number): ReviewResult | 'pending' | 'notCounted' {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  if (e.filedOn > end) return 'notCounted';
  if (e.result === null || e.result.decidedOn > end) return 'pending';
  return e.result.decidedOn >= start ? e.result.outcome : 'notCounted';
}

/** Table 4 of one agency and year (other agencies' entries are ignored); every cell by path (`table4.reconsideration.upheld`). */
export function computeTable4(entries: readonly ReviewEntry[], options: { readonly agencyId: number; readonly year: number }): ReadonlyMap<string, number> {
  const cells = new Map<string, number>();
  for (const g of REVIEW_KINDS) for (const c of T4_COL_KEYS) cells.set(`table4.${g}.${c}`, 0);
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.agencyId !== options.agencyId) continue;
    const problems = reviewEntryProblems(e);
    if (seen.has(e.id)) problems.push({ zh: '编号重复', en: 'the id is listed twice' });
    if (problems.length > 0) {
      throw new GongkaiError('INVALID_VALUE', {
        zh: `复议诉讼登记 ${e.id}：${problems.map((p) => p.zh).join('；')}。`,
        en: `Review register entry ${e.id}: ${problems.map((p) => p.en).join('; ')}.`,
      });
    }
    seen.add(e.id);
    const p = placeReviewEntry(e, options.year);
    if (p === 'notCounted') continue;
    for (const c of [p, 'total'] as const) {
      const path = `table4.${e.kind}.${c}`;
      cells.set(path, cells.get(path)! + 1);
    }
  }
  return cells;
}

/**
 * Tables 3 and 4 from a small hand-made set of cases and register entries,
 * each cell worked out by hand, and checked by the report rules R1–R4.
 */
import { describe, expect, it } from 'vitest';
import { R1_BALANCE, R2_ROW_TOTAL, R3_RESULTS_SUM, R3B_OTHER_SUM, R4_GROUP_SUM } from '../annual-report/rules/index.js';
import { getCell } from '../annual-report/report.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { buildApplicationReport } from './application-report.js';
import { caseId } from './case-events.js';
import { computeTable3, placeCase, type CaseSummary } from './table3.js';
import { computeTable4, placeReviewEntry, type ReviewEntry } from './table4.js';

const c = (id: string, applicantKind: CaseSummary['applicantKind'], receivedAt: string, closedOn: string | null, outcome: CaseSummary['outcome'], agencyId = 1): CaseSummary => ({
  caseId: caseId(id),
  agencyId,
  applicantKind,
  receivedAt: receivedAt as IsoDate,
  closedOn: closedOn as IsoDate | null,
  outcome,
});

const CASES: readonly CaseSummary[] = [
  c('A', 'naturalPerson', '2023-12-20', '2024-01-10', 'disclosed'), // carried over, granted
  c('B', 'commercial', '2024-03-01', '2024-03-20', 'refused:processInfo'), // new, denied.processInfo
  c('C', 'research', '2024-12-20', null, null), // new, carried forward
  c('D', 'naturalPerson', '2024-06-01', '2024-06-30', 'abandonedNoFee'), // new, otherHandling.overdueFee
  c('E', 'naturalPerson', '2023-05-01', '2023-06-01', 'disclosed'), // closed in 2023: not counted
  c('F', 'naturalPerson', '2025-01-05', null, null), // received in 2025: not counted
  c('G', 'naturalPerson', '2024-02-01', null, null, 2), // another agency
  c('H', 'legalService', '2023-11-01', null, null), // carried over and forward
];

const ENTRIES: readonly ReviewEntry[] = [
  { id: 'r1', agencyId: 1, caseId: caseId('E'), kind: 'reconsideration', filedOn: '2023-11-01' as IsoDate, result: { outcome: 'upheld', decidedOn: '2024-02-01' as IsoDate } },
  { id: 'r2', agencyId: 1, caseId: null, kind: 'reconsideration', filedOn: '2024-03-01' as IsoDate, result: null },
  { id: 'r3', agencyId: 1, caseId: caseId('B'), kind: 'litigationDirect', filedOn: '2024-05-01' as IsoDate, result: { outcome: 'corrected', decidedOn: '2024-09-01' as IsoDate } },
  { id: 'r4', agencyId: 1, caseId: null, kind: 'litigationAfterReconsideration', filedOn: '2022-01-01' as IsoDate, result: { outcome: 'other', decidedOn: '2022-05-01' as IsoDate } },
  { id: 'r5', agencyId: 2, caseId: null, kind: 'reconsideration', filedOn: '2024-01-01' as IsoDate, result: null },
];

describe('Table 3 from cases', () => {
  const t = computeTable3(CASES, { agencyId: 1, year: 2024 });
  const cell = (path: string) => t.cells.get(`table3.${path}`);

  it('counts each case once, in its applicant’s column', () => {
    expect(t.format).toBe('2021');
    expect([cell('newReceived.naturalPerson'), cell('newReceived.commercial'), cell('newReceived.research'), cell('newReceived.total')]).toEqual([1, 1, 1, 3]);
    expect([cell('carriedOver.naturalPerson'), cell('carriedOver.legalService'), cell('carriedOver.total')]).toEqual([1, 1, 2]);
    expect([cell('granted.naturalPerson'), cell('denied.processInfo.commercial'), cell('otherHandling.overdueFee.naturalPerson')]).toEqual([1, 1, 1]);
    expect([cell('totalProcessed.naturalPerson'), cell('totalProcessed.commercial'), cell('totalProcessed.total')]).toEqual([2, 1, 3]);
    expect([cell('carriedForward.research'), cell('carriedForward.legalService'), cell('carriedForward.total')]).toEqual([1, 1, 2]);
    expect(cell('granted.commercial')).toBe(0);
    expect(t.placements.get(caseId('E'))).toEqual({ kind: 'notCounted', reason: 'closedEarlier' });
    expect(t.placements.get(caseId('F'))).toEqual({ kind: 'notCounted', reason: 'receivedLater' });
    expect(t.placements.has(caseId('G'))).toBe(false);
  });

  it('uses the single 其他处理 row of the 2019 format', () => {
    expect(placeCase(c('X', 'otherOrg', '2020-05-01', '2020-06-01', 'abandonedNoFee'), 2020)).toEqual({ kind: 'result', row: 'otherHandling.total', column: 'otherOrg', carriedOver: false });
    const t2020 = computeTable3([c('X', 'otherOrg', '2020-05-01', '2020-06-01', 'otherClosed')], { agencyId: 1, year: 2020 });
    expect(t2020.cells.get('table3.otherHandling.total.otherOrg')).toBe(1);
    expect(t2020.cells.has('table3.otherHandling.other.otherOrg')).toBe(false);
  });

  it('refuses inconsistent or duplicated cases', () => {
    expect(() => computeTable3([c('Y', 'naturalPerson', '2024-01-01', '2024-02-01', null)], { agencyId: 1, year: 2024 })).toThrow(/不一致/);
    expect(() => computeTable3([CASES[0]!, CASES[0]!], { agencyId: 1, year: 2024 })).toThrow(/重复/);
  });
});

describe('Table 4 from the register', () => {
  it('counts results in the year decided and pending entries every year they are pending', () => {
    const t = computeTable4(ENTRIES, { agencyId: 1, year: 2024 });
    expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => t.get(`table4.reconsideration.${k}`))).toEqual([1, 0, 0, 1, 2]);
    expect(['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => t.get(`table4.litigationDirect.${k}`))).toEqual([0, 1, 0, 0, 1]);
    expect(t.get('table4.litigationAfterReconsideration.total')).toBe(0);
    expect(placeReviewEntry(ENTRIES[0]!, 2023)).toBe('pending');
    expect(placeReviewEntry(ENTRIES[1]!, 2026)).toBe('pending');
    expect(placeReviewEntry(ENTRIES[2]!, 2025)).toBe('notCounted');
  });

  it('refuses an entry decided before it was filed', () => {
    const bad: ReviewEntry = { ...ENTRIES[0]!, result: { outcome: 'upheld', decidedOn: '2023-01-01' as IsoDate } };
    expect(() => computeTable4([bad], { agencyId: 1, year: 2024 })).toThrow(/审结日期/);
  });
});

describe('the report built from cases and register', () => {
  it('passes R1–R4 and carries the cells', () => {
    const report = buildApplicationReport({ agencyId: 1, agency: '示例县人民政府', year: 2024, cases: CASES, reviews: ENTRIES });
    for (const rule of [R1_BALANCE, R2_ROW_TOTAL, R3_RESULTS_SUM, R3B_OTHER_SUM, R4_GROUP_SUM]) expect(rule.check({ report }), rule.id).toEqual([]);
    expect(getCell(report, 'table3.newReceived.total')).toBe(3);
    expect(getCell(report, 'table4.reconsideration.total')).toBe(2);
    expect(getCell(report, 'table2.regulations.issued')).toBeNull();
  });
});

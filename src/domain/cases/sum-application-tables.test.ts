/**
 * A region's sum: cell by cell, blanks stay blank, one format only, and sums
 * of tables passing R1–R4 pass them.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, getCell } from '../annual-report/report.js';
import { R1_BALANCE, R2_ROW_TOTAL, R3_RESULTS_SUM, R4_GROUP_SUM } from '../annual-report/rules/index.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { buildApplicationReport } from './application-report.js';
import { caseId } from './case-events.js';
import type { CaseSummary } from './table3.js';
import { sumApplicationTables } from './sum-application-tables.js';

const c = (id: string, agencyId: number, kind: CaseSummary['applicantKind'], receivedAt: string, closedOn: string | null, outcome: CaseSummary['outcome']): CaseSummary => ({
  caseId: caseId(id),
  agencyId,
  applicantKind: kind,
  receivedAt: receivedAt as IsoDate,
  closedOn: closedOn as IsoDate | null,
  outcome,
});

const CASES = [
  c('a', 1, 'naturalPerson', '2024-03-01', '2024-03-10', 'disclosed'),
  c('b', 1, 'commercial', '2023-12-28', null, null),
  c('c', 2, 'naturalPerson', '2024-05-01', '2024-05-20', 'notExist'),
  c('d', 3, 'research', '2024-12-30', null, null),
];

describe('sumApplicationTables', () => {
  it('adds the agencies’ cells and keeps R1–R4', () => {
    const members = [1, 2, 3].map((agencyId) => buildApplicationReport({ agencyId, year: 2024, cases: CASES, reviews: [] }));
    const sum = sumApplicationTables(members, { format: '2021', year: 2024, agency: '某市' });
    expect(sum.agency).toBe('某市');
    expect([getCell(sum, 'table3.newReceived.total'), getCell(sum, 'table3.carriedOver.commercial'), getCell(sum, 'table3.carriedForward.total'), getCell(sum, 'table3.granted.naturalPerson')]).toEqual([3, 1, 2, 1]);
    expect(getCell(sum, 'table2.licensing.decisions')).toBeNull();
    for (const rule of [R1_BALANCE, R2_ROW_TOTAL, R3_RESULTS_SUM, R4_GROUP_SUM]) expect(rule.check({ report: sum })).toEqual([]);
  });

  it('keeps a blank cell blank and refuses mixed formats', () => {
    const full = buildApplicationReport({ agencyId: 1, year: 2024, cases: CASES, reviews: [] });
    const blank = buildReport({ format: '2021', year: 2024, cells: new Map([['table3.granted.total', 4]]) });
    const sum = sumApplicationTables([full, blank], { format: '2021', year: 2024, agency: null });
    expect(getCell(sum, 'table3.granted.total')).toBe(5);
    expect(getCell(sum, 'table3.granted.naturalPerson')).toBeNull();
    expect(() => sumApplicationTables([full, buildReport({ format: '2019', year: 2020 })], { format: '2021', year: 2024, agency: null })).toThrow(/2019/);
  });
});

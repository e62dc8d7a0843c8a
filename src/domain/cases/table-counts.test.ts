/**
 * Tables 3 and 4 from grouped counts equal the tables computed case by case
 * (random cases of every outcome, applicant kind and year), and bad counts are
 * refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedFormatForYear } from '../annual-report/formats/index.js';
import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { APPLICANT_KINDS } from './applicant.js';
import { caseId } from './case-events.js';
import { OUTCOMES, outcomeRow } from './outcome.js';
import { computeTable3, placeCase, type CaseSummary } from './table3.js';
import { computeTable4, placeReviewEntry, REVIEW_KINDS, type ReviewEntry } from './table4.js';
import { table3CountsForYear, table3FromCounts, table4FromCounts, type CaseYearGroup, type Table3Count, type Table4Count } from './table-counts.js';

const caseArb = fc.record({
  received: fc.integer({ min: 0, max: 2900 }),
  closedAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  kind: fc.constantFrom(...APPLICANT_KINDS),
  outcome: fc.constantFrom(...OUTCOMES),
});

/** What a GROUP BY gives: the cases of a year counted by (carried over, result row, kind). */
function group(cases: readonly CaseSummary[], year: number): Table3Count[] {
  const counts = new Map<string, Table3Count>();
  for (const c of cases) {
    const p = placeCase(c, year);
    if (p.kind === 'notCounted') continue;
    const row = p.kind === 'result' ? p.row : null;
    const key = `${p.carriedOver}|${row}|${p.column}`;
    const before = counts.get(key);
    counts.set(key, { carriedOver: p.carriedOver, row, kind: p.column, count: (before?.count ?? 0) + 1 });
  }
  return [...counts.values()];
}

describe('tables from grouped counts', () => {
  it('equal the tables computed case by case, in both formats', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 40 }), fc.integer({ min: 2019, max: 2026 }), (plans, year) => {
        const cases: CaseSummary[] = plans.map((p, i) => {
          const receivedAt = addDays('2019-01-01' as IsoDate, p.received);
          return {
            caseId: caseId(`c${i}`),
            agencyId: 1,
            applicantKind: p.kind,
            receivedAt,
            closedOn: p.closedAfter === null ? null : addDays(receivedAt, p.closedAfter),
            outcome: p.closedAfter === null ? null : p.outcome,
          };
        });
        const format = expectedFormatForYear(year);
        expect(Object.fromEntries(table3FromCounts(group(cases, year), format))).toEqual(Object.fromEntries(computeTable3(cases, { agencyId: 1, year }).cells));
      }),
      { numRuns: 200 },
    );
  });

  it('places groups of receipt year × closing year × kind × row in any year as computeTable3 places the cases', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 40 }), fc.integer({ min: 2019, max: 2026 }), (plans, year) => {
        const cases: CaseSummary[] = plans.map((p, i) => {
          const receivedAt = addDays('2019-01-01' as IsoDate, p.received);
          const closedOn = p.closedAfter === null ? null : addDays(receivedAt, p.closedAfter);
          return { caseId: caseId(`c${i}`), agencyId: 1, applicantKind: p.kind, receivedAt, closedOn, outcome: closedOn === null ? null : p.outcome };
        });
        // What the database stores per case and groups by, whatever the report year.
        const groups = new Map<string, CaseYearGroup>();
        for (const c of cases) {
          const closedYear = c.closedOn === null ? null : Number(c.closedOn.slice(0, 4));
          const row = c.outcome === null ? null : outcomeRow(c.outcome, expectedFormatForYear(closedYear!));
          const key = `${c.receivedAt.slice(0, 4)}|${closedYear}|${c.applicantKind}|${row}`;
          const g = groups.get(key);
          groups.set(key, { receivedYear: Number(c.receivedAt.slice(0, 4)), closedYear, kind: c.applicantKind, row, count: (g?.count ?? 0) + 1 });
        }
        const cells = table3FromCounts(table3CountsForYear([...groups.values()], year), expectedFormatForYear(year));
        expect(Object.fromEntries(cells)).toEqual(Object.fromEntries(computeTable3(cases, { agencyId: 1, year }).cells));
      }),
      { numRuns: 200 },
    );
    expect(() => table3CountsForYear([{ receivedYear: 2024, closedYear: 2024, kind: 'naturalPerson', row: null, count: 1 }], 2024)).toThrow(/2024/);
  });

  it('builds Table 4 from counts as computeTable4 does', () => {
    const entries: ReviewEntry[] = REVIEW_KINDS.flatMap((kind, i) => [
      { id: `${kind}-a`, agencyId: 1, caseId: null, kind, filedOn: '2024-02-01' as IsoDate, result: { outcome: 'upheld' as const, decidedOn: '2024-05-01' as IsoDate } },
      { id: `${kind}-b`, agencyId: 1, caseId: null, kind, filedOn: '2023-11-01' as IsoDate, result: i === 0 ? null : { outcome: 'corrected' as const, decidedOn: '2025-01-10' as IsoDate } },
    ]);
    const counts = new Map<string, Table4Count>();
    for (const e of entries) {
      const column = placeReviewEntry(e, 2024);
      if (column === 'notCounted') continue;
      const key = `${e.kind}|${column}`;
      counts.set(key, { kind: e.kind, column, count: (counts.get(key)?.count ?? 0) + 1 });
    }
    expect(Object.fromEntries(table4FromCounts([...counts.values()]))).toEqual(Object.fromEntries(computeTable4(entries, { agencyId: 1, year: 2024 })));
  });

  it('refuses a row the format does not have, a head row, a bad kind or count', () => {
    const ok: Table3Count = { carriedOver: false, row: 'granted', kind: 'naturalPerson', count: 1 };
    expect(table3FromCounts([ok], '2021').get('table3.totalProcessed.total')).toBe(1);
    expect(() => table3FromCounts([{ ...ok, row: outcomeRow('abandonedNoFee', '2021') }], '2019')).toThrow(/2019/);
    expect(() => table3FromCounts([{ ...ok, row: 'carriedForward' }], '2021')).toThrow(/carriedForward/);
    expect(() => table3FromCounts([{ ...ok, kind: 'alien' as 'naturalPerson' }], '2021')).toThrow(/alien/);
    expect(() => table3FromCounts([{ ...ok, count: -1 }], '2021')).toThrow(/-1/);
    expect(() => table4FromCounts([{ kind: 'reconsideration', column: 'lost' as 'upheld', count: 1 }])).toThrow(/lost/);
  });
});

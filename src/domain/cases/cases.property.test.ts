/**
 * Properties of the case engine over random valid histories (2019–2026, every
 * event kind, random gaps): every case lands in exactly one Table-3 place per
 * year, the computed tables always pass R1–R4, carried-forward equals next
 * year's carried-over, and every event the state does not allow is refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { R1_BALANCE, R2_ROW_TOTAL, R3_RESULTS_SUM, R3B_OTHER_SUM, R4_GROUP_SUM } from '../annual-report/rules/index.js';
import { getCell } from '../annual-report/report.js';
import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { isWorkday } from '../calendar/workdays.js';
import { isGongkaiError } from '../shared/errors.js';
import { applyEvent } from './apply-event.js';
import { buildApplicationReport } from './application-report.js';
import type { CaseEventType } from './case-events.js';
import type { CaseState, CaseStatus } from './case-state.js';
import { ctx, registerEvent } from './example-cases.test-util.js';
import { outcomeRow } from './outcome.js';
import { candidates, historyArb, reviewArb, walk } from './random-histories.test-util.js';
import { placeCase, summarizeCase } from './table3.js';
import type { ReviewEntry } from './table4.js';

/**
 * What each state allows, written from the regulation independently of the
 * engine's own table: the property checks that everything else is refused.
 */
const SPEC: Readonly<Record<CaseStatus, readonly CaseEventType[]>> = {
  inProgress: ['requestCorrection', 'extend', 'consult', 'feeNotice', 'decide', 'withdraw'],
  awaitingCorrection: ['correctionReceived', 'abandon', 'withdraw'],
  consulting: ['consult', 'consultationAnswered', 'extend', 'withdraw'],
  awaitingFee: ['feePaid', 'feeNotPaid', 'withdraw'],
  decided: ['deliver'],
  delivered: ['archive'],
  withdrawn: ['archive'],
  abandoned: ['archive'],
  archived: [],
};

describe('case engine (properties)', () => {
  it('every case lands in exactly one Table-3 place per year, matching its outcome', () => {
    fc.assert(
      fc.property(historyArb, (plan) => {
        const { states } = walk(plan);
        const s = summarizeCase(states[states.length - 1]!);
        const first = Number(s.receivedAt.slice(0, 4));
        let results = 0;
        for (let year = first - 1; year <= 2027; year++) {
          const p = placeCase(s, year);
          if (p.kind === 'result') {
            results += 1;
            expect(s.closedOn?.startsWith(String(year))).toBe(true);
            expect(p.row).toBe(outcomeRow(s.outcome!, year <= 2020 ? '2019' : '2021'));
            expect(p.column).toBe(s.applicantKind);
          } else if (p.kind === 'carriedForward') {
            expect(year >= first && (s.closedOn === null || s.closedOn > `${year}-12-31`)).toBe(true);
          } else {
            expect(year < first || (s.closedOn !== null && s.closedOn < `${year}-01-01`)).toBe(true);
          }
        }
        expect(results).toBe(s.closedOn === null ? 0 : 1);
      }),
      { numRuns: 150 },
    );
  });

  it('the tables computed from any cases and register pass R1–R4, and carried forward = next year’s carried over', () => {
    fc.assert(
      fc.property(fc.array(historyArb, { minLength: 1, maxLength: 12 }), fc.array(reviewArb, { maxLength: 10 }), (plans, reviewPlans) => {
        const cases = plans.map((p) => {
          const { states } = walk(p);
          return summarizeCase(states[states.length - 1]!);
        });
        const reviews: ReviewEntry[] = reviewPlans.map((r) => {
          const filedOn = addDays('2019-01-01' as IsoDate, r.filed);
          return { id: r.id, agencyId: r.agencyId, caseId: null, kind: r.kind, filedOn, result: r.decidedAfter === null ? null : { outcome: r.outcome, decidedOn: addDays(filedOn, r.decidedAfter) } };
        });
        for (const agencyId of [1, 2]) {
          let previous: ReturnType<typeof buildApplicationReport> | null = null;
          for (let year = 2019; year <= 2026; year++) {
            const report = buildApplicationReport({ agencyId, year, cases, reviews });
            for (const rule of [R1_BALANCE, R2_ROW_TOTAL, R3_RESULTS_SUM, R3B_OTHER_SUM, R4_GROUP_SUM]) expect(rule.check({ report }), `${rule.id} ${year}`).toEqual([]);
            if (previous) expect(getCell(report, 'table3.carriedOver.total')).toBe(getCell(previous, 'table3.carriedForward.total'));
            previous = report;
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('every event the state does not allow is refused with CASE_ILLEGAL_TRANSITION, naming state and event', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(), (plan, pick) => {
        const { states } = walk(plan);
        const state = states[pick % states.length]!;
        for (const event of [registerEvent(state.lastEventOn), ...candidates(state, state.lastEventOn, pick)]) {
          if (SPEC[state.status].includes(event.type)) continue;
          let refused: unknown = null;
          try {
            applyEvent(state, event, ctx);
          } catch (e) {
            refused = e;
          }
          expect(isGongkaiError(refused) && refused.code, `${state.status} ${event.type}`).toBe('CASE_ILLEGAL_TRANSITION');
          if (isGongkaiError(refused)) expect(refused.zh).toMatch(/^案件处于“.+”状态，不能“.+”/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('replaying the events gives the same state, and deadlines stay working days', () => {
    fc.assert(
      fc.property(historyArb, (plan) => {
        const { events, states } = walk(plan);
        const replayed = events.reduce<CaseState | null>((s, e) => applyEvent(s, e, ctx), null);
        expect(replayed).toEqual(states[states.length - 1]);
        for (const s of states) {
          if (s.clock.state !== 'running') continue;
          expect(s.clock.deadline > s.periodStart).toBe(true);
          expect(isWorkday(ctx.calendar, s.clock.deadline)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

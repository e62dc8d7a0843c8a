/**
 * Random valid case histories for property tests: from a registration on a
 * random day (2019–2026, every applicant kind and channel), at each step one of
 * the events the engine accepts on the next day, with plausible data; and
 * random review register entries.
 */
import fc from 'fast-check';
import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { APPLICANT_KINDS, type ApplicantKind } from './applicant.js';
import { INCOMING_CHANNELS, type IncomingChannel } from './application.js';
import { applyEvent, canApply } from './apply-event.js';
import type { CaseEvent } from './case-events.js';
import type { CaseState } from './case-state.js';
import { ctx, registerEvent } from './example-cases.test-util.js';
import { feeFor } from './fees.js';
import { DECISION_OUTCOMES } from './outcome.js';
import type { ReviewEntry } from './table4.js';

/** The last day generated events may fall on (the built-in calendar ends with 2026). */
export const LAST = '2026-09-30' as IsoDate;

/** One event of each type for a state on day `on`, with plausible data (the engine decides which are allowed). */
export function candidates(s: CaseState, on: IsoDate, pick: number): CaseEvent[] {
  const open = s.consultations.filter((c) => c.answeredOn === null);
  const fee = (() => {
    const basis = pick % 2 === 0 ? ({ method: 'perVolume', pages: 31 + (pick % 300) } as const) : ({ method: 'perApplication', countInMonth: 11 + (pick % 40) } as const);
    return { type: 'feeNotice', on, basis, amountYuan: feeFor(basis).amountYuan } as const;
  })();
  return [
    { type: 'requestCorrection', on, items: '请补充文号', dueOn: addDays(on, 5 + (pick % 20)) },
    { type: 'correctionReceived', on },
    { type: 'extend', on, workdays: 1 + (pick % 20), approver: '政务公开办主任', reason: '数量较大', applicantNotifiedOn: on },
    { type: 'consult', on, party: pick % 3 === 0 ? 'agency' : 'thirdParty', name: `对象${s.consultations.length}` },
    ...open.map((c, i) => ({ type: 'consultationAnswered' as const, on, name: c.name, answer: (['consent', 'objection', 'noAnswer'] as const)[(pick + i) % 3]! })),
    fee,
    { type: 'feePaid', on, amountYuan: s.fee?.amountYuan ?? 0 },
    { type: 'feeNotPaid', on },
    { type: 'decide', on, outcome: DECISION_OUTCOMES[pick % DECISION_OUTCOMES.length]! },
    { type: 'deliver', on, channel: 'post' },
    // Withdrawal is always allowed while open; offered one time in four so histories run deeper.
    ...(pick % 4 === 0 ? [{ type: 'withdraw', on } as const] : []),
    { type: 'abandon', on },
    { type: 'archive', on },
  ];
}

const step = fc.record({ pick: fc.nat(), gap: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 7, max: 45 })) });

export interface HistoryPlan {
  readonly start: IsoDate;
  readonly kind: ApplicantKind;
  readonly channel: IncomingChannel;
  readonly agencyId: number;
  readonly steps: readonly { readonly pick: number; readonly gap: number }[];
}

export const historyArb: fc.Arbitrary<HistoryPlan> = fc.record({
  start: fc.integer({ min: 0, max: 2700 }).map((n) => addDays('2019-01-02' as IsoDate, n)),
  kind: fc.constantFrom(...APPLICANT_KINDS),
  channel: fc.constantFrom(...INCOMING_CHANNELS),
  agencyId: fc.constantFrom(1, 2),
  steps: fc.array(step, { maxLength: 14 }),
});

let serial = 0;

/** Walks the plan: at each step, the allowed candidates on the next day; returns the events and each state. */
export function walk(plan: HistoryPlan): { events: CaseEvent[]; states: CaseState[] } {
  const first = registerEvent(plan.start, { id: `c${serial++}`, kind: plan.kind, channel: plan.channel, agencyId: plan.agencyId });
  let state = applyEvent(null, first, ctx);
  const events = [first];
  const states = [state];
  for (const { pick, gap } of plan.steps) {
    const on = addDays(state.lastEventOn, gap);
    if (on > LAST) break;
    const ok = candidates(state, on, pick)
      .map((e) => ({ e, r: canApply(state, e, ctx) }))
      .filter((x) => x.r.ok);
    if (ok.length === 0) continue;
    const chosen = ok[pick % ok.length]!;
    if (!chosen.r.ok) continue;
    state = chosen.r.state;
    events.push(chosen.e);
    states.push(state);
  }
  return { events, states };
}

export const reviewArb = fc.record({
  id: fc.uuid(),
  agencyId: fc.constantFrom(1, 2),
  kind: fc.constantFrom('reconsideration', 'litigationDirect', 'litigationAfterReconsideration') as fc.Arbitrary<ReviewEntry['kind']>,
  filed: fc.integer({ min: 0, max: 2800 }),
  decidedAfter: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  outcome: fc.constantFrom('upheld', 'corrected', 'other') as fc.Arbitrary<'upheld' | 'corrected' | 'other'>,
});

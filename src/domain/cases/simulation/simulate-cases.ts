/**
 * @module Realistic, reproducible case histories for an agency and year (for
 * demonstrations, load tests and benchmarks): applications of every applicant
 * kind by every channel, received through the year's working days, and what
 * happens next as agencies see it — corrections (answered, too late, never),
 * consultations of third parties and agencies (consent, objection, silence),
 * extensions, fee notices (paid, unpaid) under 109号 from 2021, withdrawals,
 * decisions with every outcome (some late), delivery and archiving; cases still
 * open when the simulated time ends are carried into the next year; refusals
 * draw reconsiderations and lawsuits, decided or pending.
 *
 * Every event is checked with `canApply` before it is kept, exactly as
 * `appendEvent` checks it: an event the engine refuses (a date the calendar
 * does not cover, a period not yet over) is not kept, and the history goes on
 * or ends there. The same seed and options give the same histories.
 */
import { addDays, toDayNumber, type IsoDate } from '../../calendar/iso-date.js';
import type { WorkCalendar } from '../../calendar/work-calendar.js';
import { addWorkdays, isWorkday } from '../../calendar/workdays.js';
import { applicantKey, type Applicant, type ApplicantKind } from '../applicant.js';
import type { IncomingChannel } from '../application.js';
import { canApply, type CaseContext } from '../apply-event.js';
import { caseId, type CaseEvent } from '../case-events.js';
import type { CaseState } from '../case-state.js';
import { feeFor, feeScheduleOn, type FeeBasis } from '../fees.js';
import { type DecisionOutcome, REFUSAL_GROUNDS, NOT_PROCESSED_REASONS } from '../outcome.js';
import type { Receipt } from '../receipt.js';
import type { ReviewKind, ReviewResult } from '../table4.js';
import { fakeApplicant, fakeApplication } from './fake-applicants.js';
import { createRng, type Rng } from './prng.js';

export interface SimulationOptions {
  readonly agencyId: number;
  readonly year: number;
  readonly count: number;
  readonly seed: string;
  readonly calendar: WorkCalendar;
  /** No event after this day (default: 30 June of the next year, or the last day the calendar covers if earlier). */
  readonly until?: IsoDate;
}

export interface SimulatedReview {
  readonly kind: ReviewKind;
  readonly filedOn: IsoDate;
  readonly result: { readonly outcome: ReviewResult; readonly decidedOn: IsoDate } | null;
  readonly reference: string;
}

export interface SimulatedCase {
  /** The events, registration first (its `caseId` is a placeholder until the case is stored). */
  readonly events: readonly CaseEvent[];
  /** The state after the last event. */
  readonly state: CaseState;
  readonly reviews: readonly SimulatedReview[];
}

const KINDS: readonly (readonly [ApplicantKind, number])[] = [
  ['naturalPerson', 78],
  ['commercial', 9],
  ['research', 2],
  ['publicInterest', 2],
  ['legalService', 6],
  ['otherOrg', 3],
];

const CHANNELS: readonly (readonly [IncomingChannel, number])[] = [
  ['online', 50],
  ['letter', 20],
  ['inPerson', 26],
  ['fax', 4],
];

const OUTCOMES: readonly (readonly [DecisionOutcome, number])[] = [
  ['disclosed', 34],
  ['alreadyPublic', 9],
  ['partiallyDisclosed', 11],
  ['notExist', 16],
  ['notThisAgency', 6],
  ['needsCreation', 3],
  ['specialLaw', 1],
  ...REFUSAL_GROUNDS.map((g) => [`refused:${g}` as DecisionOutcome, g === 'processInfo' || g === 'internalAffairs' ? 2 : 0.8] as const),
  ...NOT_PROCESSED_REASONS.map((r) => [`notProcessed:${r}` as DecisionOutcome, r === 'petition' ? 3 : 1] as const),
];

const CONSULTED_THIRD = ['相关权利人', '项目建设单位', '被征收户代表', '中标企业', '原申报单位'];
const CONSULTED_AGENCY = ['县自然资源局', '县住房和城乡建设局', '县财政局', '县生态环境分局', '县发展和改革委员会'];
const EXTENSION_REASONS = ['申请内容涉及多个部门，需协调核实', '所需信息数量较大，需检索整理', '需征求相关单位意见'];
/** 职业申请人: a few people who apply many times a month (and so may be charged per application). */
const HEAVY_APPLICANTS = 3;

/** The default last day: 30 June of the next year, or the last day the calendar covers. */
export function simulationHorizon(year: number, calendar: WorkCalendar): IsoDate {
  const last = Math.max(...calendar.years);
  return (year + 1 <= last ? `${year + 1}-06-30` : `${last}-12-31`) as IsoDate;
}

/** Working days of the year on which an application can be received: its answer period lies in covered years. */
function receiptDays(year: number, calendar: WorkCalendar): IsoDate[] {
  const out: IsoDate[] = [];
  for (let day = `${year}-01-01` as IsoDate; day <= `${year}-12-31`; day = addDays(day, 1)) {
    try {
      if (isWorkday(calendar, day)) {
        addWorkdays(calendar, day, 20);
        out.push(day);
      }
    } catch {
      // Not covered: no application received that day (or later).
    }
  }
  return out;
}

/** One history, event by event, each checked by the engine. */
class History {
  readonly events: CaseEvent[] = [];
  state: CaseState | null = null;

  constructor(
    private readonly ctx: CaseContext,
    private readonly until: IsoDate,
  ) {}

  get last(): IsoDate {
    return this.state!.lastEventOn;
  }

  /** Keeps the event when it is due by `until` and the engine accepts it. */
  apply(event: CaseEvent): boolean {
    if (event.on > this.until) return false;
    const r = canApply(this.state, event, this.ctx);
    if (!r.ok) return false;
    this.state = r.state;
    this.events.push(event);
    return true;
  }

  wd(from: IsoDate, n: number): IsoDate | null {
    try {
      return addWorkdays(this.ctx.calendar, from, n);
    } catch {
      return null;
    }
  }
}

function receiptFor(rng: Rng, channel: IncomingChannel, day: IsoDate): Receipt {
  switch (channel) {
    case 'inPerson':
      return { channel, handedIn: day };
    case 'letter':
      return rng.chance(0.7) ? { channel, mail: 'signed', signedFor: day } : { channel, mail: 'ordinary', arrived: day, confirmed: day };
    case 'online':
    case 'fax':
      return { channel, submitted: rng.chance(0.2) ? addDays(day, -1) : day, confirmed: day };
  }
}

function decisionOutcome(rng: Rng, s: CaseState): DecisionOutcome {
  const objected = s.consultations.some((c) => c.answer === 'objection');
  if (objected && rng.chance(0.6)) return rng.chance(0.7) ? 'refused:thirdPartyRights' : 'partiallyDisclosed';
  if (s.correction?.receivedOn && rng.chance(0.12)) return 'unclearAfterCorrection';
  return rng.weighted(OUTCOMES);
}

const ADVERSE = (o: string | null) => o !== null && o !== 'disclosed' && o !== 'alreadyPublic' && o !== 'otherClosed';

/** The result, or null while pending: not decided by `until`, or suspended (中止, 3 %). */
function reviewResult(rng: Rng, filedOn: IsoDate, minDays: number, maxDays: number, weights: readonly (readonly [ReviewResult, number])[], until: IsoDate): SimulatedReview['result'] {
  const decidedOn = addDays(filedOn, rng.int(minDays, maxDays));
  return decidedOn > until || rng.chance(0.03) ? null : { outcome: rng.weighted(weights), decidedOn };
}

function simulateReviews(rng: Rng, s: CaseState, until: IsoDate, serial: () => number): SimulatedReview[] {
  if (s.closedOn === null || !ADVERSE(s.outcome)) return [];
  const out: SimulatedReview[] = [];
  const y = (d: IsoDate) => d.slice(0, 4);
  if (rng.chance(0.06)) {
    const filedOn = addDays(s.closedOn, rng.int(5, 60));
    if (filedOn <= until) {
      const result = reviewResult(rng, filedOn, 30, 120, [['upheld', 70], ['corrected', 20], ['other', 10]], until);
      out.push({ kind: 'reconsideration', filedOn, result, reference: `（${y(filedOn)}）政复第${serial()}号` });
      if (result?.outcome === 'upheld' && rng.chance(0.3)) {
        const sued = addDays(result.decidedOn, rng.int(5, 15));
        if (sued <= until) {
          out.push({ kind: 'litigationAfterReconsideration', filedOn: sued, result: reviewResult(rng, sued, 90, 400, [['upheld', 60], ['corrected', 15], ['other', 25]], until), reference: `（${y(sued)}）行初${serial()}号` });
        }
      }
    }
  } else if (rng.chance(0.025)) {
    const filedOn = addDays(s.closedOn, rng.int(10, 180));
    if (filedOn <= until) {
      out.push({ kind: 'litigationDirect', filedOn, result: reviewResult(rng, filedOn, 90, 400, [['upheld', 60], ['corrected', 15], ['other', 25]], until), reference: `（${y(filedOn)}）行初${serial()}号` });
    }
  }
  return out;
}

/** The histories, one by one, in order of receipt. */
export function* simulateCases(options: SimulationOptions): Generator<SimulatedCase> {
  const { year, count, calendar } = options;
  const until = options.until ?? simulationHorizon(year, calendar);
  const rng = createRng(`${options.seed}|${year}`);
  const days = receiptDays(year, calendar).filter((d) => d <= until);
  if (days.length === 0 || count <= 0) return;
  const ctx: CaseContext = { calendar };
  const heavy: Applicant[] = Array.from({ length: HEAVY_APPLICANTS }, () => fakeApplicant(rng, 'naturalPerson'));
  // Enough of their applications for each to pass ten a month (3 %, more for small simulations).
  const heavyShare = Math.min(0.25, Math.max(0.03, (HEAVY_APPLICANTS * 14 * 12) / count));
  const monthly = new Map<string, number>();
  let reviewSerial = 0;
  const nextSerial = () => (reviewSerial += 1);

  for (let i = 0; i < count; i++) {
    const day = days[Math.floor((i * days.length) / count)]!;
    const kind = rng.weighted(KINDS);
    const channel = rng.weighted(CHANNELS);
    const applicant = kind === 'naturalPerson' && rng.chance(heavyShare) ? rng.pick(heavy) : undefined;
    const application = fakeApplication(rng, kind, year, channel, applicant);
    const key = `${applicantKey(application.applicant)}|${day.slice(0, 7)}`;
    const inMonth = (monthly.get(key) ?? 0) + 1;
    monthly.set(key, inMonth);

    const h = new History(ctx, until);
    const registeredOn = rng.chance(0.1) ? (h.wd(day, 1) ?? day) : day;
    h.apply({ type: 'register', on: registeredOn, caseId: caseId(`sim-${i + 1}`), agencyId: options.agencyId, application, receipt: receiptFor(rng, channel, day) });
    if (h.state === null) continue;
    play(rng, h, inMonth);
    yield { events: h.events, state: h.state, reviews: simulateReviews(rng, h.state, until, nextSerial) };
  }
}

/** What happens after registration. */
function play(rng: Rng, h: History, countInMonth: number): void {
  const received = h.state!.receivedAt;
  // 补正: asked within 7 working days (rarely later); answered, abandoned or withdrawn.
  if (rng.chance(0.08)) {
    const on = h.wd(received, rng.chance(0.9) ? rng.int(1, 6) : rng.int(8, 12));
    if (on && h.apply({ type: 'requestCorrection', on, items: rng.pick(['请明确所需信息的名称或文号', '请补充身份证明材料', '请说明所需信息的时间范围']), dueOn: addDays(on, rng.int(10, 20)) })) {
      const due = h.state!.correction!.dueOn;
      const r = rng.next();
      if (r < 0.65) h.apply({ type: 'correctionReceived', on: rng.chance(0.92) ? addDays(on, rng.int(1, Math.max(1, daysBetween(on, due)))) : addDays(due, rng.int(1, 5)) });
      else return applyThenArchive(rng, h, r < 0.9 ? { type: 'abandon', on: addDays(due, rng.int(1, 10)) } : { type: 'withdraw', on: addDays(on, rng.int(2, 10)), reason: '申请人撤回' });
      if (h.state!.status !== 'inProgress') return;
    }
  }
  // 征求意见: one party, sometimes two; consent, objection, or silence after 15 working days.
  if (rng.chance(0.09)) {
    const on = h.wd(h.last, rng.int(1, 6));
    const third = rng.chance(0.75);
    const name = third ? rng.pick(CONSULTED_THIRD) : rng.pick(CONSULTED_AGENCY);
    if (on && h.apply({ type: 'consult', on, party: third ? 'thirdParty' : 'agency', name })) {
      const names = [name];
      if (rng.chance(0.15)) {
        const second = third ? rng.pick(CONSULTED_AGENCY) : rng.pick(CONSULTED_THIRD);
        if (second !== name && h.apply({ type: 'consult', on: addDays(on, rng.int(0, 3)), party: third ? 'agency' : 'thirdParty', name: second })) names.push(second);
      }
      if (rng.chance(0.08)) extend(rng, h);
      for (const n of names) {
        const record = h.state!.consultations.find((c) => c.name === n && c.answeredOn === null)!;
        const answer = rng.weighted([
          ['consent', 50],
          ['objection', 35],
          ['noAnswer', 15],
        ] as const);
        const at = answer === 'noAnswer' ? addDays(record.answerDue, rng.int(1, 5)) : (h.wd(record.sentOn, rng.int(3, 14)) ?? record.answerDue);
        h.apply({ type: 'consultationAnswered', on: at < h.last ? h.last : at, name: n, answer });
      }
      if (h.state!.status !== 'inProgress') return;
    }
  }
  // 收费: only under 109号 (from 2021), for clearly excessive requests.
  const noticeOn = h.wd(h.last, rng.int(2, 8));
  if (noticeOn && feeScheduleOn(noticeOn) && (countInMonth > 10 ? rng.chance(0.5) : rng.chance(0.012))) {
    const basis: FeeBasis = countInMonth > 10 ? { method: 'perApplication', countInMonth } : { method: 'perVolume', pages: rng.int(31, 400) };
    const deliveredOn = addDays(noticeOn, rng.int(0, 3));
    if (h.apply({ type: 'feeNotice', on: noticeOn, basis, amountYuan: feeFor(basis).amountYuan, deliveredOn })) {
      const payBy = h.state!.fee!.payBy;
      const r = rng.next();
      if (r < 0.6) h.apply({ type: 'feePaid', on: h.wd(deliveredOn, rng.int(1, 15)) ?? payBy, amountYuan: h.state!.fee!.amountYuan });
      else return applyThenArchive(rng, h, r < 0.9 ? { type: 'feeNotPaid', on: addDays(payBy, rng.int(1, 5)) } : { type: 'withdraw', on: addDays(deliveredOn, rng.int(1, 10)) });
      if (h.state!.status !== 'inProgress') return;
    }
  }
  // 延长: approved shortly before the period ends.
  if (h.state!.extension === null && rng.chance(0.07)) extend(rng, h);
  // 撤回 before any answer.
  if (rng.chance(0.03)) {
    const on = h.wd(h.last, rng.int(1, 10));
    if (on) applyThenArchive(rng, h, { type: 'withdraw', on, reason: '申请人主动撤回申请' });
    return;
  }
  // 答复: within the period, a few too late.
  const clock = h.state!.clock;
  if (clock.state !== 'running') return;
  const late = rng.chance(0.04);
  let on: IsoDate | null;
  if (late) on = h.wd(clock.deadline, rng.int(1, 15));
  else {
    const span = Math.max(1, daysBetween(h.last, clock.deadline));
    const pick = addDays(h.last, Math.min(span, Math.floor(span * Math.pow(rng.next(), 1.6)) + 1));
    on = pick > clock.deadline ? clock.deadline : pick;
  }
  if (!on || !h.apply({ type: 'decide', on, outcome: decisionOutcome(rng, h.state!) })) return;
  const delivery = h.state!.application.request.delivery;
  applyThenArchive(rng, h, { type: 'deliver', on: addDays(on, delivery === 'online' || delivery === 'email' ? 0 : rng.int(1, 5)), channel: delivery });
}

function extend(rng: Rng, h: History): void {
  const clock = h.state!.clock;
  if (clock.state !== 'running' && clock.state !== 'paused') return;
  const on = clock.state === 'running' ? addDays(clock.deadline, -rng.int(1, 4)) : h.last;
  const at = on < h.last ? h.last : on;
  h.apply({ type: 'extend', on: at, workdays: rng.int(10, 20), approver: '政府信息公开工作机构负责人', reason: rng.pick(EXTENSION_REASONS), applicantNotifiedOn: addDays(at, rng.int(0, 1)) });
}

function archive(rng: Rng, h: History): void {
  if (rng.chance(0.85)) h.apply({ type: 'archive', on: addDays(h.last, rng.int(3, 40)) });
}

function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Applies a closing event (withdrawal, abandonment, non-payment) and, when kept, perhaps the archiving after it. */
function applyThenArchive(rng: Rng, h: History, event: CaseEvent): void {
  if (h.apply(event)) archive(rng, h);
}

/**
 * @module A case from its events: `foldCase` applies them in order and adds
 * what depends on a day (`asOf`, passed in — the domain has no clock): the
 * answer deadline, working days left, whether it is overdue, and what the
 * case is waiting for.
 */
import type { IsoDate } from '../calendar/iso-date.js';
import { addWorkdays, workdaysBetween } from '../calendar/workdays.js';
import { GongkaiError, isGongkaiError } from '../shared/errors.js';
import { applyEvent, type CaseContext } from './apply-event.js';
import type { CaseEvent } from './case-events.js';
import { DEFAULT_CASE_POLICY, OPEN_STATUSES, type CaseState } from './case-state.js';
import { CORRECTION_NOTICE_WORKDAYS } from './time-limits.js';

/** What an open case waits for from someone else, and by when. */
export interface WaitingFor {
  readonly kind: 'correction' | 'consultation' | 'fee';
  /** The other side's deadline (for several consultations: the latest). */
  readonly due: IsoDate;
  /** True when `asOf` is after `due`: the agency may act (abandon, decide, record non-payment). */
  readonly lapsed: boolean;
}

export interface CaseView extends CaseState {
  readonly asOf: IsoDate | null;
  readonly open: boolean;
  /** The answer deadline while the period runs; null while it is paused, stopped or closed. */
  readonly deadline: IsoDate | null;
  /** Working days from `asOf` to the deadline (negative when overdue); while paused, the days left frozen. */
  readonly workdaysLeft: number | null;
  /** Open and past its answer deadline on `asOf` (or paused after it lapsed). */
  readonly overdue: boolean;
  readonly waitingFor: WaitingFor | null;
  /** While a correction may still be requested in time (Art. 30): the last day to do so. */
  readonly correctionNoticeBy: IsoDate | null;
}

export interface FoldOptions extends CaseContext {
  /** The day to judge deadlines against ("today"); without it, `workdaysLeft` is null and `overdue` false. */
  readonly asOf?: IsoDate;
}

/** Applies every event in order; a refusal names the event's position. Throws for an empty list. */
export function replayCase(events: readonly CaseEvent[], ctx: CaseContext): CaseState {
  if (events.length === 0) {
    throw new GongkaiError('CASE_INVALID_EVENT', { zh: '案件没有任何事件（应以“登记”开始）。', en: 'The case has no events (it starts with “register”).' });
  }
  let state: CaseState | null = null;
  events.forEach((event, i) => {
    try {
      state = applyEvent(state, event, ctx);
    } catch (e) {
      if (!isGongkaiError(e)) throw e;
      throw new GongkaiError(e.code, { zh: `第 ${i + 1} 个事件：${e.zh}`, en: `Event ${i + 1}: ${e.en}` }, { cause: e });
    }
  });
  return state!;
}

/** The case's state, deadline, working days left and overdue flag as of `options.asOf`. */
export function foldCase(events: readonly CaseEvent[], options: FoldOptions): CaseView {
  return viewCase(replayCase(events, options), options);
}

/** The day-dependent view of a state already replayed. */
export function viewCase(state: CaseState, options: FoldOptions): CaseView {
  const counting = (options.policy ?? DEFAULT_CASE_POLICY).counting;
  const cal = options.calendar;
  const asOf = options.asOf ?? null;
  const open = OPEN_STATUSES.has(state.status);
  const clock = state.clock;
  const deadline = clock.state === 'running' ? clock.deadline : null;
  let workdaysLeft: number | null = null;
  let overdue = false;
  if (asOf !== null && clock.state === 'running') {
    workdaysLeft = workdaysBetween(cal, asOf, clock.deadline, counting);
    overdue = asOf > clock.deadline;
  } else if (clock.state === 'paused') {
    workdaysLeft = asOf !== null ? clock.remaining : null;
    overdue = asOf !== null && clock.remaining < 0;
  }
  let waitingFor: WaitingFor | null = null;
  const lapsed = (due: IsoDate) => asOf !== null && asOf > due;
  if (state.status === 'awaitingCorrection' && state.correction) {
    waitingFor = { kind: 'correction', due: state.correction.dueOn, lapsed: lapsed(state.correction.dueOn) };
  } else if (state.status === 'consulting') {
    const due = state.consultations.filter((c) => c.answeredOn === null).reduce<IsoDate | null>((m, c) => (m === null || c.answerDue > m ? c.answerDue : m), null);
    if (due) waitingFor = { kind: 'consultation', due, lapsed: lapsed(due) };
  } else if (state.status === 'awaitingFee' && state.fee) {
    waitingFor = { kind: 'fee', due: state.fee.payBy, lapsed: lapsed(state.fee.payBy) };
  }
  const correctionNoticeBy =
    state.status === 'inProgress' && state.correction === null && state.extension === null
      ? addWorkdays(cal, state.receivedAt, CORRECTION_NOTICE_WORKDAYS, counting)
      : null;
  return { ...state, asOf, open, deadline, workdaysLeft, overdue, waitingFor, correctionNoticeBy };
}

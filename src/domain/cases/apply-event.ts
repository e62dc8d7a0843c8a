/**
 * @module The case engine: which events each state allows, and what each event
 * does to the state. `applyEvent` refuses what the law or the case's history
 * does not allow with `CASE_ILLEGAL_TRANSITION` (wrong state: a second
 * extension, a decision while consulting…) or `CASE_INVALID_EVENT` (wrong data:
 * dates out of order, an extension over 20 working days, a fee that does not
 * match the schedule…), naming the state and the event in both languages.
 */
import { isIsoDate, type IsoDate } from '../calendar/iso-date.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import { addWorkdays } from '../calendar/workdays.js';
import { GongkaiError, isGongkaiError } from '../shared/errors.js';
import type { Finding } from '../shared/finding.js';
import { DELIVERY_CHANNELS, applicationProblems } from './application.js';
import { extendClock, isLapsed, pauseClock, resumeClock, startClock } from './answer-clock.js';
import { eventLabel, type CaseEvent, type CaseEventType } from './case-events.js';
import { DEFAULT_CASE_POLICY, STATUS_LABELS, type CasePolicy, type CaseState, type CaseStatus, type ConsultationRecord } from './case-state.js';
import { feeFor, feeScheduleOn } from './fees.js';
import { isDecisionOutcome, outcomeLabel } from './outcome.js';
import { receiptDate } from './receipt.js';
import { CONSULTATION_WORKDAYS, CORRECTION_NOTICE_WORKDAYS, FEE_PAYMENT_WORKDAYS, MAX_EXTENSION_WORKDAYS } from './time-limits.js';

/** What the engine needs besides the events: the calendar, and optionally a policy. */
export interface CaseContext {
  readonly calendar: WorkCalendar;
  readonly policy?: CasePolicy;
}

/** The events each state allows; everything else is `CASE_ILLEGAL_TRANSITION`. `new` is before registration. */
export const ALLOWED_EVENTS: Readonly<Record<CaseStatus | 'new', readonly CaseEventType[]>> = {
  new: ['register'],
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

const NEW_LABEL = { zh: '未登记', en: 'not registered' };

function stateLabel(state: CaseState | null): { zh: string; en: string } {
  return state ? STATUS_LABELS[state.status] : NEW_LABEL;
}

function illegal(state: CaseState | null, event: CaseEvent, why?: { zh: string; en: string }): GongkaiError {
  const s = stateLabel(state);
  const e = eventLabel(event.type);
  return new GongkaiError('CASE_ILLEGAL_TRANSITION', {
    zh: `案件处于“${s.zh}”状态，不能“${e.zh}”${why ? `：${why.zh}` : ''}。`,
    en: `A case that is ${s.en} cannot ${e.en}${why ? `: ${why.en}` : ''}.`,
  });
}

function invalid(state: CaseState | null, event: CaseEvent, zh: string, en: string): GongkaiError {
  const s = stateLabel(state);
  const e = eventLabel(event.type);
  return new GongkaiError('CASE_INVALID_EVENT', {
    zh: `“${e.zh}”无效（案件状态：${s.zh}）：${zh}。`,
    en: `Invalid “${e.en}” (case ${s.en}): ${en}.`,
  });
}

function warning(rule: string, zh: string, en: string, path: string): Finding {
  return { rule, severity: 'warning', message: { zh, en }, paths: [path] };
}

/** The events the case's state allows next (dates and data are checked when applied). */
export function allowedEvents(state: CaseState | null): readonly CaseEventType[] {
  return ALLOWED_EVENTS[state ? state.status : 'new'];
}

/** `applyEvent` that reports refusal as a value. */
export function canApply(
  state: CaseState | null,
  event: CaseEvent,
  ctx: CaseContext,
): { readonly ok: true; readonly state: CaseState } | { readonly ok: false; readonly error: GongkaiError } {
  try {
    return { ok: true, state: applyEvent(state, event, ctx) };
  } catch (e) {
    if (isGongkaiError(e)) return { ok: false, error: e };
    throw e;
  }
}

/** The state after `event`; throws a coded `GongkaiError` when the event is not allowed. */
export function applyEvent(state: CaseState | null, event: CaseEvent, ctx: CaseContext): CaseState {
  if (!isIsoDate(event.on)) throw invalid(state, event, `日期“${String(event.on)}”无效`, `the date “${String(event.on)}” is not valid`);
  if (!ALLOWED_EVENTS[state ? state.status : 'new'].includes(event.type)) throw illegal(state, event);
  if (state === null) return register(event as Extract<CaseEvent, { type: 'register' }>, ctx);
  if (event.on < state.lastEventOn) {
    throw invalid(state, event, `日期 ${event.on} 早于上一事件（${state.lastEventOn}）`, `${event.on} is before the previous event (${state.lastEventOn})`);
  }
  const next = step(state, event, ctx);
  return { ...next, lastEventOn: event.on, eventCount: state.eventCount + 1 };
}

function register(event: Extract<CaseEvent, { type: 'register' }>, ctx: CaseContext): CaseState {
  const policy = ctx.policy ?? DEFAULT_CASE_POLICY;
  const problems = applicationProblems(event.application);
  if (!event.caseId?.trim()) problems.unshift({ zh: '缺少案件编号', en: 'the case id is missing' });
  if (!Number.isSafeInteger(event.agencyId) || event.agencyId < 1) problems.push({ zh: '机关编号无效', en: 'invalid agency id' });
  const channel = event.receipt?.channel;
  if (channel !== event.application?.channel) problems.push({ zh: `收件方式（${String(channel)}）与申请渠道（${String(event.application?.channel)}）不一致`, en: `the receipt (${String(channel)}) does not match the channel (${String(event.application?.channel)})` });
  if (problems.length > 0) throw invalid(null, event, problems.map((p) => p.zh).join('；'), problems.map((p) => p.en).join('; '));
  const receipt = receiptDate(event.receipt, ctx.calendar, policy.counting);
  if (receipt.kind === 'pending') throw invalid(null, event, `尚未收到申请：${receipt.reason.zh}`, `not received yet: ${receipt.reason.en}`);
  if (event.on < receipt.date) throw invalid(null, event, `登记日 ${event.on} 早于收到申请之日 ${receipt.date}`, `registered (${event.on}) before it was received (${receipt.date})`);
  return {
    caseId: event.caseId,
    agencyId: event.agencyId,
    application: event.application,
    receivedAt: receipt.date,
    registeredOn: event.on,
    status: 'inProgress',
    clock: startClock(receipt.date, ctx.calendar, policy),
    periodStart: receipt.date,
    correction: null,
    extension: null,
    consultations: [],
    fee: null,
    decision: null,
    delivery: null,
    outcome: null,
    closedOn: null,
    closedLate: false,
    archivedOn: null,
    lastEventOn: event.on,
    eventCount: 1,
    findings: receipt.findings,
  };
}

function step(s: CaseState, event: CaseEvent, ctx: CaseContext): CaseState {
  const policy = ctx.policy ?? DEFAULT_CASE_POLICY;
  const cal = ctx.calendar;
  const at = `events[${s.eventCount}]`;
  switch (event.type) {
    case 'register':
      throw illegal(s, event);

    case 'requestCorrection': {
      if (s.correction) throw illegal(s, event, { zh: '补正只能一次性告知', en: 'a correction may be requested only once' });
      if (s.extension) throw illegal(s, event, { zh: '已延长答复期限，不能再要求补正', en: 'the period has been extended; a correction can no longer be requested' });
      if (!event.items?.trim()) throw invalid(s, event, '须写明需要补正的事项', 'the items to correct must be stated');
      if (!isIsoDate(event.dueOn) || event.dueOn <= event.on) throw invalid(s, event, '须给出晚于告知日的补正期限', 'a correction deadline after the notice is required');
      const by = addWorkdays(cal, s.receivedAt, CORRECTION_NOTICE_WORKDAYS, policy.counting);
      const findings =
        event.on > by
          ? [
              ...s.findings,
              warning(
                'C-LATE-CORRECTION-REQUEST',
                `补正告知（${event.on}）晚于收到申请后 7 个工作日（${by}），第三十条`,
                `the correction was requested on ${event.on}, after the 7 working days from receipt (${by}), Art. 30`,
                at,
              ),
            ]
          : s.findings;
      return { ...s, status: 'awaitingCorrection', clock: { state: 'stopped', since: event.on }, correction: { requestedOn: event.on, items: event.items, dueOn: event.dueOn, receivedOn: null }, findings };
    }

    case 'correctionReceived': {
      const c = s.correction!;
      const findings =
        event.on > c.dueOn
          ? [...s.findings, warning('C-LATE-CORRECTION', `补正在期限（${c.dueOn}）之后收到（${event.on}）`, `the correction arrived (${event.on}) after its deadline (${c.dueOn})`, at)]
          : s.findings;
      return { ...s, status: 'inProgress', clock: startClock(event.on, cal, policy), periodStart: event.on, correction: { ...c, receivedOn: event.on }, findings };
    }

    case 'extend': {
      if (s.extension) throw illegal(s, event, { zh: '答复期限只能延长一次', en: 'the period may be extended only once' });
      if (!Number.isInteger(event.workdays) || event.workdays < 1 || event.workdays > MAX_EXTENSION_WORKDAYS) {
        throw invalid(s, event, `延长期限须为 1 至 ${MAX_EXTENSION_WORKDAYS} 个工作日，收到 ${String(event.workdays)}`, `an extension is 1 to ${MAX_EXTENSION_WORKDAYS} working days; got ${String(event.workdays)}`);
      }
      if (!event.approver?.trim()) throw invalid(s, event, '须记录批准人（政府信息公开工作机构负责人）', 'the approver (head of the GID office) must be recorded');
      if (!event.reason?.trim()) throw invalid(s, event, '须写明延长理由', 'the reason must be stated');
      if (!isIsoDate(event.applicantNotifiedOn) || event.applicantNotifiedOn < event.on) throw invalid(s, event, '须记录告知申请人的日期（不早于批准日）', 'the day the applicant was told (not before approval) must be recorded');
      if (isLapsed(s.clock, event.on)) throw invalid(s, event, '答复期限已届满，不能再延长', 'the period has already ended and cannot be extended');
      const oldDeadline = s.clock.state === 'running' || s.clock.state === 'paused' ? s.clock.deadline : null;
      const findings =
        oldDeadline !== null && event.applicantNotifiedOn > oldDeadline
          ? [...s.findings, warning('C-LATE-EXTENSION-NOTICE', `延长期限在原期限（${oldDeadline}）届满后才告知申请人（${event.applicantNotifiedOn}）`, `the applicant was told of the extension (${event.applicantNotifiedOn}) after the original deadline (${oldDeadline})`, at)]
          : s.findings;
      return {
        ...s,
        clock: extendClock(s.clock, event.workdays, cal, policy),
        extension: { on: event.on, workdays: event.workdays, approver: event.approver, reason: event.reason, applicantNotifiedOn: event.applicantNotifiedOn },
        findings,
      };
    }

    case 'consult': {
      if (!event.name?.trim()) throw invalid(s, event, '须写明征求意见的对象', 'the party consulted must be named');
      if (event.party !== 'thirdParty' && event.party !== 'agency') throw invalid(s, event, '征求意见对象须为第三方或其他机关', 'the party must be a third party or another agency');
      if (s.consultations.some((c) => c.name === event.name && c.answeredOn === null)) throw invalid(s, event, `已在向“${event.name}”征求意见`, `“${event.name}” is already being consulted`);
      const received = event.receivedByPartyOn ?? event.on;
      if (!isIsoDate(received) || received < event.on) throw invalid(s, event, '对方收到日期不能早于发出日期', 'the party cannot receive the letter before it is sent');
      const record: ConsultationRecord = {
        party: event.party,
        name: event.name,
        sentOn: event.on,
        answerDue: addWorkdays(cal, received, CONSULTATION_WORKDAYS, policy.counting),
        answeredOn: null,
        answer: null,
      };
      return { ...s, status: 'consulting', clock: pauseClock(s.clock, event.on, 'consultation', cal, policy), consultations: [...s.consultations, record] };
    }

    case 'consultationAnswered': {
      const i = s.consultations.findIndex((c) => c.name === event.name && c.answeredOn === null);
      if (i < 0) throw illegal(s, event, { zh: `没有正在向“${event.name}”征求的意见`, en: `no open consultation of “${event.name}”` });
      const c = s.consultations[i]!;
      if (!['consent', 'objection', 'noAnswer'].includes(event.answer)) throw invalid(s, event, '答复须为同意、反对或逾期未答复', 'the answer must be consent, objection or no answer');
      if (event.answer === 'noAnswer' && event.on <= c.answerDue) {
        throw invalid(s, event, `对方答复期限（${c.answerDue}）尚未届满，不能记为逾期未答复`, `the party’s period (until ${c.answerDue}) has not ended; it cannot be recorded as not answering`);
      }
      const consultations = s.consultations.map((x, j) => (j === i ? { ...x, answeredOn: event.on, answer: event.answer } : x));
      const open = consultations.some((x) => x.answeredOn === null);
      return open ? { ...s, consultations } : { ...s, consultations, status: 'inProgress', clock: resumeClock(s.clock, event.on, cal, policy) };
    }

    case 'feeNotice': {
      if (s.fee) throw illegal(s, event, { zh: '每件申请只能发一次收费通知', en: 'only one fee notice per application' });
      const schedule = feeScheduleOn(event.on);
      if (!schedule) throw invalid(s, event, `${event.on} 尚无信息处理费标准（国办函〔2020〕109号自 2021-01-01 起）`, `no fee schedule applies on ${event.on} (109号 from 2021-01-01)`);
      let fee;
      try {
        fee = feeFor(event.basis, schedule);
      } catch (e) {
        throw invalid(s, event, isGongkaiError(e) ? e.zh : '计费依据无效', isGongkaiError(e) ? e.en : 'invalid fee basis');
      }
      if (fee.amountYuan <= 0) throw invalid(s, event, '按标准不收费，无须发收费通知', 'the schedule charges nothing here; no fee notice is due');
      if (event.amountYuan !== fee.amountYuan) throw invalid(s, event, `金额 ${String(event.amountYuan)} 元与标准计算的 ${fee.amountYuan} 元不符`, `amount ${String(event.amountYuan)} yuan differs from the schedule’s ${fee.amountYuan} yuan`);
      const delivered = event.deliveredOn ?? event.on;
      if (!isIsoDate(delivered) || delivered < event.on) throw invalid(s, event, '送达日期不能早于通知日期', 'the notice cannot be delivered before it is issued');
      const findings = isLapsed(s.clock, event.on)
        ? [...s.findings, warning('C-LATE-FEE-NOTICE', '收费通知在答复期限届满后才发出（应在答复期限内发出）', 'the fee notice was issued after the answer period ended (it is due within the period)', at)]
        : s.findings;
      const clock = policy.feeClock === 'paused' ? pauseClock(s.clock, event.on, 'fee', cal, policy) : s.clock;
      return {
        ...s,
        status: 'awaitingFee',
        clock,
        fee: {
          noticeOn: event.on,
          deliveredOn: delivered,
          basis: event.basis,
          amountYuan: fee.amountYuan,
          schedule: schedule.id,
          payBy: addWorkdays(cal, delivered, FEE_PAYMENT_WORKDAYS, policy.counting),
          paidOn: null,
          notPaidOn: null,
        },
        findings,
      };
    }

    case 'feePaid': {
      const f = s.fee!;
      if (event.amountYuan !== f.amountYuan) throw invalid(s, event, `缴纳金额 ${String(event.amountYuan)} 元与通知的 ${f.amountYuan} 元不符`, `paid ${String(event.amountYuan)} yuan, the notice says ${f.amountYuan}`);
      const findings =
        event.on > f.payBy
          ? [...s.findings, warning('C-LATE-PAYMENT', `费用在缴费期限（${f.payBy}）之后缴纳（${event.on}）`, `paid (${event.on}) after the payment period (${f.payBy})`, at)]
          : s.findings;
      return { ...s, status: 'inProgress', clock: resumeClock(s.clock, event.on, cal, policy), fee: { ...f, paidOn: event.on }, findings };
    }

    case 'feeNotPaid': {
      const f = s.fee!;
      if (event.on <= f.payBy) throw invalid(s, event, `缴费期限（${f.payBy}）尚未届满`, `the payment period (until ${f.payBy}) has not ended`);
      return close({ ...s, fee: { ...f, notPaidOn: event.on } }, 'abandoned', 'abandonedNoFee', event.on, false);
    }

    case 'decide': {
      if (!isDecisionOutcome(event.outcome)) throw invalid(s, event, `答复结果“${String(event.outcome)}”无效`, `unknown outcome “${String(event.outcome)}”`);
      if (event.outcome === 'unclearAfterCorrection' && !s.correction?.receivedOn) {
        throw illegal(s, event, { zh: '未经补正，不能以“补正后申请内容仍不明确”答复', en: 'no correction was received, so “unclear after correction” cannot be the answer' });
      }
      const late = isLapsed(s.clock, event.on);
      const findings = late
        ? [...s.findings, warning('C-LATE-DECISION', `答复（${event.on}，${outcomeLabel(event.outcome)}）超过答复期限`, `the decision (${event.on}) came after the answer deadline`, at)]
        : s.findings;
      return { ...close(s, 'decided', event.outcome, event.on, late), decision: { on: event.on, outcome: event.outcome, reasons: event.reasons ?? null }, findings };
    }

    case 'deliver': {
      if (!(DELIVERY_CHANNELS as readonly string[]).includes(event.channel)) throw invalid(s, event, '送达方式无效', 'invalid delivery channel');
      return { ...s, status: 'delivered', delivery: { on: event.on, channel: event.channel } };
    }

    case 'withdraw':
      return close(s, 'withdrawn', 'otherClosed', event.on, false);

    case 'abandon': {
      const c = s.correction!;
      if (event.on <= c.dueOn) throw invalid(s, event, `补正期限（${c.dueOn}）尚未届满`, `the correction period (until ${c.dueOn}) has not ended`);
      return close(s, 'abandoned', 'abandonedNoCorrection', event.on, false);
    }

    case 'archive':
      return { ...s, status: 'archived', archivedOn: event.on };
  }
}

function close(s: CaseState, status: CaseStatus, outcome: CaseState['outcome'], on: IsoDate, late: boolean): CaseState {
  return { ...s, status, outcome, closedOn: on, closedLate: late, clock: { state: 'closed', on } };
}

/**
 * Case histories with deadlines worked out by hand (policy nextDay; the comment
 * shows the counting: "(k)" the k-th working day, "off" a notice day off).
 */
import { describe, expect, it } from 'vitest';
import { isGongkaiError, type GongkaiError } from '../shared/errors.js';
import type { CaseEvent } from './case-events.js';
import { foldCase } from './fold-case.js';
import { ctx, d, registerEvent } from './example-cases.test-util.js';

function refusal(events: CaseEvent[]): GongkaiError {
  try {
    foldCase(events, ctx);
  } catch (e) {
    if (isGongkaiError(e)) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('the 20-working-day answer period (Art. 33)', () => {
  const registered = registerEvent('2024-09-27');

  it('runs from the day after receipt across 国庆 2024: due 2024-10-30', () => {
    // 09-29 Su worked (1), 09-30 (2), 10-01..07 off, 10-08..11 (3–6), 10-12 Sa worked (7), 10-14..18 (8–12), 10-21..25 (13–17), 10-28..30 (18–20)
    const v = foldCase([registered], { ...ctx, asOf: d('2024-10-08') });
    expect(v).toMatchObject({ status: 'inProgress', receivedAt: '2024-09-27', deadline: '2024-10-30', open: true, overdue: false });
    // from 10-08: 10-09..11 (3), 10-12 (4), 10-14..18 (9), 10-21..25 (14), 10-28..30 (17)
    expect(v.workdaysLeft).toBe(17);
    // 7 working days from receipt: 09-29 (1), 09-30 (2), 10-08..10-11 (3–6), 10-12 (7)
    expect(v.correctionNoticeBy).toBe('2024-10-12');
  });

  it('is due today on the deadline, overdue the day after, and counts back in working days', () => {
    expect(foldCase([registered], { ...ctx, asOf: d('2024-10-30') })).toMatchObject({ workdaysLeft: 0, overdue: false });
    // 10-31 Th (1), 11-01 Fr (2), 11-04 Mo (3)
    expect(foldCase([registered], { ...ctx, asOf: d('2024-11-04') })).toMatchObject({ workdaysLeft: -3, overdue: true });
  });

  it('a decision on the deadline is in time; one day later is late', () => {
    const onTime = foldCase([registered, { type: 'decide', on: d('2024-10-30'), outcome: 'disclosed' }], ctx);
    expect(onTime).toMatchObject({ status: 'decided', outcome: 'disclosed', closedOn: '2024-10-30', closedLate: false, open: false, deadline: null });
    const late = foldCase([registered, { type: 'decide', on: d('2024-10-31'), outcome: 'disclosed' }], ctx);
    expect(late.closedLate).toBe(true);
    expect(late.findings.map((f) => f.rule)).toEqual(['C-LATE-DECISION']);
  });

  it('extension: once, up to 20 working days, before the period ends', () => {
    const ext: CaseEvent = { type: 'extend', on: d('2024-10-25'), workdays: 20, approver: '政务公开办主任', reason: '需调取档案', applicantNotifiedOn: d('2024-10-25') };
    // from 10-30: 10-31 (1), 11-01 (2), 11-04..08 (3–7), 11-11..15 (8–12), 11-18..22 (13–17), 11-25..27 (18–20)
    expect(foldCase([registered, ext], ctx)).toMatchObject({ deadline: '2024-11-27', extension: { workdays: 20, approver: '政务公开办主任' } });
    expect(refusal([registered, ext, { ...ext, on: d('2024-10-28') }]).code).toBe('CASE_ILLEGAL_TRANSITION');
    expect(refusal([registered, { ...ext, workdays: 21 }]).code).toBe('CASE_INVALID_EVENT');
    expect(refusal([registered, { ...ext, approver: ' ' }]).code).toBe('CASE_INVALID_EVENT');
    expect(refusal([registered, { ...ext, on: d('2024-10-31'), applicantNotifiedOn: d('2024-10-31') }]).zh).toContain('已届满');
  });
});

describe('correction (Art. 30): the period starts again from the corrected application', () => {
  const registered = registerEvent('2024-03-01');
  const request: CaseEvent = { type: 'requestCorrection', on: d('2024-03-05'), items: '请写明所需文件的名称或文号', dueOn: d('2024-03-20') };

  it('stops the clock, then restarts 20 working days from the correction: due 2024-04-16 across 清明', () => {
    const waiting = foldCase([registered, request], { ...ctx, asOf: d('2024-03-10') });
    expect(waiting).toMatchObject({ status: 'awaitingCorrection', deadline: null, waitingFor: { kind: 'correction', due: '2024-03-20', lapsed: false } });
    // from 03-18: 03-19..22 (1–4), 03-25..29 (5–9), 04-01..03 (10–12), 04-04..06 off, 04-07 Su worked (13), 04-08..12 (14–18), 04-15 (19), 04-16 (20)
    const restarted = foldCase([registered, request, { type: 'correctionReceived', on: d('2024-03-18') }], ctx);
    expect(restarted).toMatchObject({ status: 'inProgress', periodStart: '2024-03-18', deadline: '2024-04-16', correction: { receivedOn: '2024-03-18' } });
  });

  it('must come within 7 working days of receipt (a later request is a warning) and only once', () => {
    // 7 working days from 03-01: 03-04..08 (1–5), 03-11 (6), 03-12 (7)
    expect(foldCase([registered], ctx).correctionNoticeBy).toBe('2024-03-12');
    expect(foldCase([registered, { ...request, on: d('2024-03-12'), dueOn: d('2024-03-26') }], ctx).findings).toEqual([]);
    const late = foldCase([registered, { ...request, on: d('2024-03-13'), dueOn: d('2024-03-26') }], ctx);
    expect(late.findings.map((f) => f.rule)).toEqual(['C-LATE-CORRECTION-REQUEST']);
    const again = refusal([registered, request, { type: 'correctionReceived', on: d('2024-03-18') }, { ...request, on: d('2024-03-19'), dueOn: d('2024-03-29') }]);
    expect(again.code).toBe('CASE_ILLEGAL_TRANSITION');
    expect(again.zh).toContain('一次性');
  });

  it('abandonment only after the correction period, counted in 其他处理', () => {
    expect(refusal([registered, request, { type: 'abandon', on: d('2024-03-20') }]).code).toBe('CASE_INVALID_EVENT');
    expect(foldCase([registered, request, { type: 'abandon', on: d('2024-03-21') }], ctx)).toMatchObject({ status: 'abandoned', outcome: 'abandonedNoCorrection', closedOn: '2024-03-21' });
  });

  it('“unclear after correction” needs a correction first', () => {
    expect(refusal([registered, { type: 'decide', on: d('2024-03-05'), outcome: 'unclearAfterCorrection' }]).code).toBe('CASE_ILLEGAL_TRANSITION');
    const ok = foldCase([registered, request, { type: 'correctionReceived', on: d('2024-03-18') }, { type: 'decide', on: d('2024-03-25'), outcome: 'unclearAfterCorrection' }], ctx);
    expect(ok.outcome).toBe('unclearAfterCorrection');
  });
});

describe('consultation (Art. 32–34): the clock pauses', () => {
  // Received Mo 2024-05-06: 05-07..10 (1–4), 05-11 Sa worked (5), 05-13..17 (6–10), 05-20..24 (11–15), 05-27..31 (16–20)
  const registered = registerEvent('2024-05-06');
  const consult: CaseEvent = { type: 'consult', on: d('2024-05-10'), party: 'thirdParty', name: '示例物业公司' };

  it('keeps the 16 working days left on 05-10 and resumes them from the answer: due 2024-06-18 across 端午', () => {
    expect(foldCase([registered], ctx).deadline).toBe('2024-05-31');
    const paused = foldCase([registered, consult], { ...ctx, asOf: d('2024-05-20') });
    // the party's 15 days from 05-10: 05-11 (1), 05-13..17 (2–6), 05-20..24 (7–11), 05-27..30 (12–15)
    expect(paused).toMatchObject({ status: 'consulting', deadline: null, workdaysLeft: 16, overdue: false, waitingFor: { kind: 'consultation', due: '2024-05-30' } });
    // from 05-24: 05-27..31 (1–5), 06-03..07 (6–10), 06-10 off, 06-11..14 (11–14), 06-17 (15), 06-18 (16)
    const resumed = foldCase([registered, consult, { type: 'consultationAnswered', on: d('2024-05-24'), name: '示例物业公司', answer: 'consent' }], ctx);
    expect(resumed).toMatchObject({ status: 'inProgress', deadline: '2024-06-18' });
  });

  it('waits for every party consulted', () => {
    const second: CaseEvent = { type: 'consult', on: d('2024-05-13'), party: 'agency', name: '县自然资源局' };
    const one = foldCase([registered, consult, second, { type: 'consultationAnswered', on: d('2024-05-20'), name: '示例物业公司', answer: 'objection' }], ctx);
    expect(one.status).toBe('consulting');
    const both = foldCase([registered, consult, second, { type: 'consultationAnswered', on: d('2024-05-20'), name: '示例物业公司', answer: 'objection' }, { type: 'consultationAnswered', on: d('2024-05-22'), name: '县自然资源局', answer: 'consent' }], ctx);
    // 16 left from 05-22: 05-23..24 (2), 05-27..31 (7), 06-03..07 (12), 06-11..14 (16)
    expect(both).toMatchObject({ status: 'inProgress', deadline: '2024-06-14' });
  });

  it('records silence only after the 15 working days, and refuses a decision while consulting', () => {
    expect(refusal([registered, consult, { type: 'consultationAnswered', on: d('2024-05-30'), name: '示例物业公司', answer: 'noAnswer' }]).code).toBe('CASE_INVALID_EVENT');
    expect(foldCase([registered, consult, { type: 'consultationAnswered', on: d('2024-05-31'), name: '示例物业公司', answer: 'noAnswer' }], ctx).status).toBe('inProgress');
    const e = refusal([registered, consult, { type: 'decide', on: d('2024-05-20'), outcome: 'disclosed' }]);
    expect(e.code).toBe('CASE_ILLEGAL_TRANSITION');
    expect(e.zh).toBe('第 3 个事件：案件处于“征求意见中”状态，不能“作出答复”。');
    expect(e.en).toBe('Event 3: A case that is consulting cannot decide.');
    expect(refusal([registered, consult, { type: 'consultationAnswered', on: d('2024-05-20'), name: '别人', answer: 'consent' }]).code).toBe('CASE_ILLEGAL_TRANSITION');
  });
});

describe('information processing fee (109号)', () => {
  // Received Mo 2024-06-03: 06-04..07 (1–4), 06-10 off, 06-11..14 (5–8), 06-17..21 (9–13), 06-24..28 (14–18), 07-01 (19), 07-02 (20)
  const registered = registerEvent('2024-06-03', { kind: 'commercial' });
  const notice: CaseEvent = { type: 'feeNotice', on: d('2024-06-05'), basis: { method: 'perApplication', countInMonth: 11 }, amountYuan: 100, deliveredOn: d('2024-06-06') };

  it('gives 20 working days to pay from the day after delivery and pauses the answer period', () => {
    expect(foldCase([registered], ctx).deadline).toBe('2024-07-02');
    // pay by: 06-07 (1), 06-11..14 (2–5), 06-17..21 (6–10), 06-24..28 (11–15), 07-01..05 (16–20)
    const waiting = foldCase([registered, notice], { ...ctx, asOf: d('2024-06-20') });
    expect(waiting).toMatchObject({ status: 'awaitingFee', fee: { amountYuan: 100, payBy: '2024-07-05' }, workdaysLeft: 18, waitingFor: { kind: 'fee', due: '2024-07-05', lapsed: false } });
    // 18 left from 06-20: 06-21 (1), 06-24..28 (2–6), 07-01..05 (7–11), 07-08..12 (12–16), 07-15 (17), 07-16 (18)
    expect(foldCase([registered, notice, { type: 'feePaid', on: d('2024-06-20'), amountYuan: 100 }], ctx)).toMatchObject({ status: 'inProgress', deadline: '2024-07-16' });
  });

  it('non-payment closes the case only after the payment period', () => {
    expect(refusal([registered, notice, { type: 'feeNotPaid', on: d('2024-07-05') }]).code).toBe('CASE_INVALID_EVENT');
    expect(foldCase([registered, notice, { type: 'feeNotPaid', on: d('2024-07-08') }], ctx)).toMatchObject({ status: 'abandoned', outcome: 'abandonedNoFee' });
  });

  it('the amount must be the schedule’s, not zero, one notice per application, none before 2021', () => {
    expect(refusal([registered, { ...notice, amountYuan: 50 }]).zh).toContain('100 元');
    expect(refusal([registered, { ...notice, basis: { method: 'perApplication', countInMonth: 3 }, amountYuan: 0 }]).code).toBe('CASE_INVALID_EVENT');
    expect(refusal([registered, notice, { type: 'feePaid', on: d('2024-06-20'), amountYuan: 100 }, { ...notice, on: d('2024-06-21') }]).code).toBe('CASE_ILLEGAL_TRANSITION');
    expect(refusal([registerEvent('2020-06-01'), { ...notice, on: d('2020-06-02'), deliveredOn: d('2020-06-02') }]).zh).toContain('109号');
  });

  it('may count the fee period when the policy says the clock runs', () => {
    const v = foldCase([registered, notice, { type: 'feePaid', on: d('2024-06-20'), amountYuan: 100 }], { ...ctx, policy: { counting: { countFrom: 'nextDay', outsideCoverage: 'error' }, feeClock: 'running' } });
    expect(v.deadline).toBe('2024-07-02');
  });
});

describe('closing, delivery and archiving', () => {
  const registered = registerEvent('2024-09-27');

  it('a decision is delivered, then archived; withdrawal closes as 其他处理', () => {
    const done = foldCase(
      [registered, { type: 'decide', on: d('2024-10-15'), outcome: 'refused:thirdPartyRights' }, { type: 'deliver', on: d('2024-10-16'), channel: 'email' }, { type: 'archive', on: d('2024-10-20') }],
      ctx,
    );
    expect(done).toMatchObject({ status: 'archived', outcome: 'refused:thirdPartyRights', closedOn: '2024-10-15', delivery: { channel: 'email' }, archivedOn: '2024-10-20' });
    expect(foldCase([registered, { type: 'withdraw', on: d('2024-10-09') }], ctx)).toMatchObject({ status: 'withdrawn', outcome: 'otherClosed' });
  });

  it('refuses what the state does not allow, naming state and event', () => {
    const twice = refusal([registered, registered]);
    expect(twice.code).toBe('CASE_ILLEGAL_TRANSITION');
    expect(twice.zh).toBe('第 2 个事件：案件处于“办理中”状态，不能“登记”。');
    expect(refusal([registered, { type: 'archive', on: d('2024-10-01') }]).code).toBe('CASE_ILLEGAL_TRANSITION');
    expect(refusal([registered, { type: 'decide', on: d('2024-10-15'), outcome: 'disclosed' }, { type: 'decide', on: d('2024-10-16'), outcome: 'disclosed' }]).code).toBe('CASE_ILLEGAL_TRANSITION');
    expect(refusal([{ type: 'decide', on: d('2024-10-15'), outcome: 'disclosed' }]).zh).toContain('未登记');
  });

  it('refuses events out of order, bad outcomes and an empty history', () => {
    expect(refusal([registered, { type: 'decide', on: d('2024-09-26'), outcome: 'disclosed' }]).code).toBe('CASE_INVALID_EVENT');
    expect(refusal([registered, { type: 'decide', on: d('2024-10-15'), outcome: 'maybe' as never }]).code).toBe('CASE_INVALID_EVENT');
    expect(refusal([]).code).toBe('CASE_INVALID_EVENT');
  });
});

describe('registration', () => {
  it('needs a received application: an unconfirmed online application is not yet received', () => {
    const e = refusal([{ ...registerEvent('2024-09-27', { channel: 'online' }), receipt: { channel: 'online', submitted: d('2024-09-27'), confirmed: null } } as CaseEvent]);
    expect(e.code).toBe('CASE_INVALID_EVENT');
    expect(e.zh).toContain('尚未收到申请');
  });

  it('checks the application: identity document, contact, description', () => {
    const base = registerEvent('2024-09-27') as Extract<CaseEvent, { type: 'register' }>;
    const badId = { ...base, application: { ...base.application, applicant: { ...base.application.applicant, idProof: { type: 'residentIdCard' as const, number: '110105194912310021' } } } };
    expect(refusal([badId]).zh).toContain('校验不通过');
    const noContact = { ...base, application: { ...base.application, applicant: { ...base.application.applicant, contact: {} } } };
    expect(refusal([noContact]).zh).toContain('联系方式');
    const companyWithIdCard = registerEvent('2024-09-27', { kind: 'research' }) as Extract<CaseEvent, { type: 'register' }>;
    const mixed = { ...companyWithIdCard, application: { ...companyWithIdCard.application, applicant: { ...companyWithIdCard.application.applicant, idProof: { type: 'residentIdCard' as const, number: '11010519491231002X' } } } };
    expect(refusal([mixed]).zh).toContain('法人或其他组织不能以居民身份证');
  });

  it('takes the receipt date from the channel (Art. 31), warning on a late confirmation of a letter', () => {
    const base = registerEvent('2024-09-30', { channel: 'letter' }) as Extract<CaseEvent, { type: 'register' }>;
    // Arrived Sa 09-28; Su 09-29 was a working day (国庆 调休), so confirming on Mo 09-30 is a day late.
    const letter = { ...base, receipt: { channel: 'letter' as const, mail: 'ordinary' as const, arrived: d('2024-09-28'), confirmed: d('2024-09-30') } };
    const v = foldCase([letter], ctx);
    expect(v.receivedAt).toBe('2024-09-30');
    expect(v.findings.map((f) => f.rule)).toEqual(['C-RECEIPT-CONFIRMATION']);
  });
});

/**
 * @module The facts each letter kind offers its templates: the placeholder
 * values (`{{收到申请之日}}` …) and computed blocks, from the case as it stood
 * after the letter's event, the agency and the clerk's details. Dates come
 * from the case engine and the working-day calendar, never from a clock.
 */
import type { IsoDate } from '../domain/calendar/iso-date.js';
import { addWorkdays } from '../domain/calendar/workdays.js';
import type { Application } from '../domain/cases/application.js';
import type { AnswerClock, CaseState } from '../domain/cases/case-state.js';
import { DEFAULT_CASE_POLICY } from '../domain/cases/case-state.js';
import { feeFor, feeScheduleOn } from '../domain/cases/fees.js';
import { CORRECTION_NOTICE_WORKDAYS } from '../domain/cases/time-limits.js';
import type { LetterBlock } from './letter.js';
import type { ComposeInput, LetterDetails } from './letter-input.js';
import type { LetterSubject } from './letter-subject.js';
import { rich, type FactValue, type Facts } from './template.js';
import { WITHHOLDING_GROUNDS } from './templates/refusal-grounds.js';
import { CHANNEL_ZH, DELIVERY_ZH, FORM_ZH, dateZh, youOf, yuanInFigures, yuanInWords } from './wording.js';

type Values = Record<string, FactValue>;

/** Where a missing fact is given: shown in `LETTER_INCOMPLETE`. */
export const FACT_SOURCES: Readonly<Record<string, string>> = {
  机关名称: 'agency.name',
  获取途径: 'details.whereToFind',
  提供方式: 'details.provision',
  不予公开部分: 'details.withheld.part',
  不予公开理由: 'details.withheld.ground',
  理由: 'details.reasons',
  负责机关: 'details.competentAgency.name',
  缴费方式: 'agency.feePayment',
  补正事项: 'requestCorrection.items',
};

/** Text from people without the closing punctuation the template adds itself. */
function clause(text: string | null | undefined): string | undefined {
  const t = text?.trim().replace(/[\s。．.；;，,]+$/u, '');
  return t ? t : undefined;
}

const yes = (b: boolean): string | undefined => (b ? '是' : undefined);

function deadlineOf(clock: AnswerClock | undefined): IsoDate | undefined {
  return clock && (clock.state === 'running' || clock.state === 'paused') ? clock.deadline : undefined;
}

function applicantFacts(s: CaseState): Values {
  const app = s.application;
  return {
    您: youOf(app.applicant.kind),
    申请人: app.applicant.name,
    登记编号: s.caseId,
    收到申请之日: dateZh(s.receivedAt),
    申请内容: clause(app.request.description),
  };
}

function contactOf(app: Application): string {
  const c = app.applicant.contact;
  return [c.phone, c.email, c.address].map((v) => v?.trim()).filter((v): v is string => !!v).join('；');
}

function acknowledgement(subject: LetterSubject, input: ComposeInput): Facts {
  const s = subject.after;
  const app = s.application;
  const counting = (input.policy ?? DEFAULT_CASE_POLICY).counting;
  const deadline = deadlineOf(s.clock);
  const event = subject.event.type === 'register' ? subject.event : null;
  const receipt = event?.receipt;
  const mail = receipt?.channel === 'letter' ? receipt.mail : null;
  const channel = CHANNEL_ZH[app.channel] + (mail === 'signed' ? '（需签收的邮寄）' : mail === 'ordinary' ? '（平常信函）' : '');
  return {
    values: {
      ...applicantFacts(s),
      当面提交: yes(receipt?.channel === 'inPerson'),
      邮寄签收: yes(mail === 'signed'),
      平常信函: yes(mail === 'ordinary'),
      网上或传真: yes(receipt?.channel === 'online' || receipt?.channel === 'fax'),
      到达日: receipt?.channel === 'letter' && receipt.mail === 'ordinary' ? dateZh(receipt.arrived) : undefined,
      提交日: receipt?.channel === 'online' || receipt?.channel === 'fax' ? dateZh(receipt.submitted) : undefined,
      提交渠道: CHANNEL_ZH[app.channel],
      答复期限: deadline && dateZh(deadline),
      补正告知期限: dateZh(addWorkdays(input.calendar, s.receivedAt, CORRECTION_NOTICE_WORKDAYS, counting)),
    },
    blocks: {
      登记信息: {
        type: 'fields',
        caption: '申请登记信息',
        rows: [
          { label: '登记编号', value: s.caseId },
          { label: '申请人', value: app.applicant.name },
          { label: '联系方式', value: contactOf(app) },
          { label: '所需政府信息', value: app.request.description.trim() },
          { label: '获取信息的形式', value: FORM_ZH[app.request.form] },
          { label: '获取信息的途径', value: DELIVERY_ZH[app.request.delivery] },
          { label: '申请方式', value: channel },
          { label: '收到申请之日', value: dateZh(s.receivedAt) },
          { label: '答复期限', value: deadline ? `${dateZh(deadline)}前（20个工作日）` : '' },
        ],
      },
    },
  };
}

function correction(subject: LetterSubject, input: ComposeInput): Facts {
  const s = subject.after;
  const e = subject.event.type === 'requestCorrection' ? subject.event : null;
  const counting = (input.policy ?? DEFAULT_CASE_POLICY).counting;
  const by = addWorkdays(input.calendar, s.receivedAt, CORRECTION_NOTICE_WORKDAYS, counting);
  const items = (e?.items ?? '').split(/\r?\n/u).map((t) => t.trim()).filter(Boolean);
  return {
    values: {
      ...applicantFacts(s),
      七日内告知: yes(e !== null && e.on <= by),
      补正期限: e ? dateZh(e.dueOn) : undefined,
    },
    blocks: { 补正事项: items.length > 0 ? { type: 'items', items } : undefined },
  };
}

function extension(subject: LetterSubject): Facts {
  const s = subject.after;
  const e = subject.event.type === 'extend' ? subject.event : null;
  const before = deadlineOf(subject.before?.clock);
  const after = deadlineOf(s.clock);
  return {
    values: {
      ...applicantFacts(s),
      延期理由: clause(e?.reason),
      延长工作日数: e ? String(e.workdays) : undefined,
      原答复期限: before && dateZh(before),
      延长后答复期限: after && dateZh(after),
      征求意见中: yes(s.clock.state === 'paused' && s.clock.reason === 'consultation'),
    },
    blocks: {},
  };
}

function consultation(subject: LetterSubject, details: LetterDetails): Facts {
  const s = subject.after;
  const e = subject.event.type === 'consult' ? subject.event : null;
  const record = [...s.consultations].reverse().find((c) => c.name === e?.name);
  return {
    values: {
      所涉信息: clause(details.consultSubject ?? s.application.request.description),
      对方收到日: e ? dateZh(e.receivedByPartyOn ?? e.on) : undefined,
      意见期限: record && dateZh(record.answerDue),
    },
    blocks: {},
  };
}

function fee(subject: LetterSubject, input: ComposeInput): Facts {
  const s = subject.after;
  const f = s.fee;
  const schedule = f ? feeScheduleOn(f.noticeOn) : null;
  const computed = f && schedule ? feeFor(f.basis, schedule) : null;
  const head = ['计费区间', '数量', '单价（元）', '金额（元）'];
  let table: LetterBlock | undefined;
  if (computed && f) {
    const rows =
      f.basis.method === 'perApplication'
        ? computed.lines.map((l) => [`本月第${l.from}件`, '1件', yuanInFigures(l.rate), yuanInFigures(l.amountYuan)])
        : [
            ...computed.lines.map((l) => [`第${l.from}—${l.to}页`, `${l.to - l.from + 1}页`, yuanInFigures(l.rate), yuanInFigures(l.amountYuan)]),
            ['合计', `${f.basis.pages}页`, '', yuanInFigures(computed.amountYuan)],
          ];
    table = { type: 'table', caption: '信息处理费计算', head, rows };
  }
  const month = s.receivedAt;
  return {
    values: {
      ...applicantFacts(s),
      按件: yes(f?.basis.method === 'perApplication'),
      按量: yes(f?.basis.method === 'perVolume'),
      计费月份: `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`,
      当月序号: f?.basis.method === 'perApplication' ? String(f.basis.countInMonth) : undefined,
      单价: f?.basis.method === 'perApplication' && computed ? yuanInFigures(computed.amountYuan) : undefined,
      页数: f?.basis.method === 'perVolume' ? String(f.basis.pages) : undefined,
      金额: f ? yuanInFigures(f.amountYuan) : undefined,
      金额大写: f ? yuanInWords(f.amountYuan) : undefined,
      送达日: f ? dateZh(f.deliveredOn) : undefined,
      缴费期限: f ? dateZh(f.payBy) : undefined,
      缴费方式: clause(input.agency.feePayment),
    },
    blocks: { 收费计算: table },
  };
}

/** 提供方式 as the applicant asked for it (Art. 29 ¶2(3)); the clerk's `details.provision` replaces it. */
function provisionOf(app: Application): string {
  const { form, delivery } = app.request;
  if (form === 'inspection') return '请{{您}}与本机关联系，预约查阅、抄录';
  const as = form === 'any' ? '' : `以${FORM_ZH[form]}形式`;
  switch (delivery) {
    case 'collect':
      return `请{{您}}到本机关领取（${as || '不限形式'}）`;
    case 'post':
      return `现${as}邮寄给{{您}}`;
    case 'email':
      return `现${as}通过电子邮件发送给{{您}}`;
    case 'online':
      return `现${as}通过网上申请平台提供给{{您}}`;
    case 'fax':
      return `现${as}通过传真发送给{{您}}`;
  }
}

function decision(subject: LetterSubject, input: ComposeInput, details: LetterDetails): Facts {
  const s = subject.after;
  const c = s.correction;
  const f = s.fee;
  const withheld = details.withheld;
  return {
    values: {
      ...applicantFacts(s),
      获取途径: clause(details.whereToFind),
      提供方式: details.provision !== undefined ? clause(details.provision) : rich(provisionOf(s.application)),
      不予公开部分: clause(withheld?.part),
      不予公开理由: withheld ? rich(WITHHOLDING_GROUNDS[withheld.ground]) : undefined,
      理由: clause(details.reasons ?? s.decision?.reasons),
      负责机关: clause(details.competentAgency?.name),
      负责机关联系方式: clause(details.competentAgency?.contact),
      办理渠道: clause(details.channel),
      前次答复: clause(details.previousAnswer),
      检索情况: clause(details.search),
      补正告知日: c ? dateZh(c.requestedOn) : undefined,
      补正收到日: c?.receivedOn ? dateZh(c.receivedOn) : undefined,
      补正期限: c ? dateZh(c.dueOn) : undefined,
      收费通知日: f ? dateZh(f.noticeOn) : undefined,
      缴费期限: f ? dateZh(f.payBy) : undefined,
      第三方不同意: yes(s.consultations.some((x) => x.party === 'thirdParty' && x.answer === 'objection')),
      复议去处: input.agency.reconsiderationBody?.trim() ? `向${input.agency.reconsiderationBody.trim()}` : '依法',
      诉讼去处: input.agency.court?.trim() ? `向${input.agency.court.trim()}` : '依法向人民法院',
    },
    blocks: {},
  };
}

/** The facts of one letter. */
export function factsFor(subject: LetterSubject, input: ComposeInput): Facts {
  const details = input.details ?? {};
  switch (subject.event.type) {
    case 'register':
      return acknowledgement(subject, input);
    case 'requestCorrection':
      return correction(subject, input);
    case 'extend':
      return extension(subject);
    case 'consult':
      return consultation(subject, details);
    case 'feeNotice':
      return fee(subject, input);
    default:
      return decision(subject, input, details);
  }
}

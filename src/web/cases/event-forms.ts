/**
 * @module One form per event a case allows now (`allowedEvents`), and reading
 * a posted form back into a `CaseEvent`. Fields are the event's own; the fee
 * notice computes its amount from the basis (`feeFor`). What the domain
 * refuses (an illegal step, a wrong day) it refuses with its own bilingual
 * error; here only the shape of the input is checked.
 */
import { html } from 'hono/html';
import { isIsoDate, type IsoDate } from '../../domain/calendar/iso-date.js';
import { DELIVERY_CHANNELS } from '../../domain/cases/application.js';
import { eventLabel, type CaseEvent, type CaseEventType } from '../../domain/cases/case-events.js';
import { feeFor, feeScheduleOn, type FeeBasis } from '../../domain/cases/fees.js';
import type { CaseView } from '../../domain/cases/fold-case.js';
import { DECISION_OUTCOMES, isDecisionOutcome, outcomeLabel } from '../../domain/cases/outcome.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { field, type FormBody } from '../form.js';
import type { Markup } from '../views/markup.js';
import { DELIVERY_ZH } from './case-labels.js';
import { selectInput, textArea, textInput } from './form-fields.js';

function bad(zh: string, en: string): GongkaiError {
  return new GongkaiError('INVALID_VALUE', { zh, en });
}

function day(body: FormBody, name: string, label: string, optional = false): IsoDate | undefined {
  const v = field(body, name);
  if (!v && optional) return undefined;
  if (!isIsoDate(v)) throw bad(`请填写有效的${label}（年-月-日）。`, `Enter a valid date for ${name} (YYYY-MM-DD).`);
  return v;
}

function text(body: FormBody, name: string, label: string, max = 2000): string {
  const v = field(body, name);
  if (!v) throw bad(`请填写${label}。`, `${name} is required.`);
  if (v.length > max) throw bad(`${label}不能超过 ${max} 个字。`, `${name} is too long.`);
  return v;
}

function whole(body: FormBody, name: string, label: string, min: number, max: number): number {
  const v = field(body, name);
  if (!/^\d{1,6}$/.test(v) || Number(v) < min || Number(v) > max) throw bad(`${label}须为 ${min} 至 ${max} 之间的整数。`, `${name} must be a whole number from ${min} to ${max}.`);
  return Number(v);
}

/** The fee basis posted with a fee notice. */
function feeBasis(body: FormBody): FeeBasis {
  return field(body, 'method') === 'perVolume'
    ? { method: 'perVolume', pages: whole(body, 'pages', '页数', 1, 1_000_000) }
    : { method: 'perApplication', countInMonth: whole(body, 'countInMonth', '当月申请序号', 1, 10_000) };
}

/** The event a form describes; `INVALID_VALUE` when a field is missing or malformed. */
export function readEvent(type: CaseEventType, body: FormBody, view: CaseView): CaseEvent {
  const on = day(body, 'on', '日期')!;
  switch (type) {
    case 'requestCorrection':
      return { type, on, items: text(body, 'items', '需补正的事项'), dueOn: day(body, 'dueOn', '补正期限')! };
    case 'correctionReceived':
    case 'feeNotPaid':
    case 'abandon':
    case 'archive':
      return { type, on };
    case 'extend':
      return {
        type,
        on,
        workdays: whole(body, 'workdays', '延长的工作日数', 1, 20),
        approver: text(body, 'approver', '批准人', 100),
        reason: text(body, 'reason', '延长理由'),
        applicantNotifiedOn: day(body, 'applicantNotifiedOn', '告知申请人之日')!,
      };
    case 'consult': {
      const party = field(body, 'party') === 'agency' ? 'agency' : 'thirdParty';
      const received = day(body, 'receivedByPartyOn', '对方收到之日', true);
      return { type, on, party, name: text(body, 'name', '被征求意见方名称', 200), ...(received ? { receivedByPartyOn: received } : {}) };
    }
    case 'consultationAnswered': {
      const answer = field(body, 'answer');
      if (answer !== 'consent' && answer !== 'objection' && answer !== 'noAnswer') throw bad('请选择对方的意见。', 'Choose the answer.');
      return { type, on, name: text(body, 'name', '被征求意见方名称', 200), answer };
    }
    case 'feeNotice': {
      const basis = feeBasis(body);
      const schedule = feeScheduleOn(on);
      if (!schedule) throw bad('该日期没有适用的收费标准。', 'No fee schedule applies on that day.');
      const delivered = day(body, 'deliveredOn', '通知送达之日', true);
      return { type, on, basis, amountYuan: feeFor(basis, schedule).amountYuan, ...(delivered ? { deliveredOn: delivered } : {}) };
    }
    case 'feePaid':
      return { type, on, amountYuan: view.fee?.amountYuan ?? whole(body, 'amountYuan', '金额', 1, 10_000_000) };
    case 'decide': {
      const outcome = field(body, 'outcome');
      if (!isDecisionOutcome(outcome)) throw bad('请选择答复结果。', 'Choose the outcome.');
      const reasons = field(body, 'reasons');
      return { type, on, outcome, ...(reasons ? { reasons } : {}) };
    }
    case 'deliver': {
      const channel = field(body, 'channel');
      if (!(DELIVERY_CHANNELS as readonly string[]).includes(channel)) throw bad('请选择送达方式。', 'Choose how it was delivered.');
      return { type, on, channel: channel as (typeof DELIVERY_CHANNELS)[number] };
    }
    case 'withdraw': {
      const reason = field(body, 'reason');
      return { type, on, ...(reason ? { reason } : {}) };
    }
    case 'register':
      throw bad('已登记的案件不能再次登记。', 'A registered case cannot be registered again.');
  }
}

/** The fields of an event's form (the day, the seq and the CSRF token are added by the caller). */
export function eventFields(type: CaseEventType, view: CaseView, today: IsoDate): Markup | '' {
  const p = `e-${type}`;
  const f = (o: Parameters<typeof textInput>[0]) => textInput({ idPrefix: p, ...o });
  switch (type) {
    case 'requestCorrection':
      return html`${textArea({ idPrefix: p, name: 'items', label: '需补正的事项（每行一项）', required: true })}${f({ name: 'dueOn', label: '补正期限', type: 'date', required: true })}`;
    case 'extend':
      return html`${f({ name: 'workdays', label: '延长的工作日数（1–20）', type: 'number', value: '20', required: true })}${f({ name: 'approver', label: '批准人（政府信息公开工作机构负责人）', required: true })}${textArea({ idPrefix: p, name: 'reason', label: '延长理由', required: true })}${f({ name: 'applicantNotifiedOn', label: '告知申请人之日', type: 'date', value: today, required: true })}`;
    case 'consult':
      return html`${selectInput({ idPrefix: p, name: 'party', label: '被征求意见方', options: [['thirdParty', '第三方（第三十二条）'], ['agency', '其他机关（第三十四条）']] })}${f({ name: 'name', label: '名称', required: true })}${f({ name: 'receivedByPartyOn', label: '对方收到征求意见函之日（可空）', type: 'date' })}`;
    case 'consultationAnswered':
      return html`${selectInput({ idPrefix: p, name: 'name', label: '被征求意见方', options: view.consultations.filter((x) => x.answeredOn === null).map((x) => [x.name, x.name] as const) })}${selectInput({
        idPrefix: p,
        name: 'answer',
        label: '意见',
        options: [['consent', '同意公开'], ['objection', '不同意公开'], ['noAnswer', '逾期未答复']],
      })}`;
    case 'feeNotice':
      return html`${selectInput({ idPrefix: p, name: 'method', label: '计费方式', options: [['perApplication', '按件计收'], ['perVolume', '按量计收']], hint: '金额按国办函〔2020〕109号的标准自动计算。' })}${f({ name: 'countInMonth', label: '按件：本月第几件申请', type: 'number', value: '11' })}${f({ name: 'pages', label: '按量：页数', type: 'number' })}${f({ name: 'deliveredOn', label: '收费通知送达之日（可空，默认当日）', type: 'date' })}`;
    case 'feePaid':
      return view.fee ? html`<p>应缴金额：${view.fee.amountYuan} 元</p>` : f({ name: 'amountYuan', label: '金额（元）', type: 'number', required: true });
    case 'decide':
      return html`${selectInput({ idPrefix: p, name: 'outcome', label: '答复结果', required: true, placeholder: '请选择', options: DECISION_OUTCOMES.map((o) => [o, outcomeLabel(o)] as const) })}${textArea({ idPrefix: p, name: 'reasons', label: '理由（可空）' })}`;
    case 'deliver':
      return selectInput({ idPrefix: p, name: 'channel', label: '送达方式', value: view.application.request.delivery, options: DELIVERY_CHANNELS.map((d) => [d, DELIVERY_ZH[d]] as const) });
    case 'withdraw':
      return textArea({ idPrefix: p, name: 'reason', label: '撤回理由（可空）' });
    default:
      return '';
  }
}

export function eventTitle(type: CaseEventType): string {
  return eventLabel(type).zh;
}

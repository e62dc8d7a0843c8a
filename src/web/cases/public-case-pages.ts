/**
 * @module The public's case pages: 申请公开 (the application form), the receipt
 * with the case number and the lookup code (shown once, printable), 查询办理进度
 * (case number + code) and the status page. None of them ever shows the
 * applicant's name, identity document or contact, not even back to the
 * applicant: the status page is reached with a code that can be passed on.
 */
import { html } from 'hono/html';
import type { Agency } from '../../domain/agency/agency.js';
import { APPLICANT_KINDS, ID_DOCUMENT_TYPES } from '../../domain/cases/applicant.js';
import { DELIVERY_CHANNELS, REQUESTED_FORMS } from '../../domain/cases/application.js';
import { eventLabel } from '../../domain/cases/case-events.js';
import { STATUS_LABELS } from '../../domain/cases/case-state.js';
import { outcomeLabel } from '../../domain/cases/outcome.js';
import type { PublicCaseStatus } from '../../persistence/repositories/cases/case-queries.js';
import type { LetterKind } from '../../letters/letter.js';
import { LETTER_KIND_LABELS } from '../../letters/letter.js';
import type { Principal } from '../auth/principal.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import { page } from '../views/layout.js';
import type { Markup } from '../views/markup.js';
import type { ApplicationValues, FieldErrors } from './application-form.js';
import { APPLICANT_KIND_ZH, DELIVERY_ZH, FORM_ZH, ID_TYPE_ZH, dateZh, waitingZh } from './case-labels.js';
import { errorSummary, selectInput, textArea, textInput } from './form-fields.js';
import { agencySelect } from './agency-choice.js';

export interface ApplyView {
  readonly principal: Principal;
  readonly csrfToken: string;
  readonly agencies: readonly Agency[];
  readonly values?: ApplicationValues;
  readonly errors?: FieldErrors;
  /** Where the form posts (the public page, or the staff registration). */
  readonly action?: string;
  readonly title?: string;
  /** Extra fields before the submit button (the staff's channel and receipt days). */
  readonly extra?: Markup;
  readonly intro?: Markup;
  /** Before the heading (the staff's case navigation). */
  readonly nav?: Markup;
}

/** The applicant and request fields, shared by the public form and the staff's registration form. */
export function applicationFields(v: ApplyView): Markup {
  const val = v.values ?? {};
  const err = v.errors ?? {};
  return html`${agencySelect({ name: 'agency', label: '受理机关', value: val.agency ?? '', error: err.agency, required: true, placeholder: '请选择机关', agencies: v.agencies, hint: '按所属地区分组，同一组中先列本级机关，再列其下属部门。' })}
<fieldset><legend>申请人</legend>
${selectInput({ name: 'kind', label: '申请人类型', value: val.kind ?? 'naturalPerson', error: err.kind, required: true, options: APPLICANT_KINDS.map((k) => [k, k === 'naturalPerson' ? '自然人' : `法人或其他组织：${APPLICANT_KIND_ZH[k]}`] as const) })}
${textInput({ name: 'name', label: '姓名或单位名称', value: val.name ?? '', error: err.name, required: true, autocomplete: 'name' })}
${selectInput({ name: 'idType', label: '身份证明类型', value: val.idType ?? 'residentIdCard', error: err.idType, required: true, options: ID_DOCUMENT_TYPES.map((t) => [t, ID_TYPE_ZH[t]] as const), hint: '自然人：居民身份证、护照等；法人或其他组织：统一社会信用代码。' })}
${textInput({ name: 'idNumber', label: '证件号码', value: val.idNumber ?? '', error: err.idNumber, required: true, autocomplete: 'off' })}
</fieldset>
<fieldset><legend>联系方式（至少填写一项）</legend>
${textInput({ name: 'phone', label: '联系电话', type: 'tel', value: val.phone ?? '', error: err.phone, autocomplete: 'tel', inputmode: 'tel' })}
${textInput({ name: 'email', label: '电子邮箱', type: 'email', value: val.email ?? '', error: err.email, autocomplete: 'email' })}
${textInput({ name: 'address', label: '通信地址', value: val.address ?? '', error: err.address, autocomplete: 'street-address' })}
</fieldset>
<fieldset><legend>所需信息</legend>
${textArea({ name: 'description', label: '所需政府信息的名称、文号或者便于查询的其他特征性描述', value: val.description ?? '', error: err.description, required: true })}
${selectInput({ name: 'form', label: '获取信息的形式', value: val.form ?? 'electronic', error: err.form, required: true, options: REQUESTED_FORMS.map((f) => [f, FORM_ZH[f]] as const) })}
${selectInput({ name: 'delivery', label: '获取信息的途径', value: val.delivery ?? 'online', error: err.delivery, required: true, options: DELIVERY_CHANNELS.map((d) => [d, DELIVERY_ZH[d]] as const) })}
</fieldset>`;
}

export function applyPage(v: ApplyView): string {
  const title = v.title ?? '申请政府信息公开';
  return page({
    title: v.errors ? `（有错误）${title}` : title,
    principal: v.principal,
    body: html`${v.nav ?? ''}<h1>${title}</h1>
${v.intro ?? html`<p>依据《中华人民共和国政府信息公开条例》第二十七条至第二十九条，您可以向行政机关申请获取政府信息。提交后会得到案件编号和查询码，凭二者可查询办理进度。</p>
<p class="hint">您的姓名、证件号码和联系方式只用于办理本申请，不会在查询页面显示。</p>`}
${errorSummary(v.errors ?? {})}
<form method="post" action="${v.action ?? '/apply'}" novalidate>
<input type="hidden" name="${CSRF_FIELD}" value="${v.csrfToken}">
${applicationFields(v)}
${v.extra ?? ''}
<button type="submit">提交申请</button>
</form>`,
  });
}

export interface ReceiptView {
  readonly principal: Principal;
  readonly caseNumber: string;
  readonly lookupCode: string;
  readonly agencyName: string;
  readonly receivedAt: string;
  readonly deadline: string | null;
}

export function receiptPage(v: ReceiptView): string {
  return page({
    title: '申请已提交',
    principal: v.principal,
    body: html`<h1>申请已提交</h1>
<div class="receipt notice" role="status">
<dl>
<dt>受理机关</dt><dd>${v.agencyName}</dd>
<dt>案件编号</dt><dd><strong>${v.caseNumber}</strong></dd>
<dt>收到申请之日</dt><dd>${dateZh(v.receivedAt as never)}</dd>
${v.deadline ? html`<dt>答复期限</dt><dd>${dateZh(v.deadline as never)}（第三十三条：收到申请之日起 20 个工作日内）</dd>` : ''}
<dt>查询码</dt><dd><span class="lookup-code">${v.lookupCode}</span></dd>
</dl>
</div>
<p><strong>请立即记下或打印本页：查询码只显示这一次，无法找回。</strong>凭案件编号和查询码可在“<a href="/status">查询办理进度</a>”查看办理情况和下载告知书。</p>
<p class="no-print"><a href="/apply">再提交一份申请</a></p>`,
  });
}

export interface StatusFormView {
  readonly principal: Principal;
  readonly csrfToken: string;
  readonly caseNumber?: string;
  readonly notFound?: boolean;
  readonly limited?: boolean;
}

export function statusFormPage(v: StatusFormView): string {
  const error = v.limited ? '查询次数过多，请 15 分钟后再试。' : v.notFound ? '没有找到与该案件编号和查询码对应的申请。请核对后重试（查询码不区分大小写，可省略连字符）。' : undefined;
  return page({
    title: error ? '（有错误）查询办理进度' : '查询办理进度',
    principal: v.principal,
    body: html`<h1>查询办理进度</h1>
${error ? html`<div class="error-box" role="alert" id="status-error"><p>${error}</p></div>` : ''}
<form method="post" action="/status">
<input type="hidden" name="${CSRF_FIELD}" value="${v.csrfToken}">
${textInput({ name: 'caseNumber', label: '案件编号', value: v.caseNumber ?? '', required: true, hint: '例如：兴和县人民政府〔2026〕依申第12号', autocomplete: 'off' })}
${textInput({ name: 'code', label: '查询码', required: true, autocomplete: 'off', hint: '提交申请时显示的查询码，例如 K7QH-2MXD-9TPA' })}
<button type="submit">查询</button>
</form>`,
  });
}

export interface StatusView {
  readonly principal: Principal;
  readonly csrfToken: string;
  readonly status: PublicCaseStatus;
  /** The code as entered, to carry into the letter download forms (never shown). */
  readonly code: string;
  readonly letters: readonly LetterKind[];
  readonly today: string;
}

export function statusPage(v: StatusView): string {
  const s = v.status;
  const open = s.closedOn === null;
  return page({
    title: `办理进度 ${s.caseNumber}`,
    principal: v.principal,
    body: html`<h1>办理进度</h1>
<dl class="case-facts">
<dt>案件编号</dt><dd>${s.caseNumber}</dd>
<dt>受理机关</dt><dd>${s.agencyName}</dd>
<dt>当前状态</dt><dd><strong>${STATUS_LABELS[s.status].zh}</strong></dd>
<dt>收到申请之日</dt><dd>${dateZh(s.receivedAt)}</dd>
${open && s.deadline ? html`<dt>答复期限</dt><dd>${dateZh(s.deadline)}</dd>` : ''}
${open && s.waitingFor ? html`<dt>等待事项</dt><dd>${waitingZh(s.waitingFor)}</dd>` : ''}
${s.closedOn ? html`<dt>办结之日</dt><dd>${dateZh(s.closedOn)}</dd>` : ''}
${s.outcome ? html`<dt>办理结果</dt><dd>${outcomeLabel(s.outcome)}</dd>` : ''}
</dl>
<h2>办理经过</h2>
<ol class="timeline">${s.steps.map((st) => html`<li>${dateZh(st.on)}：${eventLabel(st.type).zh}</li>`)}</ol>
<h2>告知书</h2>
${
  v.letters.length === 0
    ? html`<p>暂无可下载的告知书。</p>`
    : html`<ul class="plain">${v.letters.map(
        (k) => html`<li><form method="post" action="/status/letter" class="inline-form">
<input type="hidden" name="${CSRF_FIELD}" value="${v.csrfToken}"><input type="hidden" name="caseNumber" value="${s.caseNumber}"><input type="hidden" name="code" value="${v.code}"><input type="hidden" name="kind" value="${k}">
<span>${LETTER_KIND_LABELS[k]}</span> <button type="submit" name="format" value="docx" class="link">下载 Word（DOCX）</button> <button type="submit" name="format" value="pdf" class="link">下载 PDF</button></form></li>`,
      )}</ul>`
}
<p class="hint">查询日期：${dateZh(v.today as never)}。本页不显示申请人的个人信息。</p>
<p><a href="/status">查询其他申请</a></p>`,
  });
}

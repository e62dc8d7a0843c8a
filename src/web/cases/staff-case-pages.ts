/**
 * @module The clerks' case pages: 依申请案件 (the inbox: fewest working days
 * left first, overdue and due-soon rows marked in words as well as colour),
 * 登记来信来访申请 (an application by letter, in person or by fax) and the case
 * page (application, history with attachments, letters, and a form for every
 * step allowed now, each carrying the event number the page was made from).
 */
import { html } from 'hono/html';
import type { IsoDate } from '../../domain/calendar/iso-date.js';
import { maskApplicant } from '../../domain/cases/mask.js';
import { eventLabel, type CaseEvent, type CaseEventType } from '../../domain/cases/case-events.js';
import { STATUS_LABELS } from '../../domain/cases/case-state.js';
import { outcomeLabel } from '../../domain/cases/outcome.js';
import { LETTER_KIND_LABELS, type LetterKind } from '../../letters/letter.js';
import type { CaseRecord } from '../../persistence/repositories/cases/case-queries.js';
import type { InboxItem } from '../../persistence/repositories/cases/list-inbox.js';
import { WITHHOLDING_GROUNDS } from '../../letters/templates/refusal-grounds.js';
import type { Principal } from '../auth/principal.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import { page } from '../views/layout.js';
import { minute } from '../views/format-time.js';
import type { Markup } from '../views/markup.js';
import { errorBox, type PageError } from '../views/error-box.js';
import { APPLICANT_KIND_ZH, CHANNEL_ZH, DELIVERY_ZH, FORM_ZH, ID_TYPE_ZH, dateZh, daysLeftZh, waitingZh } from './case-labels.js';
import { eventFields, eventTitle } from './event-forms.js';
import { textInput } from './form-fields.js';
import { casesNav } from './cases-nav.js';

type Staff = Extract<Principal, { kind: 'user' }>;

export interface InboxView {
  readonly principal: Staff;
  readonly items: readonly InboxItem[];
  readonly next: string | null;
  readonly first: boolean;
  readonly today: IsoDate;
}

function inboxRow(i: InboxItem): Markup {
  const cls = i.overdue ? 'overdue' : i.dueSoon ? 'due-soon' : '';
  const flag = i.overdue ? html`<span class="tag">已超期</span>` : i.dueSoon ? html`<span class="tag">即将到期</span>` : '';
  return html`<tr class="${cls}"><th scope="row"><a href="/cases/${i.caseId}">${i.caseNumber}</a></th><td>${i.agencyName}</td><td>${i.applicantName}（${APPLICANT_KIND_ZH[i.applicantKind]}）</td><td>${dateZh(i.receivedAt)}</td><td>${STATUS_LABELS[i.status].zh}${i.waitingFor ? html`<br><span class="hint">${waitingZh(i.waitingFor)}</span>` : ''}</td><td>${i.deadline ? dateZh(i.deadline) : '—'}</td><td class="days">${flag}${daysLeftZh(i.workdaysLeft)}</td></tr>`;
}

export function inboxPage(v: InboxView): string {
  return page({
    title: '依申请案件',
    principal: v.principal,
    body: html`${casesNav(v.principal, 'inbox')}
<h1>依申请案件</h1>
<p class="hint">按剩余工作日从少到多排列（${dateZh(v.today)}）：已超期的在最前，标“已超期”；3 个工作日内到期的标“即将到期”；等待补正的案件期限中止，排在最后。</p>
${
  v.items.length === 0
    ? html`<p>${v.first ? '没有正在办理的案件。' : '没有更多案件。'}</p>`
    : html`<div class="table-wrap"><table class="list"><caption>正在办理的案件</caption><thead><tr><th scope="col">案件编号</th><th scope="col">机关</th><th scope="col">申请人</th><th scope="col">收到之日</th><th scope="col">状态</th><th scope="col">答复期限</th><th scope="col">剩余</th></tr></thead>
<tbody>${v.items.map(inboxRow)}</tbody></table></div>`
}
<nav class="pager" aria-label="分页">${v.first ? '' : html`<a href="/cases">第一页</a>`}${v.next ? html`<a href="/cases?after=${encodeURIComponent(v.next)}">下一页</a>` : ''}</nav>`,
  });
}

export interface CasePageView {
  readonly principal: Staff;
  readonly record: CaseRecord;
  readonly agencyName: string;
  /** The staff who handle the case see personal data; others see it masked. */
  readonly personal: boolean;
  readonly canAct: boolean;
  readonly allowed: readonly CaseEventType[];
  readonly letters: readonly LetterKind[];
  readonly today: IsoDate;
  readonly error?: PageError;
  readonly done?: string;
  /** A lookup code just reissued: shown on this response only. */
  readonly newLookupCode?: string;
  /** Earlier reissues of the lookup code, newest first (from the audit log; never the codes). */
  readonly lookupReissues?: readonly { readonly at: Date; readonly actor: string }[];
}

function eventDetails(e: CaseEvent): string {
  switch (e.type) {
    case 'register':
      return `${CHANNEL_ZH[e.application.channel]}`;
    case 'requestCorrection':
      return `补正期限 ${dateZh(e.dueOn)}；事项：${e.items}`;
    case 'extend':
      return `延长 ${e.workdays} 个工作日，理由：${e.reason}；批准人：${e.approver}；${dateZh(e.applicantNotifiedOn)}告知申请人`;
    case 'consult':
      return `${e.party === 'agency' ? '其他机关' : '第三方'}：${e.name}`;
    case 'consultationAnswered':
      return `${e.name}：${{ consent: '同意公开', objection: '不同意公开', noAnswer: '逾期未答复' }[e.answer]}`;
    case 'feeNotice':
      return `${e.basis.method === 'perApplication' ? `按件（本月第 ${e.basis.countInMonth} 件）` : `按量（${e.basis.pages} 页）`}，${e.amountYuan} 元`;
    case 'feePaid':
      return `${e.amountYuan} 元`;
    case 'decide':
      return `${outcomeLabel(e.outcome)}${e.reasons ? `；理由：${e.reasons}` : ''}`;
    case 'deliver':
      return DELIVERY_ZH[e.channel];
    case 'withdraw':
      return e.reason ?? '';
    default:
      return '';
  }
}

function applicationSection(v: CasePageView): Markup {
  const app = v.record.view.application;
  const a = v.personal ? app.applicant : maskApplicant(app.applicant);
  return html`<h2>申请</h2>
${v.personal ? '' : html`<p class="hint">申请人的个人信息已隐去（仅本机关经办人可见）。</p>`}
<dl class="case-facts">
<dt>申请人</dt><dd>${a.name}（${APPLICANT_KIND_ZH[a.kind]}）</dd>
<dt>身份证明</dt><dd>${ID_TYPE_ZH[a.idProof.type]} ${a.idProof.number}</dd>
${a.contact.phone ? html`<dt>电话</dt><dd>${a.contact.phone}</dd>` : ''}
${a.contact.email ? html`<dt>电子邮箱</dt><dd>${a.contact.email}</dd>` : ''}
${a.contact.address ? html`<dt>地址</dt><dd>${a.contact.address}</dd>` : ''}
<dt>所需信息</dt><dd>${app.request.description}</dd>
<dt>获取形式</dt><dd>${FORM_ZH[app.request.form]}</dd>
<dt>获取途径</dt><dd>${DELIVERY_ZH[app.request.delivery]}</dd>
<dt>申请渠道</dt><dd>${CHANNEL_ZH[app.channel]}</dd>
</dl>`;
}

function letterForms(v: CasePageView): Markup {
  const id = v.record.case.id;
  if (v.letters.length === 0) return html`<p>暂无文书。</p>`;
  return html`<p class="hint">文书按案件记录生成；答复告知书等需要经办人补充的内容（如获取途径、检索情况、不予公开部分）请填入下面的栏目，未用到的可空着。PDF 需要服务器安装 Chromium。</p>
${v.letters.map(
  (k) => html`<details><summary>${LETTER_KIND_LABELS[k]}</summary><form method="get" action="/cases/${id}/letters/${k}">
${k === 'decision'
    ? html`${textInput({ idPrefix: `l-${k}`, name: 'whereToFind', label: '获取途径（已主动公开等）' })}${textInput({ idPrefix: `l-${k}`, name: 'search', label: '检索情况（信息不存在时）' })}${textInput({ idPrefix: `l-${k}`, name: 'withheldPart', label: '不予公开的部分（部分公开时）' })}<div class="field"><label for="l-${k}-withheldGround">不予公开的理由</label><select id="l-${k}-withheldGround" name="withheldGround"><option value="">（无）</option>${Object.entries(WITHHOLDING_GROUNDS).map(([g, text]) => html`<option value="${g}">${text.replace(/，根据.*$/, '')}</option>`)}</select></div>${textInput({ idPrefix: `l-${k}`, name: 'competentAgency', label: '负责公开的机关（非本机关负责时）' })}${textInput({ idPrefix: `l-${k}`, name: 'channel', label: '办理渠道（不予处理等）' })}${textInput({ idPrefix: `l-${k}`, name: 'previousAnswer', label: '前次答复（重复申请时）' })}`
    : ''}
${k === 'fee' ? textInput({ idPrefix: `l-${k}`, name: 'feePayment', label: '缴费方式', required: true }) : ''}
${k === 'consultation' ? textInput({ idPrefix: `l-${k}`, name: 'party', label: '被征求意见方（默认最近一次）' }) : ''}
<button type="submit" name="format" value="docx">下载 Word（DOCX）</button> <button type="submit" name="format" value="pdf">下载 PDF</button>
</form></details>`,
)}`;
}

function actionForms(v: CasePageView): Markup {
  const id = v.record.case.id;
  const seq = v.record.events.length;
  const csrf = v.principal.csrfToken ?? '';
  if (!v.canAct) return html`<p class="hint">您可以查看本案，但办理由本机关经办人进行。</p>`;
  if (v.allowed.length === 0) return html`<p>本案已办结归档，无可办理的事项。</p>`;
  return html`<div class="event-forms">${v.allowed.map(
    (t) => html`<details${v.error?.code && v.allowed.length === 1 ? html` open` : ''}><summary>${eventTitle(t)}</summary>
<form method="post" action="/cases/${id}/events/${t}" enctype="multipart/form-data">
<input type="hidden" name="${CSRF_FIELD}" value="${csrf}"><input type="hidden" name="expectedSeq" value="${seq}">
${textInput({ idPrefix: `e-${t}`, name: 'on', label: '日期', type: 'date', value: v.today, required: true })}
${eventFields(t, v.record.view, v.today)}
<div class="field"><label for="e-${t}-files">附件（可多选，可空）</label><input type="file" id="e-${t}-files" name="files" multiple></div>
<button type="submit">记录“${eventTitle(t)}”</button>
</form></details>`,
  )}</div>`;
}

function lookupCodeSection(v: CasePageView): Markup | '' {
  if (!v.personal) return '';
  return html`<h2>查询码</h2>
<p>申请人凭案件编号和查询码在“查询办理进度”页面查看本案。平台不保存查询码本身，无法找回。申请人遗失查询码时，请先核实其身份，再重新生成：原查询码随即失效，新查询码只显示一次。</p>
${
    v.lookupReissues?.length
      ? html`<p>重新生成记录（共 ${v.lookupReissues.length} 次）：</p><ul class="reissues">${v.lookupReissues.map((r) => html`<li>${minute(r.at)}，${r.actor}</li>`)}</ul>`
      : html`<p>查询码未曾重新生成。</p>`
  }
<form method="post" action="/cases/${v.record.case.id}/lookup-code" class="no-print"><input type="hidden" name="${CSRF_FIELD}" value="${v.principal.csrfToken ?? ''}"><button type="submit">重新生成查询码</button></form>`;
}

export function casePage(v: CasePageView): string {
  const r = v.record;
  const view = r.view;
  const csrf = v.principal.csrfToken ?? '';
  return page({
    title: `案件 ${r.case.caseNumber}`,
    principal: v.principal,
    body: html`${casesNav(v.principal, null)}
<h1>${r.case.caseNumber}</h1>
${errorBox(v.error, 'case-error')}
${v.done ? html`<div class="notice" role="status"><p>${v.done}</p></div>` : ''}
${
  v.newLookupCode
    ? html`<div class="notice receipt" role="status" id="new-lookup-code"><p>已重新生成查询码，原查询码已失效。请把新查询码告诉申请人（只显示这一次）：</p><p><span class="lookup-code">${v.newLookupCode}</span></p></div>`
    : ''
}
<dl class="case-facts">
<dt>机关</dt><dd>${v.agencyName}</dd>
<dt>状态</dt><dd><strong>${STATUS_LABELS[view.status].zh}</strong>${view.overdue ? html` <span class="tag">已超期</span>` : ''}</dd>
<dt>收到申请之日</dt><dd>${dateZh(view.receivedAt)}</dd>
${view.deadline ? html`<dt>答复期限</dt><dd>${dateZh(view.deadline)}（${daysLeftZh(view.workdaysLeft)}）</dd>` : ''}
${view.waitingFor ? html`<dt>等待事项</dt><dd>${waitingZh(view.waitingFor)}${view.waitingFor.lapsed ? '，已逾期' : ''}</dd>` : ''}
${view.correctionNoticeBy ? html`<dt>补正告知最迟</dt><dd>${dateZh(view.correctionNoticeBy)}</dd>` : ''}
${view.outcome ? html`<dt>结果</dt><dd>${outcomeLabel(view.outcome)}${view.closedLate ? '（逾期答复）' : ''}</dd>` : ''}
</dl>
${view.findings.length ? html`<div class="notice"><p>办理提示：</p><ul>${view.findings.map((f) => html`<li>${f.message.zh}</li>`)}</ul></div>` : ''}
${applicationSection(v)}
<h2>办理经过</h2>
<ol class="timeline">${r.events.map(
  (e) => html`<li><strong>${dateZh(e.event.on)} ${eventLabel(e.event.type).zh}</strong> ${eventDetails(e.event)}
${e.attachments.length ? html`<ul>${e.attachments.map((a) => html`<li><a href="/cases/${r.case.id}/attachments/${a.id}" download>${a.name}</a></li>`)}</ul>` : ''}
${v.canAct ? html`<form method="post" action="/cases/${r.case.id}/events/${e.seq}/attachments" enctype="multipart/form-data" class="no-print"><input type="hidden" name="${CSRF_FIELD}" value="${csrf}"><label for="att-${e.seq}">补充附件</label><input type="file" id="att-${e.seq}" name="files" multiple required> <button type="submit">上传</button></form>` : ''}</li>`,
)}</ol>
<h2>办理</h2>
${actionForms(v)}
<h2>文书</h2>
${letterForms(v)}
${lookupCodeSection(v)}`,
  });
}

/**
 * @module 用案件数据生成年度报告 in two steps: choose the agency and year, then
 * the draft — Tables 3 and 4 as computed from the cases and the review
 * register (read only: the numbers are not the clerk's to change), and the
 * six sections drafted with those figures in text areas the clerk edits
 * before saving. The form carries the digest of the figures it was drafted
 * from, so that a draft overtaken by new data is not saved unseen.
 */
import { html, raw } from 'hono/html';
import type { Agency } from '../../domain/agency/agency.js';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { SECTIONS, type SectionKey } from '../../domain/annual-report/sections.js';
import { table3Html, table4Html } from '../../render/html/tables.js';
import { TABLE_NAMES } from '../../render/layout.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import { errorBox, type PageError } from '../views/error-box.js';
import { page } from '../views/layout.js';
import type { Markup } from '../views/markup.js';
import { agencySelect } from './agency-choice.js';
import type { Staff } from './case-access.js';
import { casesNav } from './cases-nav.js';
import { errorSummary, textArea, textInput } from './form-fields.js';

export interface ReportChoiceView {
  readonly principal: Staff;
  readonly agencies: readonly Agency[];
  readonly year: number;
  readonly error?: string;
}

export function reportChoicePage(v: ReportChoiceView): string {
  return page({
    title: v.error ? '（有错误）用案件数据生成年度报告' : '用案件数据生成年度报告',
    principal: v.principal,
    body: html`${casesNav(v.principal, 'annualReport')}
<h1>用案件数据生成年度报告</h1>
<p>按所选机关和年度的案件、复议诉讼登记和<a href="/cases/table2">表二数据</a>起草年度报告：表三、表四由案件数据统计，正文六个部分按统计数字自动起草。起草后可以修改正文，保存后在报告页查看、下载和核对。同样的内容再次保存不会重复保存。</p>
${v.error ? html`<div class="error-box" role="alert"><p>${v.error}</p></div>` : ''}
<form method="get" action="/cases/annual-report/draft">
${agencySelect({ name: 'agency', label: '机关', required: true, agencies: v.agencies, ...(v.agencies.length === 1 ? { value: String(v.agencies[0]!.id) } : {}) })}
${textInput({ name: 'year', label: '年度', type: 'number', value: String(v.year), required: true })}
<button type="submit">起草</button></form>`,
  });
}

export interface ReportDraftView {
  readonly principal: Staff;
  readonly agency: Agency;
  readonly year: number;
  /** The report as generated now: its figures are shown, its sections are the draft. */
  readonly model: AnnualReport;
  readonly digest: string;
  /** The text to show in each section (the draft, or what the clerk posted). */
  readonly sections: Readonly<Record<SectionKey, string>>;
  readonly errors?: Partial<Record<SectionKey, string>>;
  readonly error?: PageError;
  /** The report saved before, when there is one; `fits`: its figures are today's, so its text is shown. */
  readonly saved?: { readonly reportId: number; readonly version: number; readonly fits: boolean };
}

function savedNote(v: ReportDraftView): Markup {
  if (!v.saved) return html``;
  const link = html`<a href="/reports/${v.saved.reportId}">已保存的报告（第 ${v.saved.version} 版）</a>`;
  return v.saved.fits
    ? html`<p class="notice" id="draft-source">正文为上次保存的内容（${link}），统计数字此后没有变化。</p>`
    : html`<p class="notice" id="draft-source">上次保存之后统计数字已有变化，正文已按新数字重新起草；上次保存的正文见${link}，可从中复制需要保留的段落。</p>`;
}

export function reportDraftPage(v: ReportDraftView): string {
  const title = `起草年度报告：${v.agency.name} ${v.year} 年度`;
  const noMarks = { marks: new Map() };
  return page({
    title: v.errors && Object.keys(v.errors).length ? `（有错误）${title}` : title,
    principal: v.principal,
    body: html`${casesNav(v.principal, 'annualReport')}
<h1>${title}</h1>
<p class="notice">表三、表四的数字由案件和复议诉讼登记统计，表二取自<a href="/cases/table2?agency=${v.agency.id}&amp;year=${v.year}">表二数据</a>，在这里不能修改。正文是按这些数字自动起草的，请核对、修改和补充后保存；数字以表格为准，正文中的数字与表格不符时，报告页会给出提示（W5）。</p>
${errorBox(v.error, 'draft-error')}
${savedNote(v)}
<h2>统计数据（只读）</h2>
${raw(table3Html(v.model, TABLE_NAMES.table3, noMarks))}
${raw(table4Html(v.model, TABLE_NAMES.table4, noMarks))}
<h2>正文</h2>
${errorSummary(v.errors ?? {}, 's')}
<form method="post" action="/cases/annual-report" novalidate>
<input type="hidden" name="${CSRF_FIELD}" value="${v.principal.csrfToken ?? ''}"><input type="hidden" name="agency" value="${v.agency.id}"><input type="hidden" name="year" value="${v.year}"><input type="hidden" name="figures" value="${v.digest}">
${SECTIONS.map((s) => textArea({ idPrefix: 's', name: s.key, label: s.heading, value: v.sections[s.key], error: v.errors?.[s.key], rows: 10 }))}
<button type="submit">保存年度报告</button>
</form>
<p><a href="/cases/annual-report">选择其他机关或年度</a></p>`,
  });
}

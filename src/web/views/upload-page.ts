/**
 * @module 上传: one or many files in one multipart form, and the result of
 * each file (stored, already stored, waiting for an agency, or the coded
 * bilingual error). With the page's script (`assets/upload.js`) the same form
 * gains a drop zone, one request per file with a progress bar, and a result
 * row per file announced in a live region; without it, nothing is lost.
 */
import { html } from 'hono/html';
import type { Agency } from '../../domain/agency/agency.js';
import type { Message } from '../../domain/shared/finding.js';
import { assetPath } from '../assets/static-assets.js';
import { canAssign, type Principal } from '../auth/principal.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import { storedOutcome, type StoredOutcome } from '../upload/store-upload.js';
import { page } from './layout.js';
import type { Markup } from './markup.js';

export type FileResult =
  | { readonly name: string; readonly ok: true; readonly reportId: number; readonly created: boolean; readonly matched: boolean; readonly errors: number; readonly warnings: number }
  | { readonly name: string; readonly ok: false; readonly code: string; readonly message: Message };

export interface UploadView {
  readonly principal: Extract<Principal, { kind: 'user' }>;
  readonly agencies: readonly Agency[];
  readonly results?: readonly FileResult[];
}

const OUTCOME_TEXT: Readonly<Record<StoredOutcome, string>> = {
  stored: '已入库',
  unmatched: '已入库，待匹配机关（已进入待匹配队列）',
  duplicate: '此前已入库（未重复保存）',
};

/** One file's row; `data-outcome` is stored, unmatched, duplicate or error (the script's rows use the same words). */
function resultRow(r: FileResult, queueLink: boolean): Markup {
  if (!r.ok) {
    return html`<tr class="finding-error" data-outcome="error"><th scope="row">${r.name}</th><td>失败：<code>${r.code}</code> ${r.message.zh} <span lang="en">(${r.message.en})</span>；未保存任何内容。</td></tr>`;
  }
  const outcome = storedOutcome(r.created, r.matched);
  const what = OUTCOME_TEXT[outcome];
  return html`<tr data-outcome="${outcome}"><th scope="row">${r.name}</th><td>${what}：<a href="/reports/${r.reportId}">报告 ${r.reportId}</a>（错误 ${r.errors} 项，警告 ${r.warnings} 项）${
    outcome === 'unmatched' && queueLink ? html` <a href="/queue">去指定机关</a>` : ''
  }</td></tr>`;
}

export function uploadPage(v: UploadView): string {
  const p = v.principal;
  const agencyField =
    p.role === 'clerk'
      ? html`<p class="hint">报告将归入您所在的机关。</p>`
      : html`<label for="agency">机关（可选）</label>
<select id="agency" name="agency" aria-describedby="agency-hint"><option value="">按报告自称的机关自动匹配</option>${v.agencies.map((a) => html`<option value="${a.id}">${a.name}</option>`)}</select>
<p class="hint" id="agency-hint">不选时按报告中的机关名称自动匹配；无法唯一确定的进入待匹配队列。</p>`;
  const results = v.results
    ? html`<section aria-labelledby="results-heading"><h2 id="results-heading">上传结果</h2>
<div class="table-wrap"><table class="list" id="upload-results"><caption>每个文件的结果</caption><thead><tr><th scope="col">文件</th><th scope="col">结果</th></tr></thead>
<tbody>${v.results.map((r) => resultRow(r, canAssign(p)))}</tbody></table></div></section>`
    : '';
  return page({
    title: '上传报告',
    principal: p,
    scripts: [assetPath('upload.js')],
    body: html`<h1>上传报告</h1>
${results}
<form method="post" action="/upload" enctype="multipart/form-data" id="upload-form">
<input type="hidden" name="${CSRF_FIELD}" value="${p.csrfToken ?? ''}">
<label for="file">报告文件（可多选）</label>
<input type="file" id="file" name="file" multiple required aria-describedby="file-hint">
<p class="hint" id="file-hint">支持网页、Word、PDF、Excel、Markdown、纯文本，以及本系统导出的 JSON、CSV；单个文件不超过 50 MB。</p>
<div id="drop-zone" class="drop-zone" role="button" tabindex="0" hidden><strong>把报告文件拖放到这里</strong><br>或按 Enter 键选择文件；文件选好即逐个上传，下方显示每个文件的进度和结果。</div>
${agencyField}
<label for="year">年度（可选）</label>
<input type="number" id="year" name="year" min="2008" max="2100" inputmode="numeric">
<div><button type="submit">上传</button></div>
</form>
<section id="upload-progress-section" aria-labelledby="progress-heading"${canAssign(p) ? html` data-queue="/queue"` : ''} hidden><h2 id="progress-heading">上传进度</h2>
<div class="table-wrap"><table class="list" id="upload-progress"><caption>每个文件的上传进度与结果</caption>
<thead><tr><th scope="col">文件</th><th scope="col">进度</th><th scope="col">结果</th></tr></thead>
<tbody id="upload-progress-body"></tbody></table></div></section>
<div id="upload-status" role="status" aria-live="polite" class="visually-hidden"></div>`,
  });
}

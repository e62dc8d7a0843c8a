/**
 * @module 更正: change one cell (or give a blank cell a value) with a reason.
 * The form carries the version the person saw, so a concurrent change is a
 * 409 with a clear message instead of a silent overwrite.
 */
import { html } from 'hono/html';
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import { getCell } from '../../domain/annual-report/report.js';
import type { ReportVersion, StoredReport } from '../../persistence/repositories/reports/report-row.js';
import type { Principal } from '../auth/principal.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import { page } from './layout.js';

export interface CorrectView {
  readonly principal: Extract<Principal, { kind: 'user' }>;
  readonly report: StoredReport;
  readonly current: ReportVersion;
  readonly error?: { readonly zh: string; readonly en: string };
  readonly values?: { readonly path?: string; readonly value?: string; readonly reason?: string };
}

export function correctPage(v: CorrectView): string {
  const model = v.current.model;
  const flagged = new Set(v.current.findings.flatMap((f) => (f.severity === 'info' ? [] : f.paths)));
  const options = cellSpecs(model.format).map((s) => {
    const value = getCell(model, s.path);
    const label = `${flagged.has(s.path) ? '⚠ ' : ''}${s.label}（现值：${value === null || value === undefined ? '空白' : value}）`;
    return html`<option value="${s.path}" ${v.values?.path === s.path ? 'selected' : ''}>${label}</option>`;
  });
  return page({
    title: '更正单元格',
    principal: v.principal,
    body: html`<h1>更正单元格</h1>
<p><a href="/reports/${v.report.id}">返回报告</a>（当前第 ${v.report.version} 版）</p>
${v.error ? html`<div class="error-box" role="alert" id="correct-error"><p>${v.error.zh}</p><p lang="en">${v.error.en}</p></div>` : ''}
<form method="post" action="/reports/${v.report.id}/correct">
<input type="hidden" name="${CSRF_FIELD}" value="${v.principal.csrfToken ?? ''}">
<input type="hidden" name="expectedVersion" value="${v.report.version}">
<label for="path">单元格</label>
<select id="path" name="path" required aria-describedby="path-hint">${options}</select>
<p class="hint" id="path-hint">带 ⚠ 的单元格有校验发现。</p>
<label for="value">新值</label>
<input type="text" id="value" name="value" inputmode="decimal" value="${v.values?.value ?? ''}" aria-describedby="value-hint">
<p class="hint" id="value-hint">留空表示该单元格在原文中为空白。</p>
<label for="reason">更正理由（必填）</label>
<textarea id="reason" name="reason" required>${v.values?.reason ?? ''}</textarea>
<div><button type="submit">保存更正</button></div>
</form>`,
  });
}

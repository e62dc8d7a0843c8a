/**
 * @module 待匹配: reports whose agency could not be determined, each with a
 * form to assign one.
 */
import { html } from 'hono/html';
import type { Agency } from '../../domain/agency/agency.js';
import type { StoredReport } from '../../persistence/repositories/reports/report-row.js';
import type { Principal } from '../auth/principal.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import { page } from './layout.js';

export interface QueueView {
  readonly principal: Extract<Principal, { kind: 'user' }>;
  readonly reports: readonly StoredReport[];
  readonly agencies: readonly Agency[];
  readonly notice?: string;
}

export function queuePage(v: QueueView): string {
  const rows = v.reports.map(
    (r) => html`<tr>
<th scope="row"><a href="/reports/${r.id}">${r.agencyName ?? '（报告未写机关）'}</a></th>
<td>${r.year ?? '—'}</td>
<td>${r.sourceName ?? '—'}</td>
<td><form method="post" action="/queue/${r.id}/assign">
<input type="hidden" name="${CSRF_FIELD}" value="${v.principal.csrfToken ?? ''}">
<label for="agency-${r.id}" class="visually-hidden">报告 ${r.id} 的机关</label>
<select id="agency-${r.id}" name="agency" required><option value="">选择机关</option>${v.agencies.map((a) => html`<option value="${a.id}">${a.name}</option>`)}</select>
<button type="submit">指定</button>
</form></td>
</tr>`,
  );
  return page({
    title: '待匹配',
    principal: v.principal,
    body: html`<h1>待匹配的报告</h1>
${v.notice ? html`<p class="notice" role="status">${v.notice}</p>` : ''}
${
  v.reports.length
    ? html`<div class="table-wrap"><table class="list"><caption>无法按名称唯一确定机关的报告</caption>
<thead><tr><th scope="col">报告自称机关</th><th scope="col">年度</th><th scope="col">文件</th><th scope="col">指定机关</th></tr></thead>
<tbody>${rows}</tbody></table></div>`
    : html`<p class="notice">没有待匹配的报告。</p>`
}`,
  });
}

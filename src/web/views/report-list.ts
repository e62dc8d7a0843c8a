/**
 * @module 首页: published reports with filters (year, agency) and keyset paging.
 */
import { html } from 'hono/html';
import type { Agency } from '../../domain/agency/agency.js';
import type { StoredReport } from '../../persistence/repositories/reports/report-row.js';
import type { Principal } from '../auth/principal.js';
import { page } from './layout.js';

export interface ReportListView {
  readonly principal: Principal;
  readonly reports: readonly StoredReport[];
  readonly agencies: readonly Agency[];
  readonly years: readonly number[];
  readonly filter: { readonly year?: number; readonly agencyId?: number };
  /** The `after` cursor of the next page, when there is one. */
  readonly nextAfter: number | null;
  readonly isFirstPage: boolean;
}

export function agencyLabel(r: StoredReport, names: ReadonlyMap<number, string>): string {
  return (r.agencyId !== null ? names.get(r.agencyId) : undefined) ?? r.agencyName ?? '（未识别机关）';
}

function query(filter: ReportListView['filter'], after?: number): string {
  const q = new URLSearchParams();
  if (filter.year !== undefined) q.set('year', String(filter.year));
  if (filter.agencyId !== undefined) q.set('agency', String(filter.agencyId));
  if (after !== undefined) q.set('after', String(after));
  const s = q.toString();
  return s ? `/?${s}` : '/';
}

export function reportListPage(v: ReportListView): string {
  const names = new Map(v.agencies.map((a) => [a.id, a.name]));
  const rows = v.reports.map(
    (r) => html`<tr>
<th scope="row"><a href="/reports/${r.id}">${agencyLabel(r, names)}</a></th>
<td>${r.year ?? '—'}</td>
<td>${r.format === '2019' ? '2019 版' : '2021 版'}</td>
<td>${r.agencyName ?? '—'}</td>
<td>${r.version}</td>
</tr>`,
  );
  const table = v.reports.length
    ? html`<div class="table-wrap"><table class="list">
<caption>已公开的年度报告</caption>
<thead><tr><th scope="col">机关</th><th scope="col">年度</th><th scope="col">表格格式</th><th scope="col">报告自称机关</th><th scope="col">版本</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>`
    : html`<p class="notice">没有符合条件的报告。</p>`;
  const pager = html`<nav class="pager" aria-label="分页">
${v.isFirstPage ? '' : html`<a href="${query(v.filter)}">第一页</a>`}
${v.nextAfter !== null ? html`<a href="${query(v.filter, v.nextAfter)}" rel="next">下一页</a>` : ''}
</nav>`;
  return page({
    title: '年度报告',
    principal: v.principal,
    body: html`<h1>政府信息公开工作年度报告</h1>
<form method="get" action="/" class="filters" role="search" aria-label="筛选报告">
<div><label for="f-year">年度</label><select id="f-year" name="year"><option value="">全部年度</option>${v.years.map(
      (y) => html`<option value="${y}" ${v.filter.year === y ? 'selected' : ''}>${y}年</option>`,
    )}</select></div>
<div><label for="f-agency">机关</label><select id="f-agency" name="agency"><option value="">全部机关</option>${v.agencies.map(
      (a) => html`<option value="${a.id}" ${v.filter.agencyId === a.id ? 'selected' : ''}>${a.name}</option>`,
    )}</select></div>
<div><button type="submit">筛选</button></div>
</form>
${table}
${pager}`,
  });
}

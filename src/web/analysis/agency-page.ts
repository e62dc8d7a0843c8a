/**
 * @module 机关页 (`/agencies/:id`): where the agency sits in the tree, its published reports by
 * year, and its trends — charts drawn on the server with the numbers in tables beside them.
 */
import { html } from 'hono/html';
import type { Principal } from '../auth/principal.js';
import { page } from '../views/layout.js';
import type { Markup } from '../views/markup.js';
import { LEVEL_LABELS } from './analysis-tables.js';
import { breadcrumbs, downloadLinks } from './page-parts.js';
import type { AgencyView } from './load.js';

export interface AgencyPageView extends AgencyView {
  readonly principal: Principal;
  readonly trendSections: readonly Markup[];
}

function reportsTable(v: AgencyPageView): Markup {
  if (v.reports.length === 0) return html`<p class="notice">尚无已公开的年度报告。</p>`;
  const current = new Set(v.trends.reports.flatMap((r) => (r ? [r.reportId] : [])));
  return html`<div class="table-wrap"><table class="list">
<caption>${v.agency.name}的年度报告</caption>
<thead><tr><th scope="col">年度</th><th scope="col">报告</th><th scope="col">表格格式</th><th scope="col">采用情况</th></tr></thead>
<tbody>${v.reports.map(
    (r) => html`<tr>
<th scope="row">${r.year ?? '年度不明'}</th>
<td><a href="/reports/${r.id}">${r.sourceName ?? `报告 ${r.id}`}</a></td>
<td>${r.format} 格式</td>
<td>${current.has(r.id) ? '当年现行报告' : r.year === null ? '年度不明，未纳入分析' : '已被同年较新的报告取代'}</td>
</tr>`,
  )}</tbody>
</table></div>`;
}

export function agencyPage(v: AgencyPageView): string {
  const a = v.agency;
  const t = v.trends;
  const latest = v.regionYears[0];
  const region =
    latest !== undefined
      ? html`<ul class="inline-list">
<li><a href="/regions/${a.id}/${latest}">${v.children.length ? '本地区汇总与报送情况' : '汇总与报送情况'}（${latest}年度）</a></li>
${v.children.length ? html`<li><a href="/regions/${a.id}/${latest}/comparison">各机关比较（${latest}年度）</a></li>` : ''}
</ul>`
      : '';
  return page({
    title: `${a.name}`,
    principal: v.principal,
    body: html`${breadcrumbs(v.ancestors, a.name)}
<h1>${a.name}</h1>
<dl class="summary-list">
<div><dt>层级</dt><dd>${LEVEL_LABELS[a.level]}</dd></div>
<div><dt>上级机关</dt><dd>${v.ancestors.length ? v.ancestors[v.ancestors.length - 1]!.name : '无'}</dd></div>
<div><dt>已公开报告</dt><dd>${v.reports.length} 份</dd></div>
</dl>
${region}
${
  v.children.length
    ? html`<section aria-labelledby="children-heading"><h2 id="children-heading">下级机关</h2>
<ul class="inline-list">${v.children.map((c) => html`<li><a href="/agencies/${c.id}">${c.name}</a></li>`)}</ul></section>`
    : ''
}
<section aria-labelledby="reports-heading">
<h2 id="reports-heading">历年报告</h2>
${reportsTable(v)}
</section>
<section aria-labelledby="trends-heading">
<h2 id="trends-heading">历年趋势</h2>
${
  t.years.length
    ? html`<p class="hint">每年取当年的现行报告。“空白”表示报告中相关单元格空白（不按 0 计），“无此项”表示该年所用表格格式没有此项，“无报告”表示该年没有报告。</p>
${downloadLinks(`/agencies/${a.id}/download`, 'trends', '趋势数据')}
${v.trendSections}`
    : html`<p class="notice">尚无可用于趋势的报告。</p>`
}
</section>`,
  });
}

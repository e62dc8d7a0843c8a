/**
 * @module 比较页 (`/regions/:id/:year/comparison`): the rates of every agency below a node with a
 * report that year, sorted by a column through plain links (no script); rates on too few cases
 * are marked and never ranked.
 */
import { html } from 'hono/html';
import type { Agency } from '../../domain/agency/agency.js';
import { METRICS, METRIC_KEYS, MIN_CASES, type Rate, type RankedRow, type SortDirection, type SortKey } from '../../domain/analysis/comparison.js';
import type { Principal } from '../auth/principal.js';
import { page } from '../views/layout.js';
import type { Markup } from '../views/markup.js';
import { breadcrumbs, downloadLinks, yearNav } from './page-parts.js';
import { formulaText } from './analysis-tables.js';

export interface ComparisonPageView {
  readonly principal: Principal;
  readonly region: { readonly id: number; readonly name: string };
  readonly year: number;
  readonly ancestors: readonly Agency[];
  readonly years: readonly number[];
  readonly rows: readonly RankedRow[];
  /** Agencies of the subtree without a report that year. */
  readonly missing: number;
  readonly sort: SortKey;
  readonly dir: SortDirection;
}

export function percent(v: number): string {
  return `${(v * 100).toFixed(1)}%`;
}

function rateCell(rate: Rate): Markup {
  switch (rate.status) {
    case 'ok':
      return html`<td class="num">${percent(rate.value)}<br><span class="hint">${rate.numerator}/${rate.denominator}</span></td>`;
    case 'tooFew':
      return rate.value === null
        ? html`<td class="num">—<span class="tag tag-few">无案件</span></td>`
        : html`<td class="num">${percent(rate.value)}<span class="tag tag-few">样本过小</span><br><span class="hint">${rate.numerator}/${rate.denominator}</span></td>`;
    case 'incomplete':
      return html`<td class="num missing">数据不全</td>`;
  }
}

export function comparisonQuery(sort: SortKey, dir: SortDirection): string {
  return `?sort=${sort}&dir=${dir}`;
}

export function comparisonPage(v: ComparisonPageView): string {
  const base = `/regions/${v.region.id}/${v.year}/comparison`;
  const head = (key: SortKey, label: string): Markup => {
    const active = v.sort === key;
    const nextDir: SortDirection = active ? (v.dir === 'asc' ? 'desc' : 'asc') : key === 'name' ? 'asc' : 'desc';
    const sortState = active ? (v.dir === 'asc' ? 'ascending' : 'descending') : undefined;
    const hint = active ? (v.dir === 'asc' ? '（升序，点击改为降序）' : '（降序，点击改为升序）') : '（点击排序）';
    return html`<th scope="col" ${sortState ? html`aria-sort="${sortState}"` : ''}><a class="sort-link" href="${base}${comparisonQuery(key, nextDir)}">${label}<span class="visually-hidden">${hint}</span>${active ? (v.dir === 'asc' ? ' ▲' : ' ▼') : ''}</a></th>`;
  };
  const sortedBy = v.sort === 'name' ? '机关名称' : METRICS[v.sort].label.zh;
  return page({
    title: `${v.region.name} ${v.year}年度各机关比较`,
    principal: v.principal,
    body: html`${breadcrumbs([...v.ancestors, { id: v.region.id, name: v.region.name }], `${v.year}年度比较`)}
<h1>${v.region.name}${v.year}年度各机关比较</h1>
${yearNav(v.years, v.year, (y) => `/regions/${v.region.id}/${y}/comparison${comparisonQuery(v.sort, v.dir)}`)}
<p><a href="/regions/${v.region.id}/${v.year}">返回${v.year}年度汇总</a></p>
<section aria-labelledby="defs-heading">
<h2 id="defs-heading">指标说明</h2>
<ul>${METRIC_KEYS.map((k) => html`<li><strong>${METRICS[k].label.zh}</strong> = ${formulaText(k)}</li>`)}</ul>
<p class="hint">分母少于 ${MIN_CASES} 件的比率照常列出，标为“样本过小”，不参加排名：件数太少时一件之差就使比率变动十个百分点以上。所需单元格空白的标为“数据不全”，不按 0 计算。</p>
</section>
<section aria-labelledby="table-heading">
<h2 id="table-heading">比较表</h2>
<p>共 ${v.rows.length} 个机关有${v.year}年度报告${v.missing ? `，另有 ${v.missing} 个机关未报送` : ''}。当前按“${sortedBy}”${v.dir === 'asc' ? '升序' : '降序'}排列${v.sort === 'name' ? '' : '，排名只计可比的机关，并列者名次相同'}。</p>
${downloadLinks(`${base}/download`, 'comparison', '比较表', comparisonQuery(v.sort, v.dir))}
${
  v.rows.length
    ? html`<div class="table-wrap"><table class="list">
<caption>${v.region.name}${v.year}年度各机关比较（按${sortedBy}${v.dir === 'asc' ? '升序' : '降序'}）</caption>
<thead><tr><th scope="col">排名</th>${head('name', '机关')}${METRIC_KEYS.map((k) => head(k, METRICS[k].label.zh))}</tr></thead>
<tbody>${v.rows.map(
        (r) => html`<tr><td class="num">${r.rank ?? '—'}</td><th scope="row"><a href="/agencies/${r.agency.id}">${r.agency.name}</a> <a class="hint" href="/reports/${r.reportId}">报告</a></th>${METRIC_KEYS.map((k) => rateCell(r.metrics[k]))}</tr>`,
      )}</tbody>
</table></div>`
    : html`<p class="notice">${v.year}年度尚无已公开的报告。</p>`
}
</section>`,
  });
}

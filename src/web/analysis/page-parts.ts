/**
 * @module Pieces the analysis pages share: the breadcrumb trail of the agency tree, the download
 * links of a table, a year navigation.
 */
import { html } from 'hono/html';
import type { Markup } from '../views/markup.js';

export function breadcrumbs(ancestors: readonly { readonly id: number; readonly name: string }[], here: string): Markup {
  return html`<nav class="crumbs" aria-label="机关层级"><ol>
${ancestors.map((a) => html`<li><a href="/agencies/${a.id}">${a.name}</a></li>`)}
<li aria-current="page">${here}</li>
</ol></nav>`;
}

/** `base/table.csv` and `base/table.xlsx`; `query` is kept (e.g. the sort order). */
export function downloadLinks(base: string, table: string, label: string, query = ''): Markup {
  return html`<p class="downloads">下载${label}：<a href="${base}/${table}.xlsx${query}" download>Excel（XLSX）</a> · <a href="${base}/${table}.csv${query}" download>CSV</a></p>`;
}

export function yearNav(years: readonly number[], current: number, href: (y: number) => string): Markup {
  if (years.length < 2) return html``;
  return html`<nav class="year-nav" aria-label="选择年度"><ul>${years.map((y) =>
    y === current ? html`<li><a href="${href(y)}" aria-current="page"><strong>${y}年度</strong></a></li>` : html`<li><a href="${href(y)}">${y}年度</a></li>`,
  )}</ul></nav>`;
}

/**
 * @module 机关 (`/agencies`): the agency tree, two levels below each top agency, every entry
 * linked to its agency page, and each top agency to its region roll-up. Deeper levels are on
 * the agency pages, so the list stays short for a province of thousands of agencies.
 */
import { html } from 'hono/html';
import type { AgencyTree } from '../../domain/agency/agency.js';
import type { Principal } from '../auth/principal.js';
import { page } from '../views/layout.js';
import type { Markup } from '../views/markup.js';

/** Levels listed below each top agency. */
const SHOWN_DEPTH = 2;

function branch(nodes: readonly AgencyTree[], depth: number): Markup {
  if (nodes.length === 0) return html``;
  return html`<ul>${nodes.map(
    (n) => html`<li><a href="/agencies/${n.id}">${n.name}</a>${
      depth < SHOWN_DEPTH ? branch(n.children, depth + 1) : n.children.length ? html`<span class="hint">（下级机关 ${n.children.length} 个）</span>` : ''
    }</li>`,
  )}</ul>`;
}

export function agencyIndexPage(principal: Principal, roots: readonly AgencyTree[]): string {
  return page({
    title: '机关与汇总',
    principal,
    body: html`<h1>机关与汇总</h1>
<p>选择机关查看其历年报告与趋势；选择地区查看所辖机关的年度汇总、报送情况与比较。</p>
${
  roots.length
    ? roots.map(
        (r) => html`<section aria-labelledby="root-${r.id}">
<h2 id="root-${r.id}"><a href="/agencies/${r.id}">${r.name}</a></h2>
<p><a href="/regions/${r.id}">${r.name}年度汇总与比较</a></p>
${branch(r.children, 1)}
</section>`,
      )
    : html`<p class="notice">尚未建立机关目录。</p>`
}`,
  });
}

/**
 * @module The navigation between the staff's case pages, the same on each of
 * them: the page the user is on is marked `aria-current="page"` (and shown as
 * such), links a role cannot use are left out.
 */
import { html } from 'hono/html';
import type { Markup } from '../views/markup.js';
import { canHandle, type Staff } from './case-access.js';

export type CasesPage = 'inbox' | 'new' | 'reviews' | 'table2' | 'annualReport' | 'overview';

const LINKS: readonly { readonly page: CasesPage; readonly href: string; readonly label: string; readonly shown: (p: Staff) => boolean }[] = [
  { page: 'inbox', href: '/cases', label: '依申请案件', shown: () => true },
  { page: 'new', href: '/cases/new', label: '登记来信、来访或传真申请', shown: canHandle },
  { page: 'reviews', href: '/cases/reviews', label: '行政复议和诉讼登记', shown: () => true },
  { page: 'table2', href: '/cases/table2', label: '表二数据', shown: () => true },
  { page: 'annualReport', href: '/cases/annual-report', label: '用案件数据生成年度报告', shown: () => true },
  { page: 'overview', href: '/cases/overview', label: '督查概览', shown: (p) => p.role !== 'clerk' },
];

export function casesNav(p: Staff, current: CasesPage | null): Markup {
  return html`<nav class="cases-nav" aria-label="依申请公开"><ul>${LINKS.filter((l) => l.shown(p)).map((l) =>
    l.page === current ? html`<li><a href="${l.href}" aria-current="page">${l.label}</a></li>` : html`<li><a href="${l.href}">${l.label}</a></li>`,
  )}</ul></nav>`;
}

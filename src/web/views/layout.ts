/**
 * @module The page shell: language, landmarks (banner, navigation, main,
 * contentinfo), a skip link, the navigation for the signed-in role, and a
 * sign-out form carrying the CSRF token. The stylesheet is one cached file
 * (`/assets/site.<hash>.css`). No inline scripts; a page may load script files
 * (progressive enhancement only).
 */
import { html } from 'hono/html';
import { ROLE_LABELS, canAssign, type Principal } from '../auth/principal.js';
import { canManageAgencies } from '../auth/agency-access.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import type { Markup } from './markup.js';
import { assetPath } from '../assets/static-assets.js';

export interface PageOptions {
  readonly title: string;
  readonly principal: Principal;
  readonly body: Markup;
  /** Script URLs (`assets/static-assets.ts`), loaded deferred; the page must work without them. */
  readonly scripts?: readonly string[];
}

function nav(p: Principal): Markup {
  const staff =
    p.kind === 'user'
      ? html`<li><a href="/cases">依申请案件</a></li><li><a href="/upload">上传报告</a></li>${canAssign(p) ? html`<li><a href="/queue">待匹配</a></li>` : ''}${canManageAgencies(p) ? html`<li><a href="/admin/agencies">机关管理</a></li>` : ''}`
      : '';
  const account =
    p.kind === 'user'
      ? html`<li><a href="/account">${p.user.displayName}（${ROLE_LABELS[p.role]}）</a></li>
          <li><form method="post" action="/logout"><input type="hidden" name="${CSRF_FIELD}" value="${p.csrfToken ?? ''}"><button type="submit" class="link">退出</button></form></li>`
      : html`<li><a href="/apply">申请公开</a></li><li><a href="/status">查询办理进度</a></li><li><a href="/login">登录</a></li>`;
  return html`<nav aria-label="主导航"><ul><li><a href="/">报告列表</a></li><li><a href="/agencies">机关与汇总</a></li>${staff}${account}</ul></nav>`;
}

/**
 * The finished document, as a plain string: hono's Node adapter writes a string body as it is,
 * while a `String` object (what `html` makes) is first turned into a web stream and read back.
 */
export function page(o: PageOptions): string {
  const document = html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} - 政府信息公开年度报告</title>
<link rel="stylesheet" href="${assetPath('site.css')}">
${(o.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body>
<a class="skip-link" href="#main">跳到正文</a>
<header class="site-header" role="banner">
<a class="brand" href="/">政府信息公开年度报告</a>
${nav(o.principal)}
</header>
<main id="main" tabindex="-1">
${o.body}
</main>
<footer role="contentinfo"><p class="hint">gongkai · 数据来自各机关公开发布的政府信息公开工作年度报告。</p></footer>
</body>
</html>`;
  if (document instanceof Promise) throw new TypeError('pages are rendered synchronously');
  return document.toString();
}

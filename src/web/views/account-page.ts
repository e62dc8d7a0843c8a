/**
 * @module 账户: the signed-in user's API tokens (create, revoke; a new token is
 * shown once) and, for administrators, the users (create with a random
 * password shown once).
 */
import { html } from 'hono/html';
import type { Agency } from '../../domain/agency/agency.js';
import type { ApiTokenInfo } from '../../persistence/repositories/accounts/api-tokens.js';
import type { User } from '../../persistence/repositories/accounts/users.js';
import { ROLE_LABELS, type Principal } from '../auth/principal.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import { minute } from './format-time.js';
import { page } from './layout.js';

export interface AccountView {
  readonly principal: Extract<Principal, { kind: 'user' }>;
  readonly tokens: readonly ApiTokenInfo[];
  readonly agencies: readonly Agency[];
  /** Administrators only. */
  readonly users: readonly User[] | null;
  /** A secret to show once: a new token or a new user's password. */
  readonly secret?: { readonly label: string; readonly value: string };
  readonly error?: { readonly zh: string; readonly en: string };
  readonly notice?: string;
}

export function accountPage(v: AccountView): string {
  const p = v.principal;
  const csrf = html`<input type="hidden" name="${CSRF_FIELD}" value="${p.csrfToken ?? ''}">`;
  const names = new Map(v.agencies.map((a) => [a.id, a.name]));
  const scopeName = (id: number | null) => (id === null ? '全部' : (names.get(id) ?? `#${id}`));
  const tokens = v.tokens.length
    ? html`<div class="table-wrap"><table class="list"><caption>我的 API 令牌</caption>
<thead><tr><th scope="col">用途</th><th scope="col">权限</th><th scope="col">创建时间</th><th scope="col">最近使用</th><th scope="col">状态</th></tr></thead>
<tbody>${v.tokens.map(
        (t) => html`<tr><th scope="row">${t.name}</th><td>${ROLE_LABELS[t.role]}（${scopeName(t.scopeAgencyId)}）</td><td>${minute(t.createdAt)}</td><td>${t.lastUsedAt ? minute(t.lastUsedAt) : '从未'}</td><td>${
          t.revoked
            ? '已撤销'
            : html`<form method="post" action="/account/tokens/${t.id}/revoke">${csrf}<button type="submit" class="link">撤销令牌“${t.name}”</button></form>`
        }</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>还没有 API 令牌。</p>`;
  const users =
    v.users === null
      ? ''
      : html`<section aria-labelledby="users-heading"><h2 id="users-heading">用户</h2>
<div class="table-wrap"><table class="list"><caption>全部用户</caption>
<thead><tr><th scope="col">登录名</th><th scope="col">姓名</th><th scope="col">角色</th><th scope="col">机关</th></tr></thead>
<tbody>${v.users.map((u) => html`<tr><th scope="row">${u.login}</th><td>${u.displayName}</td><td>${ROLE_LABELS[u.role]}</td><td>${scopeName(u.scopeAgencyId)}</td></tr>`)}</tbody>
</table></div>
<h3>新建用户</h3>
<form method="post" action="/account/users">${csrf}
<label for="u-login">登录名</label><input type="text" id="u-login" name="login" required autocomplete="off" pattern="[A-Za-z0-9_.@-]{2,64}" aria-describedby="u-login-hint">
<p class="hint" id="u-login-hint">2–64 个字母、数字或 _.@-；密码自动生成，只显示一次。</p>
<label for="u-name">姓名或单位</label><input type="text" id="u-name" name="displayName" required>
<label for="u-role">角色</label><select id="u-role" name="role"><option value="clerk">经办人（一个机关）</option><option value="supervisor">督查员（所辖机关树）</option><option value="admin">管理员（全部）</option></select>
<label for="u-agency">机关（管理员不填）</label><select id="u-agency" name="agency"><option value="">—</option>${v.agencies.map((a) => html`<option value="${a.id}">${a.name}</option>`)}</select>
<div><button type="submit">创建用户</button></div>
</form></section>`;
  return page({
    title: '账户',
    principal: p,
    body: html`<h1>账户</h1>
<p>${p.user.displayName}（${p.user.login}，${ROLE_LABELS[p.role]}，${scopeName(p.user.scopeAgencyId)}）</p>
${v.notice ? html`<p class="notice" role="status">${v.notice}</p>` : ''}
${v.error ? html`<div class="error-box" role="alert"><p>${v.error.zh}</p><p lang="en">${v.error.en}</p></div>` : ''}
${
  v.secret
    ? html`<div class="notice" role="status"><p>${v.secret.label}（只显示这一次，请立即保存）：</p><p><code>${v.secret.value}</code></p></div>`
    : ''
}
<section aria-labelledby="password-heading"><h2 id="password-heading">修改密码</h2>
<form method="post" action="/account/password">${csrf}
<label for="p-current">当前密码</label><input type="password" id="p-current" name="current" required autocomplete="current-password">
<label for="p-new">新密码</label><input type="password" id="p-new" name="password" required minlength="12" autocomplete="new-password" aria-describedby="p-new-hint">
<p class="hint" id="p-new-hint">至少 12 个字符。修改后，您在其他设备上的登录将失效。</p>
<div><button type="submit">修改密码</button></div>
</form></section>
<section aria-labelledby="tokens-heading"><h2 id="tokens-heading">API 令牌</h2>
<p class="hint">调用 API 时在请求头中加入 <code>Authorization: Bearer 令牌</code>；令牌的权限与您的账户相同。</p>
${tokens}
<form method="post" action="/account/tokens">${csrf}
<label for="t-name">新令牌的用途</label><input type="text" id="t-name" name="name" required maxlength="100">
<div><button type="submit">创建令牌</button></div>
</form></section>
${users}`,
  });
}

/**
 * @module 登录: a labelled sign-in form with the double-submit CSRF token.
 */
import { html } from 'hono/html';
import type { Principal } from '../auth/principal.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import { page } from './layout.js';

export interface LoginView {
  readonly principal: Principal;
  readonly csrfToken: string;
  readonly login?: string;
  readonly error?: string;
  readonly next?: string;
}

export function loginPage(v: LoginView): string {
  return page({
    title: '登录',
    principal: v.principal,
    body: html`<h1>登录</h1>
${v.error ? html`<div class="error-box" role="alert" id="login-error"><p>${v.error}</p></div>` : ''}
<form method="post" action="/login" ${v.error ? html`aria-describedby="login-error"` : ''}>
<input type="hidden" name="${CSRF_FIELD}" value="${v.csrfToken}">
${v.next ? html`<input type="hidden" name="next" value="${v.next}">` : ''}
<label for="login">登录名</label>
<input type="text" id="login" name="login" autocomplete="username" required value="${v.login ?? ''}">
<label for="password">密码</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<div><button type="submit">登录</button></div>
</form>`,
  });
}

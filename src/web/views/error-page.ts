/**
 * @module The page people see when something fails: the plain-language
 * Chinese message, the English beside it, and the stable code.
 */
import { html } from 'hono/html';
import type { Principal } from '../auth/principal.js';
import type { ErrorBody } from '../errors.js';
import { page } from './layout.js';

const TITLES: Readonly<Record<number, string>> = {
  400: '无法处理该请求',
  401: '请先登录',
  403: '无权访问',
  404: '找不到该页面',
  409: '内容已被他人修改',
  413: '文件过大',
  415: '不支持的文件类型',
  422: '填写的内容有误',
  429: '尝试次数过多',
  503: '服务暂不可用',
};

export function errorPage(status: number, body: ErrorBody, principal: Principal, path = '/'): string {
  const title = TITLES[status] ?? '出错了';
  const signIn = status === 401 ? html`<p><a href="/login?next=${encodeURIComponent(path)}">前往登录</a></p>` : '';
  return page({
    title,
    principal,
    body: html`<h1>${title}</h1>
<div class="error-box" role="alert"><p>${body.error.message.zh}</p><p lang="en">${body.error.message.en}</p><p class="hint">错误码 / code: <code>${body.error.code}</code></p></div>
${signIn}<p><a href="/">返回报告列表</a></p>`,
  });
}

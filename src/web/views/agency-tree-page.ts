/**
 * @module 机关管理: the agency tree (province → city → county/district →
 * department, township/street) as nested lists, each agency linking to its
 * page; a form for a new top-level agency (administrators) and the import of
 * an agency list (CSV or XLSX).
 */
import { html } from 'hono/html';
import type { AgencyTree } from '../../domain/agency/agency.js';
import type { Principal } from '../auth/principal.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import { agencyFields, LEVEL_LABELS, type AgencyFormValues, type FieldErrors } from './agency-fields.js';
import { errorBox, type PageError } from './error-box.js';
import { page } from './layout.js';
import type { Markup } from './markup.js';

export interface AgencyTreeView {
  readonly principal: Extract<Principal, { kind: 'user' }>;
  /** The whole tree (administrators) or the subtree administered. */
  readonly tree: readonly AgencyTree[];
  readonly canCreateRoot: boolean;
  readonly canImport: boolean;
  readonly notice?: string;
  readonly error?: PageError;
  /** A refused new top-level agency: what was typed and why. */
  readonly rootForm?: { readonly values: AgencyFormValues; readonly errors: FieldErrors };
}

function node(a: AgencyTree): Markup {
  const extra = [LEVEL_LABELS[a.level], a.uscc, a.aliases.length ? `别名：${a.aliases.join('、')}` : null].filter(Boolean).join(' · ');
  return html`<li id="agency-${a.id}"><a href="/admin/agencies/${a.id}">${a.name}</a> <span class="hint">${extra}</span>${
    a.children.length ? html`<ul>${a.children.map(node)}</ul>` : ''
  }</li>`;
}

export const IMPORT_HELP = html`<details><summary>文件格式</summary>
<p>CSV（UTF-8 或 GBK）或 XLSX（第一个工作表），首行为列名：<strong>名称</strong>（必填）、<strong>上级</strong>（上级机关的名称；重名时写路径“河北省/邯郸市”或其统一社会信用代码；顶级留空）、<strong>层级</strong>（必填：省、市、县、区、部门、乡镇、街道）、<strong>统一社会信用代码</strong>（可选）、<strong>别名</strong>（可选，多个用“、”分隔）。</p>
<p>整个文件在一个事务中导入：任何一行有错，什么都不会保存。再次导入同一文件不会重复创建；已有机关按统一社会信用代码或“上级+名称”识别并更新，别名只增不减。导入后，待匹配的报告按新的机关树重新匹配。</p>
</details>`;

export function agencyTreePage(v: AgencyTreeView): string {
  const p = v.principal;
  const csrf = html`<input type="hidden" name="${CSRF_FIELD}" value="${p.csrfToken ?? ''}">`;
  const scopeNote =
    p.scope === null ? '您是管理员，可以管理全部机关。' : '您可以管理下列机关及其下级：修改、新建下级、在其中移动，以及删除没有下级和报告的机关。';
  return page({
    title: '机关管理',
    principal: p,
    body: html`<h1>机关管理</h1>
${v.notice ? html`<p class="notice" role="status" id="agency-notice">${v.notice}</p>` : ''}
${errorBox(v.error, 'agency-error')}
<p class="hint">${scopeNote}每次更改都记入审计日志（谁、何时、原值、新值）。</p>
<section aria-labelledby="tree-heading"><h2 id="tree-heading">机关树</h2>
${v.tree.length ? html`<ul class="agency-tree" id="agency-tree">${v.tree.map(node)}</ul>` : html`<p id="agency-tree">机关树为空。</p>`}
</section>
${
  v.canCreateRoot
    ? html`<section aria-labelledby="root-heading"><h2 id="root-heading">新建顶级机关</h2>
<form method="post" action="/admin/agencies" id="create-root-form">${csrf}
<input type="hidden" name="parent" value="">
${agencyFields('root-', v.rootForm?.values ?? {}, v.rootForm?.errors ?? {})}
<div><button type="submit">新建机关</button></div>
</form></section>`
    : ''
}
${
  v.canImport
    ? html`<section aria-labelledby="import-heading"><h2 id="import-heading">导入机关表</h2>
<form method="post" action="/admin/agencies/import" enctype="multipart/form-data" id="import-form">${csrf}
<label for="import-file">机关表文件（CSV 或 XLSX）</label>
<input type="file" id="import-file" name="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="import-hint">
<p class="hint" id="import-hint">${p.scope === null ? '' : '只能新建或更改您管辖范围内的机关；有超出范围的行时整个文件不导入。'}格式见下。</p>
<div><button type="submit">导入</button></div>
</form>
${IMPORT_HELP}</section>`
    : ''
}`,
  });
}

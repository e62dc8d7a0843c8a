/**
 * @module One agency in 机关管理: where it stands (上级), its details and
 * reports, the form to change it (name, level, credit code, aliases, parent),
 * its children with the form for a new one, deletion when nothing refers to
 * it, and its change history.
 */
import { html } from 'hono/html';
import type { Agency } from '../../domain/agency/agency.js';
import type { AuditRecord } from '../../persistence/repositories/audit/list-audit.js';
import type { AgencyReferences } from '../../persistence/repositories/agencies/delete-agency.js';
import type { Principal } from '../auth/principal.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import { agencyFields, fieldError, LEVEL_LABELS, type AgencyFormValues, type FieldErrors } from './agency-fields.js';
import { agencyHistory, type HistoryNames } from './agency-history.js';
import { errorBox, type PageError } from './error-box.js';
import { page } from './layout.js';
import type { Markup } from './markup.js';

export interface ParentOption {
  readonly id: number;
  /** The path from the top, `示范市 › 成安县`. */
  readonly label: string;
}

export interface AgencyPageView {
  readonly principal: Extract<Principal, { kind: 'user' }>;
  readonly agency: Agency;
  readonly ancestors: readonly Agency[];
  readonly children: readonly Agency[];
  readonly references: AgencyReferences;
  readonly history: readonly AuditRecord[];
  readonly names: HistoryNames;
  readonly canEdit: boolean;
  /** Parents it may be moved under (null: it may not be moved). `allowRoot`: “（顶级）” is one of them. */
  readonly move: { readonly options: readonly ParentOption[]; readonly allowRoot: boolean } | null;
  readonly canAddChild: boolean;
  readonly canDelete: boolean;
  readonly notice?: string;
  readonly error?: PageError;
  /** After a refused change: which form, what was typed, and why. */
  readonly form?: { readonly which: 'edit' | 'child'; readonly values: AgencyFormValues; readonly errors: FieldErrors };
}

function storedValues(a: Agency): AgencyFormValues {
  return { name: a.name, level: a.level, uscc: a.uscc ?? '', aliases: a.aliases.join('\n'), parent: a.parentId === null ? '' : String(a.parentId) };
}

function parentField(v: AgencyPageView, values: AgencyFormValues, errors: FieldErrors): Markup {
  const a = v.agency;
  const current = a.parentId === null ? '（顶级）' : (v.ancestors.at(-1)?.name ?? `机关 ${a.parentId}`);
  if (!v.move) return html`<p><strong>上级：</strong>${current}<span class="hint">（您所辖机关树的顶端机关不能移动）</span></p>`;
  const selected = values.parent ?? '';
  const err = fieldError('parent', errors.parent, 'parent-hint');
  return html`<label for="parent">上级机关</label>${err.message}
<select id="parent" name="parent"${err.attrs}>${v.move.allowRoot ? html`<option value=""${selected === '' ? html` selected` : ''}>（顶级）</option>` : ''}${v.move.options.map(
    (o) => html`<option value="${o.id}"${selected === String(o.id) ? html` selected` : ''}>${o.label}</option>`,
  )}</select>
<p class="hint" id="parent-hint">改选上级即把该机关连同其全部下级移过去；不能移到它自己或它的下级之下。</p>`;
}

function refusalText(r: AgencyReferences): string {
  return [r.children && `${r.children} 个下级机关`, r.reports && `${r.reports} 份报告`, r.users && `${r.users} 个用户`, r.tokens && `${r.tokens} 个 API 令牌`].filter(Boolean).join('、');
}

export function agencyPage(v: AgencyPageView): string {
  const p = v.principal;
  const a = v.agency;
  const csrf = html`<input type="hidden" name="${CSRF_FIELD}" value="${p.csrfToken ?? ''}">`;
  const editForm = v.form?.which === 'edit' ? v.form : undefined;
  const childForm = v.form?.which === 'child' ? v.form : undefined;
  const editValues = editForm?.values ?? storedValues(a);
  const inUse = refusalText(v.references);
  return page({
    title: `${a.name} - 机关管理`,
    principal: p,
    body: html`<nav aria-label="位置" id="agency-breadcrumb"><ol class="breadcrumb"><li><a href="/admin/agencies">机关管理</a></li>${v.ancestors.map(
      (x) => html`<li>${p.scope === null || p.scope.has(x.id) ? html`<a href="/admin/agencies/${x.id}">${x.name}</a>` : x.name}</li>`,
    )}<li aria-current="page">${a.name}</li></ol></nav>
<h1>${a.name}</h1>
${v.notice ? html`<p class="notice" role="status" id="agency-notice">${v.notice}</p>` : ''}
${errorBox(v.error, 'agency-error')}
<dl class="meta" id="agency-details">
<div><dt>层级</dt><dd>${LEVEL_LABELS[a.level]}</dd></div>
<div><dt>统一社会信用代码</dt><dd>${a.uscc ?? '（未填）'}</dd></div>
<div><dt>别名</dt><dd>${a.aliases.length ? a.aliases.join('、') : '（无）'}</dd></div>
<div><dt>报告</dt><dd>${v.references.reports ? html`<a href="/?agency=${a.id}">${v.references.reports} 份</a>` : '0 份'}</dd></div>
</dl>
${
  v.canEdit
    ? html`<section aria-labelledby="edit-heading"><h2 id="edit-heading">修改</h2>
<form method="post" action="/admin/agencies/${a.id}" id="edit-form">${csrf}
<input type="hidden" name="version" value="${editValues.version ?? String(a.version)}">
${agencyFields('', editValues, editForm?.errors ?? {})}
${parentField(v, editValues, editForm?.errors ?? {})}
<div><button type="submit">保存修改</button></div>
</form></section>`
    : ''
}
<section aria-labelledby="children-heading"><h2 id="children-heading">下级机关</h2>
${
  v.children.length
    ? html`<ul id="agency-children">${v.children.map((c) => html`<li><a href="/admin/agencies/${c.id}">${c.name}</a> <span class="hint">${LEVEL_LABELS[c.level]}</span></li>`)}</ul>`
    : html`<p id="agency-children">没有下级机关。</p>`
}
${
  v.canAddChild
    ? html`<h3 id="child-heading">新建下级机关</h3>
<form method="post" action="/admin/agencies" id="child-form" aria-labelledby="child-heading">${csrf}
<input type="hidden" name="parent" value="${a.id}">
${agencyFields('child-', childForm?.values ?? {}, childForm?.errors ?? {})}
<div><button type="submit">新建下级机关</button></div>
</form>`
    : ''
}
</section>
${
  v.canDelete
    ? html`<section aria-labelledby="delete-heading"><h2 id="delete-heading">删除</h2>
${
  inUse
    ? html`<p id="delete-refusal">不能删除：该机关还有${inUse}。请先移走或删除这些内容。</p>`
    : html`<form method="post" action="/admin/agencies/${a.id}/delete" id="delete-form">${csrf}
<p class="hint">该机关没有下级机关和报告，可以删除。删除记入审计日志。</p>
<button type="submit" class="danger">删除机关“${a.name}”</button>
</form>`
}
</section>`
    : ''
}
<section aria-labelledby="history-heading"><h2 id="history-heading">变更记录</h2>
${agencyHistory(v.history, v.names)}
</section>`,
  });
}

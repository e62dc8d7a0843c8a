/**
 * @module 变更记录: an agency's audit rows as people read them — when, who,
 * what (新建 / 修改 / 移动 / 删除) and each changed field's old and new value.
 */
import { html } from 'hono/html';
import { isAgencyLevel } from '../../domain/agency/agency.js';
import type { AuditRecord } from '../../persistence/repositories/audit/list-audit.js';
import { LEVEL_LABELS } from './agency-fields.js';
import { minute } from './format-time.js';
import type { Markup } from './markup.js';

const ACTIONS: Readonly<Record<string, string>> = {
  'agency.create': '新建',
  'agency.update': '修改',
  'agency.move': '移动',
  'agency.delete': '删除',
};

const FIELDS = [
  ['name', '名称'],
  ['level', '层级'],
  ['uscc', '统一社会信用代码'],
  ['aliases', '别名'],
  ['parentId', '上级'],
] as const;

export interface HistoryNames {
  /** `user:42` → 张三 (经办人的显示名); unknown actors are shown as stored. */
  readonly actors: ReadonlyMap<string, string>;
  readonly agencies: ReadonlyMap<number, string>;
}

function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
}

function shown(key: (typeof FIELDS)[number][0], v: unknown, names: HistoryNames): string {
  if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return key === 'parentId' ? '（顶级）' : '（无）';
  if (key === 'parentId' && typeof v === 'number') return names.agencies.get(v) ?? `机关 ${v}`;
  if (key === 'level' && isAgencyLevel(v)) return LEVEL_LABELS[v];
  if (Array.isArray(v)) return v.map(String).join('、');
  return String(v);
}

/** One line per field that differs between before and after (every field set, for a creation or deletion). */
export function changedFields(before: unknown, after: unknown, names: HistoryNames): { label: string; old: string | null; now: string | null }[] {
  const b = record(before);
  const a = record(after);
  return FIELDS.flatMap(([key, label]) => {
    if (before !== null && after !== null && JSON.stringify(b[key] ?? null) === JSON.stringify(a[key] ?? null)) return [];
    if (before === null && (a[key] === null || (Array.isArray(a[key]) && (a[key] as unknown[]).length === 0))) return [];
    return [{ label, old: before === null ? null : shown(key, b[key], names), now: after === null ? null : shown(key, a[key], names) }];
  });
}

export function agencyHistory(rows: readonly AuditRecord[], names: HistoryNames): Markup {
  if (!rows.length) return html`<p id="agency-history">没有变更记录。</p>`;
  return html`<div class="table-wrap"><table class="list" id="agency-history"><caption>该机关的变更记录（最新在前）</caption>
<thead><tr><th scope="col">时间</th><th scope="col">操作人</th><th scope="col">操作</th><th scope="col">原值</th><th scope="col">新值</th></tr></thead>
<tbody>${rows.map((r) => {
    const fields = changedFields(r.before, r.after, names);
    const list = (pick: 'old' | 'now') =>
      fields.some((f) => f[pick] !== null) ? html`<ul class="plain">${fields.map((f) => (f[pick] === null ? '' : html`<li>${f.label}：${f[pick]}</li>`))}</ul>` : '—';
    return html`<tr><th scope="row"><time datetime="${r.at.toISOString()}">${minute(r.at)}</time></th><td>${names.actors.get(r.actor) ?? r.actor}</td><td>${ACTIONS[r.action] ?? r.action}</td><td>${list('old')}</td><td>${list('now')}</td></tr>`;
  })}</tbody></table></div>`;
}

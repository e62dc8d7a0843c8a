/**
 * @module 表二数据: the Table-2 figures (主动公开政府信息情况) an agency keeps
 * through the year, laid out as the statutory table of the year's format —
 * one table per Art. 20 item, rows and columns with their official labels,
 * one field per cell named by its row and column headers. Clerks and
 * administrators edit; supervisors read. An invalid field is marked and
 * explained beside it and listed at the top; nothing is saved until every
 * field is valid.
 */
import { html } from 'hono/html';
import type { Agency } from '../../domain/agency/agency.js';
import { expectedFormatForYear, getFormat } from '../../domain/annual-report/formats/index.js';
import { cellPath } from '../../domain/annual-report/cell-path.js';
import { AMOUNT_DECIMALS, formatTable2Value } from '../../domain/annual-report/table2-value.js';
import type { Table2Column } from '../../domain/annual-report/formats/format-def.js';
import { CSRF_FIELD } from '../middleware/csrf.js';
import { errorBox, type PageError } from '../views/error-box.js';
import { page } from '../views/layout.js';
import type { Markup } from '../views/markup.js';
import type { Staff } from './case-access.js';
import { casesNav } from './cases-nav.js';
import { agencySelect } from './agency-choice.js';
import { errorSummary, textInput } from './form-fields.js';
import { WAS_PREFIX, table2InputId } from './table2-form.js';

export interface Table2PageView {
  readonly principal: Staff;
  /** The agencies the user may choose from. */
  readonly agencies: readonly Agency[];
  readonly agency: Agency;
  readonly year: number;
  /** The stored figures, by path. */
  readonly stored: ReadonlyMap<string, number>;
  readonly canEdit: boolean;
  /** After a refused post: what was typed, by path (shown instead of the stored figures). */
  readonly typed?: Readonly<Record<string, string>>;
  /** Field problems, by path. */
  readonly errors?: Readonly<Record<string, string>>;
  /** A refusal of the whole form (someone else changed a cell first). */
  readonly error?: PageError;
  readonly done?: string;
}

const INPUT_MODE: Readonly<Record<Table2Column['kind'], string>> = { count: 'numeric', signedCount: 'text', amount: 'decimal' };

function cellField(v: Table2PageView, path: string, col: Table2Column, labelledBy: string): Markup {
  const id = table2InputId(path);
  const stored = v.stored.get(path) ?? null;
  const error = v.errors?.[path];
  const value = v.typed && Object.hasOwn(v.typed, path) ? v.typed[path]! : formatTable2Value(stored);
  if (!v.canEdit) return html`<td class="num">${stored === null ? html`<span aria-hidden="true">—</span><span class="visually-hidden">未填写</span>` : formatTable2Value(stored)}</td>`;
  return html`<td><input type="text" id="${id}" name="${path}" value="${value}" inputmode="${INPUT_MODE[col.kind]}" autocomplete="off" size="12" aria-labelledby="${labelledBy}"${
    error ? html` aria-invalid="true" aria-describedby="${id}-error"` : ''
  }><input type="hidden" name="${WAS_PREFIX}${path}" value="${formatTable2Value(stored)}">${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : ''}</td>`;
}

function partTables(v: Table2PageView): Markup {
  const format = getFormat(expectedFormatForYear(v.year));
  return html`${format.table2.map((part) => {
    const colId = (key: string) => `t2c-${part.key}-${key}`;
    const rowId = (key: string) => `t2r-${part.key}-${key}`;
    return html`<div class="table-wrap"><table class="list table2-entry"><caption>${part.caption}</caption>
<thead><tr><th scope="col">信息内容</th>${part.columns.map((col) => html`<th scope="col" id="${colId(col.key)}">${col.label}</th>`)}</tr></thead>
<tbody>${part.rows.map(
      (row) =>
        html`<tr><th scope="row" id="${rowId(row.key)}">${row.label}</th>${part.columns.map((col) => cellField(v, cellPath('table2', row.key, col.key), col, `${rowId(row.key)} ${colId(col.key)}`))}</tr>`,
    )}</tbody></table></div>`;
  })}`;
}

export function table2Page(v: Table2PageView): string {
  const format = getFormat(expectedFormatForYear(v.year));
  const errors = Object.fromEntries(Object.entries(v.errors ?? {}).map(([path, m]) => [table2InputId(path).slice(3), m]));
  const title = `表二数据：${v.agency.name} ${v.year} 年度`;
  return page({
    title: v.errors && Object.keys(v.errors).length ? `（有错误）${title}` : title,
    principal: v.principal,
    body: html`${casesNav(v.principal, 'table2')}
<h1>表二：主动公开政府信息情况</h1>
<p>生成年度报告时，表二取自这里的数据。请在一年中随时填写和更新。</p>
<form method="get" action="/cases/table2" class="filters">
${v.agencies.length > 1 ? agencySelect({ name: 'agency', label: '机关', agencies: v.agencies, value: String(v.agency.id) }) : ''}
${textInput({ name: 'year', label: '年度', type: 'number', value: String(v.year) })}
<button type="submit">查看</button></form>
<h2>${v.agency.name} ${v.year} 年度</h2>
<p class="hint">格式：${format.name}。空白表示尚未填写，生成的年度报告中该格也为空白（不是 0）。数量填写整数${format.id === '2019' ? '（“本年增/减”减少时填负数）' : ''}；金额最多 ${AMOUNT_DECIMALS} 位小数，单位见各栏标题。</p>
${v.done ? html`<div class="notice" role="status"><p>${v.done}</p></div>` : ''}
${errorBox(v.error, 'table2-error')}
${
  v.canEdit
    ? html`${errorSummary(errors, 't2')}<form method="post" action="/cases/table2" novalidate>
<input type="hidden" name="${CSRF_FIELD}" value="${v.principal.csrfToken ?? ''}"><input type="hidden" name="agency" value="${v.agency.id}"><input type="hidden" name="year" value="${v.year}">
${partTables(v)}
<button type="submit">保存表二数据</button></form>`
    : html`<p class="hint">表二数据由本机关经办人填写，您可以查看。</p>${partTables(v)}`
}`,
  });
}

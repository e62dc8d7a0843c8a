/**
 * @module Labelled form controls with their error: an invalid field gets
 * `aria-invalid="true"` and `aria-describedby` pointing to the sentence that
 * says what is wrong (and to its hint, if any); a summary at the top links to
 * each invalid field.
 */
import { html } from 'hono/html';
import type { Markup } from '../views/markup.js';

export interface FieldOptions {
  readonly name: string;
  readonly label: string;
  readonly value?: string;
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly required?: boolean;
  readonly type?: 'text' | 'email' | 'tel' | 'date' | 'number';
  readonly autocomplete?: string;
  readonly idPrefix?: string;
  readonly inputmode?: string;
  /** Rows of a text area (default 5). */
  readonly rows?: number;
}

const idOf = (o: { name: string; idPrefix?: string }) => `${o.idPrefix ?? 'f'}-${o.name}`;

function describedBy(o: FieldOptions): string {
  const ids = [o.hint ? `${idOf(o)}-hint` : '', o.error ? `${idOf(o)}-error` : ''].filter(Boolean);
  return ids.join(' ');
}

export function fieldParts(o: FieldOptions): { label: Markup; hint: Markup | ''; error: Markup | ''; attrs: Markup } {
  const id = idOf(o);
  const by = describedBy(o);
  return {
    label: html`<label for="${id}">${o.label}${o.required ? html`<span class="req">（必填）</span>` : ''}</label>`,
    hint: o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : '',
    error: o.error ? html`<p class="field-error" id="${id}-error">${o.error}</p>` : '',
    attrs: html`id="${id}" name="${o.name}"${o.required ? html` required` : ''}${o.error ? html` aria-invalid="true"` : ''}${by ? html` aria-describedby="${by}"` : ''}`,
  };
}

export function textInput(o: FieldOptions): Markup {
  const p = fieldParts(o);
  return html`<div class="field">${p.label}${p.hint}${p.error}<input type="${o.type ?? 'text'}" ${p.attrs} value="${o.value ?? ''}"${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${o.inputmode ? html` inputmode="${o.inputmode}"` : ''}></div>`;
}

export function textArea(o: FieldOptions): Markup {
  const p = fieldParts(o);
  return html`<div class="field">${p.label}${p.hint}${p.error}<textarea ${p.attrs} rows="${o.rows ?? 5}">${o.value ?? ''}</textarea></div>`;
}

export function selectInput(o: FieldOptions & { readonly options: readonly (readonly [string, string])[]; readonly placeholder?: string }): Markup {
  const p = fieldParts(o);
  return html`<div class="field">${p.label}${p.hint}${p.error}<select ${p.attrs}>${o.placeholder !== undefined ? html`<option value="">${o.placeholder}</option>` : ''}${o.options.map(
    ([v, l]) => html`<option value="${v}"${v === o.value ? html` selected` : ''}>${l}</option>`,
  )}</select></div>`;
}

/** The list of problems at the top of a form, each linking to its field. */
export function errorSummary(errors: Readonly<Record<string, string | undefined>>, idPrefix = 'f'): Markup | '' {
  const entries = Object.entries(errors).filter((e): e is [string, string] => typeof e[1] === 'string');
  if (entries.length === 0) return '';
  return html`<div class="error-box" role="alert" id="${idPrefix}-summary" tabindex="-1"><p>提交的内容有 ${entries.length} 处需要修改：</p><ul>${entries.map(([k, m]) =>
    k === 'form-level' ? html`<li>${m}</li>` : html`<li><a href="#${idPrefix}-${k}">${m}</a></li>`,
  )}</ul></div>`;
}

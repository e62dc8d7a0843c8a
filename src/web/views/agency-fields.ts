/**
 * @module The fields of an agency form (name, level, credit code, aliases),
 * shared by 新建 and 修改: each labelled, with its hint and, after a refused
 * submission, its own error (`aria-invalid`, `aria-describedby`).
 */
import { html } from 'hono/html';
import { AGENCY_LEVELS, type AgencyLevel } from '../../domain/agency/agency.js';
import type { Message } from '../../domain/shared/finding.js';
import type { AgencyField } from '../agencies/agency-actions.js';
import type { Markup } from './markup.js';

export const LEVEL_OPTIONS: Readonly<Record<AgencyLevel, string>> = {
  province: '省级（省、自治区、直辖市）',
  city: '市级（地级市、州、盟）',
  county: '县级（县、区、县级市、旗）',
  department: '部门',
  township: '乡镇（乡、镇、街道）',
};

export const LEVEL_LABELS: Readonly<Record<AgencyLevel, string>> = { province: '省级', city: '市级', county: '县级', department: '部门', township: '乡镇' };

/** What the form shows: the stored agency, or what was typed before a refusal. */
export interface AgencyFormValues {
  readonly name?: string;
  readonly level?: string;
  readonly uscc?: string;
  readonly aliases?: string;
  readonly parent?: string;
  /** The version the form was filled from (hidden). */
  readonly version?: string;
}

export type FieldErrors = Readonly<Partial<Record<AgencyField, Message>>>;

/** `aria-describedby` and the error paragraph of one field. */
export function fieldError(id: string, error: Message | undefined, hintId?: string): { attrs: Markup; message: Markup | '' } {
  const described = [error ? `${id}-error` : '', hintId ?? ''].filter(Boolean).join(' ');
  return {
    attrs: html`${error ? html` aria-invalid="true"` : ''}${described ? html` aria-describedby="${described}"` : ''}`,
    message: error ? html`<p class="field-error" id="${id}-error">${error.zh} <span lang="en">${error.en}</span></p>` : '',
  };
}

export function agencyFields(prefix: string, v: AgencyFormValues, errors: FieldErrors): Markup {
  const id = (k: string) => `${prefix}${k}`;
  const name = fieldError(id('name'), errors.name);
  const level = fieldError(id('level'), errors.level);
  const uscc = fieldError(id('uscc'), errors.uscc, `${id('uscc')}-hint`);
  const aliases = fieldError(id('aliases'), errors.aliases, `${id('aliases')}-hint`);
  return html`<label for="${id('name')}">名称</label>${name.message}
<input type="text" id="${id('name')}" name="name" required maxlength="200" value="${v.name ?? ''}"${name.attrs}>
<label for="${id('level')}">层级</label>${level.message}
<select id="${id('level')}" name="level" required${level.attrs}><option value="">选择层级</option>${AGENCY_LEVELS.map(
    (l) => html`<option value="${l}"${v.level === l ? html` selected` : ''}>${LEVEL_OPTIONS[l]}</option>`,
  )}</select>
<label for="${id('uscc')}">统一社会信用代码（可选）</label>${uscc.message}
<input type="text" id="${id('uscc')}" name="uscc" maxlength="40" autocomplete="off" spellcheck="false" value="${v.uscc ?? ''}"${uscc.attrs}>
<p class="hint" id="${id('uscc')}-hint">18 位，最后一位为校验码，例如 11100000000013127D。</p>
<label for="${id('aliases')}">别名（可选）</label>${aliases.message}
<textarea id="${id('aliases')}" name="aliases" rows="3"${aliases.attrs}>${v.aliases ?? ''}</textarea>
<p class="hint" id="${id('aliases')}-hint">报告中可能出现的其他名称，每行一个（或用“、”分隔），如“成安县人民政府”。用于把报告自动归入机关。</p>`;
}

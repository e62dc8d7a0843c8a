/**
 * @module Choosing an agency from a long list without a script: the agencies
 * grouped by the place or body they belong to (`<optgroup>`, labelled with
 * the path from the top, `示范市 › 兴和县`), each group holding that agency
 * first and then the agencies directly below it that have none below them;
 * an agency with agencies below it heads a group of its own, right after its
 * parent's. Groups follow the tree, names within a level in Chinese
 * (pinyin) order. Every agency appears once; a list of one needs no group.
 */
import { html } from 'hono/html';
import type { AgencyRef } from '../../domain/agency/agency.js';
import type { Markup } from '../views/markup.js';
import { fieldParts, type FieldOptions } from './form-fields.js';

export interface AgencyGroup {
  /** The optgroup's label; null for agencies outside any group (a lone agency with nothing below it). */
  readonly label: string | null;
  readonly agencies: readonly AgencyRef[];
}

const collator = new Intl.Collator('zh-CN');
const byName = (a: AgencyRef, b: AgencyRef): number => collator.compare(a.name, b.name) || a.id - b.id;

/** The agencies in groups, in the order the select shows them (only parents within the list count). */
export function groupAgencies(agencies: readonly AgencyRef[]): AgencyGroup[] {
  const ids = new Set(agencies.map((a) => a.id));
  const children = new Map<number | null, AgencyRef[]>();
  for (const a of agencies) {
    const parent = a.parentId !== null && ids.has(a.parentId) ? a.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(a);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort(byName);
  const lone: AgencyRef[] = [];
  const groups: AgencyGroup[] = [];
  const visit = (a: AgencyRef, path: readonly string[]): void => {
    const below = children.get(a.id) ?? [];
    const label = [...path, a.name];
    groups.push({ label: label.join(' › '), agencies: [a, ...below.filter((c) => !children.has(c.id))] });
    for (const c of below) if (children.has(c.id)) visit(c, label);
  };
  for (const root of children.get(null) ?? []) {
    if (children.has(root.id)) visit(root, []);
    else lone.push(root);
  }
  return lone.length ? [{ label: null, agencies: lone }, ...groups] : groups;
}

export interface AgencySelectOptions extends FieldOptions {
  readonly agencies: readonly AgencyRef[];
  readonly placeholder?: string;
}

/** A labelled `<select>` of agencies, grouped (`groupAgencies`). */
export function agencySelect(o: AgencySelectOptions): Markup {
  const p = fieldParts(o);
  const option = (a: AgencyRef) => html`<option value="${a.id}"${String(a.id) === o.value ? html` selected` : ''}>${a.name}</option>`;
  const groups = groupAgencies(o.agencies);
  return html`<div class="field">${p.label}${p.hint}${p.error}<select ${p.attrs}>${o.placeholder !== undefined ? html`<option value="">${o.placeholder}</option>` : ''}${groups.map((g) =>
    g.label === null ? g.agencies.map(option) : html`<optgroup label="${g.label}">${g.agencies.map(option)}</optgroup>`,
  )}</select></div>`;
}

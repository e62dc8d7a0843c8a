/**
 * @module Escaping and a tiny markup builder. Every piece of report text goes
 * through `escapeHtml` (via `text` or an attribute); the `Html` brand marks
 * strings that are already safe markup, so unescaped text cannot slip in by type.
 */

declare const SAFE: unique symbol;
/** A string of safe, already-escaped markup. */
export type Html = string & { readonly [SAFE]: true };

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Report or template text as safe markup. */
export function text(value: string): Html {
  return escapeHtml(value) as Html;
}

/** Marks a constant of this module's own making (doctype, stylesheet) as markup. Never pass report text. */
export function trusted(markup: string): Html {
  return markup as Html;
}

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Readonly<Record<string, AttrValue>>;

const NAME = /^[a-z][a-z0-9-]*$/;

function attributes(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (!NAME.test(name)) throw new Error(`invalid attribute name: ${name}`);
    if (value === null || value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

const VOID = new Set(['meta', 'link', 'br', 'col', 'hr', 'img']);

/** One element: `h('td', { 'data-path': p }, text(v))`. Children must already be `Html`. */
export function h(tag: string, attrs: Attrs = {}, ...children: readonly (Html | readonly Html[])[]): Html {
  if (!NAME.test(tag)) throw new Error(`invalid tag name: ${tag}`);
  const open = `<${tag}${attributes(attrs)}>`;
  if (VOID.has(tag)) return open as Html;
  return `${open}${children.flat().join('')}</${tag}>` as Html;
}

/** Joins markup fragments with newlines (keeps the source readable). */
export function lines(parts: readonly (Html | readonly Html[])[]): Html {
  return parts.flat().join('\n') as Html;
}

/**
 * A complete zh-CN page: doctype, head (UTF-8, viewport, title, the embedded
 * stylesheet — a constant of the caller's own making) and the body's markup.
 */
export function htmlPage(title: string, stylesheet: string, body: Html): string {
  return lines([
    trusted('<!DOCTYPE html>'),
    h(
      'html',
      { lang: 'zh-CN' },
      lines([
        h(
          'head',
          {},
          lines([
            h('meta', { charset: 'utf-8' }),
            h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
            h('meta', { name: 'generator', content: 'gongkai' }),
            h('title', {}, text(title)),
            h('style', {}, trusted(stylesheet)),
          ]),
        ),
        h('body', {}, body),
      ]),
    ),
  ]);
}

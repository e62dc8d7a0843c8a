/**
 * @module A refusal shown on the page that caused it: the Chinese message, the
 * English beside it and, when known, the stable code — announced (`role=alert`).
 */
import { html } from 'hono/html';
import type { Message } from '../../domain/shared/finding.js';
import type { Markup } from './markup.js';

export type PageError = Message & { readonly code?: string };

export function errorBox(error: PageError | undefined, id: string): Markup | '' {
  if (!error) return '';
  return html`<div class="error-box" role="alert" id="${id}"><p>${error.zh}</p><p lang="en">${error.en}</p>${
    error.code ? html`<p class="hint">错误码 / code: <code>${error.code}</code></p>` : ''
  }</div>`;
}

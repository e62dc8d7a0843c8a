/**
 * @module HTML renderer: a complete, printable, accessible page in the statutory layout.
 */
import type { Renderer } from '../renderer.js';
import { reportToHtml } from './render-html.js';

export { reportToHtml } from './render-html.js';
export { escapeHtml } from './escape-html.js';

export const htmlRenderer: Renderer = {
  id: 'html',
  mediaType: 'text/html; charset=utf-8',
  extension: 'html',
  render: (report, options) => Promise.resolve(new TextEncoder().encode(reportToHtml(report, options))),
};

/**
 * @module Markdown renderer: headings, paragraphs and GitHub pipe tables.
 */
import type { Renderer } from '../renderer.js';
import { reportToMarkdown } from './render-markdown.js';

export { reportToMarkdown } from './render-markdown.js';
export { escapeMarkdown, escapeMarkdownCell } from './escape-markdown.js';

export const markdownRenderer: Renderer = {
  id: 'md',
  mediaType: 'text/markdown; charset=utf-8',
  extension: 'md',
  render: (report) => Promise.resolve(new TextEncoder().encode(reportToMarkdown(report))),
};

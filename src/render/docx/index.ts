/**
 * @module DOCX renderer (docx, ADR 0021). The library is loaded on first use.
 */
import type { Renderer } from '../renderer.js';

export const docxRenderer: Renderer = {
  id: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
  render: async (report) => (await import('./render-docx.js')).reportToDocx(report),
};

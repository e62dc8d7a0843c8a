/**
 * @module All output formats behind one interface. XLSX and DOCX load their
 * libraries only when used, so importing this module stays cheap.
 */
import type { AnnualReport } from '../domain/annual-report/report.js';
import { GongkaiError } from '../domain/shared/errors.js';
import { csvRenderer } from './csv/index.js';
import { docxRenderer } from './docx/index.js';
import { htmlRenderer } from './html/index.js';
import { jsonRenderer } from './json/index.js';
import { markdownRenderer } from './md/index.js';
import { RENDERER_IDS } from './renderer.js';
import type { RenderOptions, Renderer, RendererId } from './renderer.js';
import { xlsxRenderer } from './xlsx/index.js';

export type { RenderOptions, Renderer, RendererId } from './renderer.js';
export { RENDERER_IDS, isRendererId } from './renderer.js';

export const RENDERERS: Readonly<Record<RendererId, Renderer>> = {
  json: jsonRenderer,
  html: htmlRenderer,
  md: markdownRenderer,
  xlsx: xlsxRenderer,
  docx: docxRenderer,
  csv: csvRenderer,
};

/** The renderer for an output id; `RENDER_UNSUPPORTED` for anything else. */
export function getRenderer(id: string): Renderer {
  if (Object.hasOwn(RENDERERS, id)) return RENDERERS[id as RendererId];
  throw new GongkaiError('RENDER_UNSUPPORTED', {
    zh: `不支持的输出格式“${id}”，可选：${RENDERER_IDS.join('、')}。`,
    en: `Unsupported output format “${id}”; choose one of ${RENDERER_IDS.join(', ')}.`,
  });
}

export function renderReport(report: AnnualReport, id: RendererId, options?: RenderOptions): Promise<Uint8Array> {
  return getRenderer(id).render(report, options);
}

/**
 * @module The one interface every output format implements. A renderer turns a
 * canonical report into the bytes of a file; it never changes a published number.
 */
import type { AnnualReport } from '../domain/annual-report/report.js';
import type { Finding } from '../domain/shared/finding.js';

export const RENDERER_IDS = ['json', 'html', 'md', 'xlsx', 'docx', 'csv'] as const;
export type RendererId = (typeof RENDERER_IDS)[number];

export interface RenderOptions {
  /**
   * Findings to show beside the cells they name (HTML highlights error and
   * warning cells and lists every finding at the end). Renderers that have no
   * place for findings ignore them.
   */
  readonly findings?: readonly Finding[];
}

export interface Renderer {
  readonly id: RendererId;
  /** IANA media type, with `charset` for text formats. */
  readonly mediaType: string;
  /** File name extension without the dot, e.g. `xlsx`. */
  readonly extension: string;
  render(report: AnnualReport, options?: RenderOptions): Promise<Uint8Array>;
}

export function isRendererId(id: string): id is RendererId {
  return (RENDERER_IDS as readonly string[]).includes(id);
}

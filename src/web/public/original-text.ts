/**
 * @module The stored original of a report as lines of text, for showing a
 * cell's surrounding lines: plain text and Markdown as their readers number
 * lines, an HTML page as its source (an element path is found in it, see
 * `ingest/html/locate-element.ts`). Binary originals (Word, PDF, Excel) and
 * our own JSON/CSV have no such lines: null. Originals never change (they are
 * keyed by SHA-256), so the last few read are kept in memory.
 *
 * The lines are text to be escaped like any other: an HTML original is shown
 * as its source, never as markup.
 */
import type { SourceLocation } from '../../domain/annual-report/report.js';
import { decodeText, detectInputType } from '../../ingest/detect.js';
import { decodeHtmlBytes } from '../../ingest/html/decode-html.js';
import { htmlSource, lineAtOffset } from '../../ingest/html/locate-element.js';
import type { Executor } from '../../persistence/database.js';
import { getFileContent } from '../../persistence/repositories/files/file-queries.js';

export interface OriginalText {
  readonly lines: readonly string[];
  /** Where a cell's location falls in `lines` (1-based), when this original can say. */
  lineOf(at: SourceLocation): { readonly line: number; readonly column?: number } | undefined;
}

/** Beyond this an original is not read for context (published reports are far smaller). */
const MAX_BYTES = 10 * 1024 * 1024;
const CACHE_SIZE = 16;
const cache = new Map<string, OriginalText | null>();

export function originalText(bytes: Uint8Array): OriginalText | null {
  if (bytes.length === 0 || bytes.length > MAX_BYTES) return null;
  const type = detectInputType(bytes);
  if (type === 'text' || type === 'markdown') {
    const text = decodeText(bytes);
    // As the readers split: text treats a lone CR as a line end, Markdown only drops it before LF.
    const lines = type === 'text' ? text.replace(/\r\n?/g, '\n').split('\n') : text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    // A `line` location's column counts cells (tab-separated), not characters: the whole line is the place.
    return { lines, lineOf: (at) => (at.kind === 'line' ? { line: at.line } : undefined) };
  }
  if (type === 'html') {
    const src = htmlSource(decodeHtmlBytes(bytes));
    const lines = src.text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    return {
      lines,
      lineOf(at) {
        if (at.kind !== 'element') return undefined;
        const offset = src.locate(at.path);
        if (offset === undefined) return undefined;
        return { line: lineAtOffset(src.text, offset), column: offset - (src.text.lastIndexOf('\n', offset - 1) + 1) };
      },
    };
  }
  return null;
}

export async function loadOriginalText(db: Executor, sha256: string): Promise<OriginalText | null> {
  if (cache.has(sha256)) return cache.get(sha256)!;
  const bytes = await getFileContent(db, sha256);
  const text = bytes ? originalText(bytes) : null;
  cache.set(sha256, text);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return text;
}

/**
 * @module The Markdown reader: a line reader, not a CommonMark/GFM parser
 * (see docs/decisions/0011-markdown-line-reader.md).
 *
 * PDF-to-Markdown converters produce broken pipe tables: no delimiter row,
 * ragged column counts, missing outer pipes, a header split over two lines,
 * `<br>` inside cells. Every line holding an unescaped `|` is read as one table
 * row (its cells, each with its index as grid column, then `rowEnd`); delimiter rows are skipped; any other
 * non-empty line is one cell and a `rowEnd`, with heading marks, bullets and
 * emphasis removed. HTML tables embedded in the Markdown (some converters emit
 * them) go through the HTML reader.
 */
import type { Reader, Token, TokenStream } from '../tokens.js';
import { cell, ROW_END } from '../tokens.js';
import { decodeText, type DecodedInput } from '../decode-text.js';
import { readHtmlString } from '../html/read-html.js';
import { cleanInline, trimSpaceTab } from './md-inline.js';
import { hasUnescapedPipe, isDelimiterRow, splitPipeRow } from './pipe-row.js';

const FENCE_RE = /^\s{0,3}(```|~~~)/;
const RULE_RE = /^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$/;
const TABLE_OPEN_RE = /<table\b/i;
const TABLE_CLOSE_RE = /<\/table\s*>/i;

/** Removes block markers from a non-table line: `>` quotes, `#` headings, `-`/`*`/`+` bullets. */
function stripBlockMarks(line: string): string {
  let t = trimSpaceTab(line);
  while (t.startsWith('>')) t = trimSpaceTab(t.slice(1));
  const heading = /^#{1,6}(?:[ \t]+|$)/.exec(t);
  if (heading) {
    t = t.slice(heading[0].length);
    // Closing sequence: `## 标题 ##`.
    let end = t.length;
    while (end > 0 && t[end - 1] === '#') end--;
    if (end < t.length && (end === 0 || t[end - 1] === ' ' || t[end - 1] === '\t')) t = t.slice(0, end);
  }
  const bullet = /^[-*+][ \t]+/.exec(t);
  if (bullet) t = t.slice(bullet[0].length);
  return t;
}

function lineAt(line: number, column?: number): { kind: 'line'; line: number; column?: number } {
  return column === undefined ? { kind: 'line', line } : { kind: 'line', line, column };
}

/** Reads a Markdown string into tokens. Never throws. */
export function readMarkdownString(md: string): TokenStream {
  const lines = md.split('\n');
  const tokens: Token[] = [];
  let inFence = false;
  let inComment = false;
  let pipeRows = 0;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) continue;
      inComment = false;
      line = line.slice(end + 3);
    }
    const open = line.indexOf('<!--');
    if (open >= 0 && line.indexOf('-->', open) < 0) {
      inComment = true;
      line = line.slice(0, open);
    }
    if (FENCE_RE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (!inFence && TABLE_OPEN_RE.test(line)) {
      // An HTML table: hand the block to the HTML reader, located at its first line.
      let j = i;
      const chunk: string[] = [];
      for (; j < lines.length; j++) {
        chunk.push(lines[j]!);
        if (TABLE_CLOSE_RE.test(lines[j]!)) break;
      }
      for (const t of readHtmlString(chunk.join('\n')).tokens) {
        tokens.push(t.kind === 'cell' ? cell(t.text, lineAt(lineNo), t.col) : t);
      }
      i = j;
      continue;
    }
    if (trimSpaceTab(line) === '') continue;
    if (!inFence && hasUnescapedPipe(line)) {
      if (isDelimiterRow(line)) continue;
      const cells = splitPipeRow(line);
      if (cells.length === 0) continue;
      cells.forEach((c, col) => {
        const lead = c.raw.length - c.raw.trimStart().length;
        tokens.push(cell(cleanInline(c.raw), lineAt(lineNo, c.offset + lead + 1), col));
      });
      tokens.push(ROW_END);
      pipeRows++;
      continue;
    }
    if (!inFence && RULE_RE.test(line)) continue;
    const text = inFence ? trimSpaceTab(line) : cleanInline(stripBlockMarks(line));
    if (!/\S/.test(text)) continue;
    const lead = line.length - line.trimStart().length;
    tokens.push(cell(text, lineAt(lineNo, lead + 1)), ROW_END);
  }
  return { type: 'markdown', layout: pipeRows > 0 ? 'pipes' : 'lines', tokens };
}

export const markdownReader: Reader = {
  type: 'markdown',
  read(bytes: Uint8Array, decoded?: DecodedInput): TokenStream {
    return readMarkdownString(decoded?.text ?? decodeText(bytes));
  },
};

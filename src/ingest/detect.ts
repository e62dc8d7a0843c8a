/**
 * @module Input type detection by content sniffing, never by file name.
 *
 * Order matters: binary containers first (PDF, OOXML zip), then our own
 * formats (JSON report, `path,label,value` CSV), then markup (HTML, Markdown),
 * and plain text last. Anything that does not decode as text is `binary`.
 * Every check reads a bounded prefix or scans once, so detection is linear.
 */
import { Buffer } from 'node:buffer';
import type { InputType } from './tokens.js';
import { isDelimiterRow } from './markdown/pipe-row.js';
import { DecodedInput, hasUtf16Bom, utf8Boundary } from './decode-text.js';
import { isWhiteSpace } from './white-space.js';

export { decodeText } from './decode-text.js';

const SNIFF_BYTES = 8192;
const MARKUP_WINDOW = 1024;
const MARKDOWN_BYTES = 48 * 1024;
const REPORT_SCHEMA_RE = /"schema"\s*:\s*"gongkai\.report\/1"/;

function startsWithAscii(bytes: Uint8Array, ascii: string, at = 0): boolean {
  if (bytes.length < at + ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** Whether `ascii` occurs wholly inside bytes [from, to). */
function includesAscii(bytes: Uint8Array, ascii: string, from: number, to: number): boolean {
  const start = Math.max(0, from);
  const end = Math.min(to, bytes.length);
  return end > start && Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).includes(ascii, 0, 'latin1');
}

function isPdf(bytes: Uint8Array): boolean {
  if (startsWithAscii(bytes, '%PDF-')) return true;
  // The PDF header may follow up to 1 KB of junk (readers accept it); then demand a trailer too.
  return includesAscii(bytes, '%PDF-', 0, 1024) && includesAscii(bytes, '%%EOF', bytes.length - 2048, bytes.length);
}

function readU16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function readU32(b: Uint8Array, at: number): number {
  return (readU16(b, at) | (readU16(b, at + 2) << 16)) >>> 0;
}

export interface ZipEntry {
  readonly name: string;
  /** Uncompressed size as the central directory states it (0xFFFFFFFF for ZIP64). */
  readonly size: number;
}

/** Entries of the zip central directory, or null when it cannot be found. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  // End of central directory: 22 bytes plus a comment of up to 65,535 bytes.
  const minEocd = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= minEocd; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = readU16(bytes, eocd + 10);
  const offset = readU32(bytes, eocd + 16);
  if (offset === 0xffffffff || offset >= bytes.length) return null;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = offset;
  for (let n = 0; n < count && p + 46 <= bytes.length; n++) {
    if (readU32(bytes, p) !== 0x02014b50) break;
    const nameLen = readU16(bytes, p + 28);
    const extraLen = readU16(bytes, p + 30);
    const commentLen = readU16(bytes, p + 32);
    entries.push({ name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)), size: readU32(bytes, p + 24) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Total uncompressed size the zip declares, or null when unknown (no directory, ZIP64). */
export function zipUncompressedSize(bytes: Uint8Array): number | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  let total = 0;
  for (const e of entries) {
    if (e.size === 0xffffffff) return null;
    total += e.size;
  }
  return total;
}

function detectZip(bytes: Uint8Array): 'docx' | 'xlsx' | 'binary' {
  const names = zipEntries(bytes)?.map((e) => e.name);
  if (names) {
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    return 'binary';
  }
  // Truncated zip without a central directory: the local headers still carry the names.
  if (includesAscii(bytes, 'word/document.xml', 0, bytes.length)) return 'docx';
  if (includesAscii(bytes, 'xl/workbook.xml', 0, bytes.length)) return 'xlsx';
  return 'binary';
}

/** The characters `controlShare` counts: controls other than tab, line feed, form feed and return; DEL; U+FFFD. */
const CONTROL_RE = new RegExp(`[${String.fromCharCode(0)}-\\b\\v\\x0e-\\x1f\\x7f\\ufffd]`);

/** Share of control characters (and decoding failures) in a text sample. */
function controlShare(sample: string): number {
  // Most samples hold none: one pattern test passes them by.
  if (sample.length === 0 || !CONTROL_RE.test(sample)) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / sample.length;
}

const HTML_DOC_RE = /<!doctype\s+html|<html[\s>]|<body[\s>]/i;
const HTML_FRAGMENT_RE = /<(table|p|div)[\s>]/i;
/** A fragment must also close an element, so a quoted "<p>" in prose is not markup. */
const HTML_CLOSE_RE = /<\/(?:p|div|table|tr|td|span|font|b|strong)\s*>/i;
const MD_HEADING_RE = /^#{1,6}\s+\S/;

/**
 * Inner pipes of a Markdown pipe row (the line `line[from, to)`, which starts and ends with `|` and
 * has content), or 0. Lines of bare pipes (`|||`) are the plain-text export's
 * filler for spanning cells (corpus 001, 003), not Markdown.
 */
function innerPipes(line: string, from: number, to: number): number {
  // The trimmed line is line[a, b): scanned in place, without copies.
  let a = from;
  let b = to;
  while (a < b && isWhiteSpace(line.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(line.charCodeAt(b - 1))) b--;
  if (b - a < 3 || line.charCodeAt(a) !== 0x7c || line.charCodeAt(b - 1) !== 0x7c) return 0;
  let pipes = 0;
  let content = false;
  for (let i = a + 1; i < b - 1; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x7c) pipes++;
    else if (!content && !isWhiteSpace(c)) content = true;
  }
  return content ? pipes : 0;
}

interface MarkdownSigns {
  readonly delimiterRows: number;
  /** Rows with at least two cells. */
  readonly pipeRows: number;
  /** Rows with at least three cells. */
  readonly wideRows: number;
  readonly headings: number;
}

function markdownSigns(text: string, maxLines: number): MarkdownSigns {
  let delimiterRows = 0;
  let pipeRows = 0;
  let wideRows = 0;
  let headings = 0;
  let start = 0;
  let nextPipe = text.indexOf('|');
  let nextDash = text.indexOf('-');
  for (let n = 0; n < maxLines && start <= text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (nextPipe >= 0 && nextPipe < start) nextPipe = text.indexOf('|', start);
    if (nextPipe >= 0 && nextPipe < end) {
      if (nextDash >= 0 && nextDash < start) nextDash = text.indexOf('-', start);
      // A delimiter row holds a hyphen; a heading starts with #: other lines are read in place.
      const pipes = innerPipes(text, start, end);
      if (nextDash >= 0 && nextDash < end && isDelimiterRow(text.slice(start, end))) delimiterRows++;
      else if (pipes >= 1) {
        pipeRows++;
        if (pipes >= 2) wideRows++;
      } else if (text.charCodeAt(start) === 0x23 && MD_HEADING_RE.test(text.slice(start, end))) headings++;
    } else if (text.charCodeAt(start) === 0x23 && MD_HEADING_RE.test(text.slice(start, end))) {
      // Without a pipe a line can only be a heading, and a heading starts with #.
      headings++;
    }
    start = end + 1;
  }
  return { delimiterRows, pipeRows, wideRows, headings };
}

/**
 * Markdown: a delimiter row among at least three pipe lines, or three rows of
 * three or more cells between outer pipes, or two ATX headings.
 */
function looksLikeMarkdown(s: MarkdownSigns): boolean {
  if (s.delimiterRows >= 1 && s.delimiterRows + s.pipeRows >= 3) return true;
  if (s.wideRows >= 3) return true;
  return s.headings >= 2;
}

/** A Markdown table row starts its line with `|` (the plain-text layout ends lines with it instead). */
function hasLineStartingWithPipe(b: Uint8Array): boolean {
  for (let i = b.indexOf(0x0a); i >= 0 && i + 1 < b.length; i = b.indexOf(0x0a, i + 1)) {
    let j = i + 1;
    while (b[j] === 0x20 || b[j] === 0x09) j++;
    if (b[j] === 0x7c) return true;
  }
  return false;
}

function firstNonEmptyLine(text: string): string {
  const head = text.slice(0, 4096);
  for (let start = 0; start <= head.length; ) {
    let end = head.indexOf('\n', start);
    if (end < 0) end = head.length;
    const line = head.slice(start, end);
    if (/\S/.test(line)) return line.trim();
    start = end + 1;
  }
  return '';
}

/** What the bytes are, and their text when they were decoded to find out. */
export interface Sniffed {
  readonly type: InputType | 'binary';
  /** The decoded input, for text-based types: readers take the text from it instead of decoding again. */
  readonly decoded?: DecodedInput;
}

/**
 * Detects what the bytes are. Returns `binary` for bytes that are neither a
 * known container nor text (NUL bytes, many control characters, unknown zips).
 * An empty input is `text` (the caller reports emptiness on its own).
 */
export function detectInputType(bytes: Uint8Array): InputType | 'binary' {
  return sniffInput(bytes).type;
}

/** `detectInputType`, keeping the decoded text for the reader. */
export function sniffInput(bytes: Uint8Array): Sniffed {
  if (isPdf(bytes)) return { type: 'pdf' };
  if (startsWithAscii(bytes, 'PK\x03\x04')) return { type: detectZip(bytes) };
  const head = bytes.subarray(0, utf8Boundary(bytes, SNIFF_BYTES));
  if (!hasUtf16Bom(head) && head.includes(0)) return { type: 'binary' };
  const decoded = new DecodedInput(bytes);
  return { type: textType(bytes, head.length, decoded), decoded };
}

/**
 * The type of text. Detection looks at a bounded prefix only (8 KB; 48 KB for Markdown tables that
 * may follow a long overview), so its rules do not depend on the length of the file.
 */
function textType(bytes: Uint8Array, headLength: number, decoded: DecodedInput): InputType | 'binary' {
  const text = decoded.prefix(SNIFF_BYTES);
  if (controlShare(text) > 0.02) return 'binary';

  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') && REPORT_SCHEMA_RE.test(text)) return 'json';
  if (/^path\s*,\s*label\s*,\s*value\s*(,|$)/i.test(firstNonEmptyLine(text))) return 'csv';

  const window = text.slice(0, MARKUP_WINDOW);
  if (HTML_DOC_RE.test(window)) return 'html';
  if (HTML_FRAGMENT_RE.test(window) && HTML_CLOSE_RE.test(text.slice(0, 8 * MARKUP_WINDOW)) && !looksLikeMarkdown(markdownSigns(window, 100))) return 'html';
  let signs = markdownSigns(text, 400);
  if (!looksLikeMarkdown(signs) && bytes.length > headLength && hasLineStartingWithPipe(bytes.subarray(headLength, MARKDOWN_BYTES))) {
    signs = markdownSigns(decoded.prefix(MARKDOWN_BYTES), 1200);
  }
  return looksLikeMarkdown(signs) ? 'markdown' : 'text';
}

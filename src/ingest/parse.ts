/**
 * @module Reading any published annual report into the canonical model.
 *
 * The input type is sniffed from the content (never the file name); a reader
 * turns the bytes into tokens; the assembler maps them onto the statutory
 * template. Odd documents give findings; only unreadable input throws, and then
 * always a `GongkaiError` with a stable code.
 */
import type { AnnualReport } from '../domain/annual-report/report.js';
import { GongkaiError, isGongkaiError } from '../domain/shared/errors.js';
import { sniffInput } from './detect.js';
import { assembleReport } from './assemble/assemble.js';
import { readerFor } from './registry.js';
import { readReportJson } from './own/read-json.js';
import { readReportCsv } from './own/read-csv.js';
import type { InputType } from './tokens.js';

/** Larger inputs are refused before any parsing: no published report comes near it. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** A published report has a few thousand lines at most; far beyond that, reading would only waste memory. */
export const MAX_LINES = 200_000;

function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && n <= MAX_LINES; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

export interface ParseOptions {
  readonly maxBytes?: number;
}

export interface ParseResult {
  readonly report: AnnualReport;
  readonly input: { readonly type: InputType; readonly layout: string; readonly bytes: number };
}

export function tooLarge(bytes: number, max: number): GongkaiError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new GongkaiError('INPUT_TOO_LARGE', {
    zh: `文件过大（${mb(bytes)} MB），超过上限 ${mb(max)} MB。`,
    en: `The file is too large (${mb(bytes)} MB); the limit is ${mb(max)} MB.`,
  });
}

export async function parseReport(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new GongkaiError('INPUT_EMPTY', { zh: '文件是空的。', en: 'The file is empty.' });
  if (bytes.length > max) throw tooLarge(bytes.length, max);
  const { type, decoded } = sniffInput(bytes);
  if (type === 'binary') {
    throw new GongkaiError('INPUT_BINARY', {
      zh: '无法识别的文件类型：既不是文本、网页，也不是 Word、Excel 或 PDF 文件。',
      en: 'Unrecognised file type: not text, HTML, Word, Excel or PDF.',
    });
  }
  if (type === 'json') return { report: readReportJson(bytes), input: { type, layout: 'json', bytes: bytes.length } };
  if (type === 'csv') return { report: readReportCsv(bytes), input: { type, layout: 'csv', bytes: bytes.length } };
  if ((type === 'text' || type === 'markdown') && countLines(bytes) > MAX_LINES) {
    throw new GongkaiError('INPUT_TOO_LARGE', {
      zh: `文本超过 ${MAX_LINES.toLocaleString('zh-CN')} 行，不是一份年度报告。`,
      en: `The text has more than ${MAX_LINES.toLocaleString('en')} lines; it is not an annual report.`,
    });
  }
  const reader = await readerFor(type);
  if (!reader) {
    throw new GongkaiError('INPUT_UNSUPPORTED_TYPE', { zh: `暂不支持读取 ${type} 文件。`, en: `Reading ${type} files is not supported.` });
  }
  try {
    const stream = await reader.read(bytes, decoded);
    return { report: assembleReport(stream), input: { type, layout: stream.layout, bytes: bytes.length } };
  } catch (e) {
    if (isGongkaiError(e)) throw e;
    throw new GongkaiError(
      'INPUT_UNREADABLE',
      { zh: `文件无法读取（${type}）：内容已损坏或格式不正确。`, en: `The ${type} file cannot be read: it is corrupt or malformed.` },
      { cause: e },
    );
  }
}

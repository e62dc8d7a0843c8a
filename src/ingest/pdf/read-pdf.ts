/**
 * @module The PDF reader: unpdf (PDF.js) text items → lines → cells.
 *
 * Each text line becomes one row: a table row yields several cells, prose one.
 * All text goes through NFKC and the CJK radical map (CJK fonts make PDF text
 * layers say ⺠ for 民). Encrypted, damaged and scanned (no text layer) files
 * are refused with INPUT_UNREADABLE; more than MAX_PDF_PAGES pages with
 * INPUT_TOO_LARGE, so work stays bounded.
 */
import { getDocumentProxy } from 'unpdf';
import { GongkaiError } from '../../domain/shared/errors.js';
import type { Reader, Token, TokenStream } from '../tokens.js';
import { cell, ROW_END } from '../tokens.js';
import { groupLines, type PdfItem } from './pdf-lines.js';
import { normalizePdfText } from './radicals.js';

export const MAX_PDF_PAGES = 200;
/** Below this many visible characters per page on average, the PDF has no real text layer. */
const MIN_CHARS_PER_PAGE = 16;

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

function errorName(e: unknown): string {
  return e !== null && typeof e === 'object' && 'name' in e && typeof e.name === 'string' ? e.name : '';
}

async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  try {
    // PDF.js may transfer the buffer to its worker: hand it a copy.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (cause) {
    if (errorName(cause) === 'PasswordException') {
      throw new GongkaiError('INPUT_UNREADABLE', {
        zh: '该 PDF 已加密（需要密码才能打开），无法读取。请提供未加密的文件。',
        en: 'This PDF is encrypted (it needs a password to open) and cannot be read. Please provide an unencrypted file.',
      }, { cause });
    }
    throw new GongkaiError('INPUT_UNREADABLE', {
      zh: '无法读取该 PDF：文件已损坏或不是有效的 PDF。',
      en: 'Cannot read this PDF: the file is damaged or not a valid PDF.',
    }, { cause });
  }
}

interface RawTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

function isTextItem(item: object): item is RawTextItem {
  return 'str' in item && 'transform' in item;
}

function toPdfItem(item: RawTextItem): PdfItem {
  const [a = 0, b = 0, , , e = 0, f = 0] = item.transform;
  const size = Math.hypot(a, b) || item.height || 1;
  return { str: normalizePdfText(item.str), x: e, y: f, width: item.width, size };
}

function visibleChars(s: string): number {
  let n = 0;
  for (const ch of s) if (!/\s/.test(ch)) n++;
  return n;
}

async function readPages(doc: PdfDocument): Promise<Token[]> {
  const tokens: Token[] = [];
  let chars = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    for (const it of content.items) if (isTextItem(it)) items.push(toPdfItem(it));
    groupLines(items).forEach((line, li) => {
      for (const c of line) {
        const text = c.text.trim();
        chars += visibleChars(text);
        tokens.push(cell(text, { kind: 'page', page: p, x: Math.round(c.x), y: Math.round(c.y), line: li + 1 }));
      }
      tokens.push(ROW_END);
    });
    page.cleanup();
  }
  if (doc.numPages === 0 || chars < MIN_CHARS_PER_PAGE * doc.numPages) {
    throw new GongkaiError('INPUT_UNREADABLE', {
      zh: '该 PDF 没有文字层（可能是扫描件），无法读取。请提供文字版 PDF、Word 文档或网页，或先做文字识别（OCR）。',
      en: 'This PDF has no text layer (it may be a scan) and cannot be read. Please provide a text PDF, a Word document or the web page, or run OCR first.',
    });
  }
  return tokens;
}

export const pdfReader: Reader = {
  type: 'pdf',
  async read(bytes: Uint8Array): Promise<TokenStream> {
    const doc = await openPdf(bytes);
    try {
      if (doc.numPages > MAX_PDF_PAGES) {
        throw new GongkaiError('INPUT_TOO_LARGE', {
          zh: `该 PDF 有 ${doc.numPages} 页，超过 ${MAX_PDF_PAGES} 页的上限；年度报告通常只有几页，请确认文件是否正确。`,
          en: `This PDF has ${doc.numPages} pages, more than the limit of ${MAX_PDF_PAGES}; an annual report usually has a few pages, please check the file.`,
        });
      }
      let tokens: Token[];
      try {
        tokens = await readPages(doc);
      } catch (cause) {
        if (cause instanceof GongkaiError) throw cause;
        throw new GongkaiError('INPUT_UNREADABLE', {
          zh: '读取该 PDF 的文字时出错：文件可能已损坏。',
          en: 'Reading the text of this PDF failed: the file may be damaged.',
        }, { cause });
      }
      return { type: 'pdf', layout: 'pdf-lines', tokens };
    } finally {
      await doc.destroy().catch(() => undefined);
    }
  },
};

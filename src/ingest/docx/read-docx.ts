/**
 * @module The DOCX reader: mammoth converts the document to HTML (merged cells
 * become one cell with `colspan`/`rowspan`), then the HTML reader walks it.
 * Element paths therefore point into mammoth's HTML (`table[1]/tr[5]/td[3]`,
 * `p[17]`), which follows the document's own order of paragraphs and tables.
 */
import mammoth from 'mammoth';
import { GongkaiError } from '../../domain/shared/errors.js';
import type { Reader, TokenStream } from '../tokens.js';
import { zipUncompressedSize } from '../detect.js';
import { readHtmlString } from '../html/read-html.js';

/** A document that unpacks to more than this is refused before mammoth inflates it. */
export const MAX_DOCX_UNZIPPED_BYTES = 512 * 1024 * 1024;

/** Images are not content here: skip their bytes instead of inlining them as data URIs. */
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const size = zipUncompressedSize(bytes);
  if (size !== null && size > MAX_DOCX_UNZIPPED_BYTES) {
    throw new GongkaiError('INPUT_TOO_LARGE', {
      zh: '该 Word 文档解压后过大，无法读取。',
      en: 'This Word document is too large once unpacked and cannot be read.',
    });
  }
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml({ buffer }, { convertImage: dropImages });
    return result.value;
  } catch (cause) {
    throw new GongkaiError(
      'INPUT_UNREADABLE',
      {
        zh: '无法读取该 Word 文档（.docx）：文件已损坏，或不是 .docx 格式（旧版 .doc 请先另存为 .docx）。',
        en: 'Cannot read this Word document (.docx): the file is damaged or not in .docx format (save an old .doc as .docx first).',
      },
      { cause },
    );
  }
}

export const docxReader: Reader = {
  type: 'docx',
  async read(bytes: Uint8Array): Promise<TokenStream> {
    const html = await docxToHtml(bytes);
    const stream = readHtmlString(html);
    return { type: 'docx', layout: stream.layout === 'html' ? 'docx' : `docx:${stream.layout}`, tokens: stream.tokens };
  },
};

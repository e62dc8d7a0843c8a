/**
 * @module Which reader reads which input type. Adding a format means adding a
 * reader folder and one line here. Readers with heavy libraries (cheerio,
 * mammoth, unpdf, exceljs) are loaded on first use, so reading plain text
 * never pays for them.
 */
import type { InputType, Reader } from './tokens.js';
import { textReader } from './text/read-text.js';

type Load = () => Promise<Reader>;

const LOADERS: Partial<Record<InputType, Load>> = {
  text: async () => textReader,
  html: async () => (await import('./html/read-html.js')).htmlReader,
  markdown: async () => (await import('./markdown/read-markdown.js')).markdownReader,
  docx: async () => (await import('./docx/read-docx.js')).docxReader,
  pdf: async () => (await import('./pdf/read-pdf.js')).pdfReader,
  xlsx: async () => (await import('./xlsx/read-xlsx.js')).xlsxReader,
};

const loaded = new Map<InputType, Reader>();

export async function readerFor(type: InputType): Promise<Reader | undefined> {
  const hit = loaded.get(type);
  if (hit) return hit;
  const load = LOADERS[type];
  if (!load) return undefined;
  const reader = await load();
  loaded.set(type, reader);
  return reader;
}

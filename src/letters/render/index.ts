/**
 * @module Letters to files. HTML is immediate; the docx library and the PDF
 * printer (playwright-core driving Chromium) are loaded on first use, so
 * importing this module costs nothing.
 */
import type { Letter } from '../letter.js';
import type { LetterPrinter, PrinterOptions } from './letter-pdf.js';

export { letterToHtml } from './letter-html.js';
export type { LetterPrinter, PrinterOptions } from './letter-pdf.js';

/** The letter as the bytes of a .docx file (A4, 仿宋 body, seal area). */
export async function letterToDocx(letter: Letter): Promise<Uint8Array> {
  return (await import('./letter-docx.js')).letterToDocx(letter);
}

/** The letter as an A4 PDF; with `printer`, on its browser, else on one started and closed for it. */
export async function letterToPdf(letter: Letter, printer?: LetterPrinter): Promise<Uint8Array> {
  return (await import('./letter-pdf.js')).letterToPdf(letter, printer);
}

/** Starts Chromium to print many letters; close it when done. `BROWSER_UNAVAILABLE` without Chromium. */
export async function openLetterPrinter(options?: PrinterOptions): Promise<LetterPrinter> {
  return (await import('./letter-pdf.js')).openLetterPrinter(options);
}

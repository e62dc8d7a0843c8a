/**
 * @module Letters as PDF: the HTML page (`letterToHtml`) printed on A4 by
 * Chromium through playwright-core (ADR 0080). One browser serves many
 * letters: `openLetterPrinter()` starts it, `print()` makes each PDF in a
 * fresh context with JavaScript off and no network, `close()` ends it.
 * Without Chromium the error is `BROWSER_UNAVAILABLE`, in both languages,
 * saying how to install it or choose DOCX or HTML instead.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { GongkaiError } from '../../domain/shared/errors.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../render/chromium.js';
import type { Letter } from '../letter.js';
import { letterToHtml } from './letter-html.js';

function unavailable(path: string, cause?: unknown): GongkaiError {
  const why = cause === undefined ? `找不到 Chromium（${path}）` : `Chromium（${path}）无法启动`;
  const whyEn = cause === undefined ? `Chromium was not found at ${path}` : `Chromium at ${path} failed to start`;
  return new GongkaiError(
    'BROWSER_UNAVAILABLE',
    {
      zh: `${why}，无法生成 PDF。请安装：apt-get install chromium fonts-noto-cjk，或用环境变量 GONGKAI_CHROMIUM 指定浏览器；也可以改为输出 DOCX 或 HTML。`,
      en: `${whyEn}, so no PDF can be made. Install it (apt-get install chromium fonts-noto-cjk) or name a browser in GONGKAI_CHROMIUM; or make DOCX or HTML instead.`,
    },
    cause === undefined ? undefined : { cause },
  );
}

export interface LetterPrinter {
  /** The letter as the bytes of an A4 PDF. */
  print(letter: Letter): Promise<Uint8Array>;
  /** Closes the browser; printing afterwards is refused. */
  close(): Promise<void>;
}

export interface PrinterOptions {
  /** The Chromium executable; by default `GONGKAI_CHROMIUM`, else /usr/bin/chromium. */
  readonly executablePath?: string;
}

/** Starts Chromium for printing letters. Close the printer when done (`try … finally`). */
export async function openLetterPrinter(options: PrinterOptions = {}): Promise<LetterPrinter> {
  const path = options.executablePath ?? chromiumPath(process.env);
  if (!existsSync(path)) throw unavailable(path);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: path, args: [...CHROMIUM_ARGS] });
  } catch (cause) {
    throw unavailable(path, cause);
  }
  let closed = false;
  return {
    async print(letter) {
      if (closed) throw new GongkaiError('BROWSER_UNAVAILABLE', { zh: 'PDF 打印器已关闭。', en: 'The PDF printer is closed.' });
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.setContent(letterToHtml(letter), { waitUntil: 'load' });
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: false });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await browser.close();
    },
  };
}

/** One letter as PDF: with `printer`, on its browser; without, on a browser started and closed for it. */
export async function letterToPdf(letter: Letter, printer?: LetterPrinter): Promise<Uint8Array> {
  if (printer) return printer.print(letter);
  const own = await openLetterPrinter();
  try {
    return await own.print(letter);
  } finally {
    await own.close();
  }
}

/** Several letters as PDFs on one browser, in order. */
export async function lettersToPdf(letters: readonly Letter[], options: PrinterOptions = {}): Promise<Uint8Array[]> {
  const printer = await openLetterPrinter(options);
  try {
    const out: Uint8Array[] = [];
    for (const letter of letters) out.push(await printer.print(letter));
    return out;
  } finally {
    await printer.close();
  }
}

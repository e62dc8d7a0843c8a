/**
 * The PDF reader: lines and cells from positioned text, radicals normalised,
 * and clear refusals for encrypted, damaged, scanned and oversized files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../domain/shared/errors.js';
import type { TokenStream } from '../tokens.js';
import { groupLines, type PdfItem } from './pdf-lines.js';
import { normalizePdfText, RADICAL_MAP } from './radicals.js';
import { MAX_PDF_PAGES, pdfReader } from './read-pdf.js';
import { tokenRows as rows, FIXTURES } from '../token-rows.test-util.js';

/** A hand-made PDF: `objects[i]` is the body of object i + 1; object 1 is the catalog. */
function makePdf(objects: readonly string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}

function stream(content: string): string {
  return `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
}

/** One page per entry of `pages`, all drawing the same content stream. */
function pagesPdf(content: string, pages = 1, trailerExtra = '', extra: readonly string[] = []): Uint8Array {
  const first = 5;
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ');
  const pageObjs = Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>');
  return makePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    stream(content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...pageObjs,
    ...extra,
  ], trailerExtra);
}

async function readError(bytes: Uint8Array): Promise<unknown> {
  return Promise.resolve().then(() => pdfReader.read(bytes)).then(() => null, (e: unknown) => e);
}

describe('pdfReader on the Chromium print of the 兴和县 2024 page (003)', () => {
  let cached: Promise<TokenStream> | undefined;
  const read = (): Promise<TokenStream> => (cached ??= Promise.resolve(pdfReader.read(new Uint8Array(readFileSync(join(FIXTURES, 'pdf', '003.pdf'))))));

  it('reads a table row as several cells: 一、本年新收 and its seven values, then rowEnd', async () => {
    const { tokens } = await read();
    const i = tokens.findIndex((t) => t.kind === 'cell' && t.text === '一、本年新收政府信息公开申请数量');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(tokens.slice(i + 1, i + 9).map((t) => (t.kind === 'cell' ? t.text : t.kind))).toEqual(['26', '0', '0', '0', '0', '0', '26', 'rowEnd']);
  });

  it('reads a prose line as one cell and locates it by page, position and line', async () => {
    const { tokens } = await read();
    const heading = tokens.find((t) => t.kind === 'cell' && t.text === '二、主动公开政府信息情况');
    expect(heading).toMatchObject({ at: { kind: 'page', page: expect.any(Number), x: expect.any(Number), y: expect.any(Number), line: expect.any(Number) } });
    expect(rows(tokens)).toContainEqual(['行政许可', '13704']);
  });

  it('gives back ordinary characters, never CJK radicals', async () => {
    const text = (await read()).tokens.map((t) => (t.kind === 'cell' ? t.text : '')).join('');
    expect(text).not.toMatch(/[\u2E80-\u2FDF]/);
    expect(text).toContain('人民政府');
    expect(text).toContain('门户网站');
  });
});

describe('pdfReader on hand-made PDFs', () => {
  const row = 'BT /F1 10 Tf 72 700 Td (Regulations) Tj 200 0 Td (26) Tj 100 0 Td (0) Tj ET BT /F1 10 Tf 72 680 Td (A line of prose text here.) Tj ET';

  it('splits a line at wide gaps only', async () => {
    const s = await pdfReader.read(pagesPdf(row));
    expect(rows(s.tokens)).toEqual([['Regulations', '26', '0'], ['A line of prose text here.']]);
  });

  it('refuses a PDF without a text layer (a scan)', async () => {
    const e = await readError(pagesPdf('0 0 1 rg 10 10 100 100 re f'));
    expect(e).toBeInstanceOf(GongkaiError);
    expect(e).toMatchObject({ code: 'INPUT_UNREADABLE', zh: expect.stringContaining('没有文字层'), en: expect.stringContaining('no text layer') });
  });

  it(`refuses more than ${MAX_PDF_PAGES} pages`, async () => {
    const e = await readError(pagesPdf(row, MAX_PDF_PAGES + 1));
    expect(e).toMatchObject({ code: 'INPUT_TOO_LARGE', en: expect.stringContaining(String(MAX_PDF_PAGES + 1)) });
  });

  it('refuses an encrypted PDF that needs a password', async () => {
    const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
    const encrypt = `<< /Filter /Standard /V 1 /R 2 /O <${hex(1)}> /U <${hex(2)}> /P -4 >>`;
    const e = await readError(pagesPdf(row, 1, `/Encrypt 6 0 R /ID [<${hex(3)}> <${hex(3)}>] `, [encrypt]));
    expect(e).toMatchObject({ code: 'INPUT_UNREADABLE', zh: expect.stringContaining('加密') });
  });

  it('refuses damaged bytes', async () => {
    for (const bad of [new TextEncoder().encode('%PDF-1.7\nthis is not a pdf'), new Uint8Array(readFileSync(join(FIXTURES, 'pdf', '003.pdf'))).subarray(0, 4000)]) {
      expect(await readError(bad)).toMatchObject({ code: 'INPUT_UNREADABLE' });
    }
  });
});

describe('groupLines', () => {
  const it0 = (str: string, x: number, y: number, width = str.length * 10, size = 10): PdfItem => ({ str, x, y, width, size });

  it('groups by baseline within half a font size and orders by x', () => {
    const lines = groupLines([it0('26', 300, 700.4), it0('一、本年新收', 72, 700), it0('下一行', 72, 680)]);
    expect(lines.map((l) => l.map((c) => c.text))).toEqual([['一、本年新收', '26'], ['下一行']]);
  });

  it('joins close items, adds a space at word gaps and splits at 1.5 em', () => {
    const lines = groupLines([it0('本年', 0, 10, 20), it0('新收', 20, 10, 20), it0('Word', 43, 10, 40), it0('26', 100, 10, 20)]);
    expect(lines[0]!.map((c) => c.text)).toEqual(['本年新收 Word', '26']);
  });

  it('ignores blank items', () => {
    expect(groupLines([it0(' ', 0, 0), it0('', 10, 0)])).toEqual([]);
  });
});

describe('normalizePdfText', () => {
  it('folds Kangxi and supplement radicals to ordinary characters', () => {
    expect(normalizePdfText('⼈⺠政府⻔户⽹站')).toBe('人民政府门户网站');
    expect(normalizePdfText('⻅⻓⻔⻚⻋⻛⻜⻝⻢⻥⻦⻰⻩⻬⻮⻆⻘⻙⻁⺟⺁⺇⺈⺌⺍⺕⺩⻊⻣⻤')).toBe('见长门页车风飞食马鱼鸟龙黄齐齿角青韦虎母厂几刀小小彐王足骨鬼');
  });

  it('maps ⼾ ⾭ ⿈ to the simplified characters their glyphs stand for', () => {
    expect(normalizePdfText('⼾⾭⿈')).toBe('户青黄');
  });

  it('applies NFKC to full-width forms', () => {
    expect(normalizePdfText('（一）１２')).toBe('(一)12');
  });

  it('covers the whole supplement block that has an equivalent', () => {
    expect(RADICAL_MAP.size).toBe(114);
    for (const [from, to] of RADICAL_MAP) expect(normalizePdfText(from)).toBe(to.normalize('NFKC'));
  });
});

/**
 * PDFs printed by the real Chromium (ADR 0080), read back with unpdf. Without
 * Chromium these tests are skipped — unless GONGKAI_REQUIRE_BROWSER is set,
 * then they fail (test/browser/browser-plan.ts).
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../domain/cases/case-events.js';
import { isGongkaiError } from '../../domain/shared/errors.js';
import { normalizePdfText } from '../../ingest/pdf/radicals.js';
import { chromium } from 'playwright-core';
import { axeViolations, describeViolations } from '../../../test/browser/axe.js';
import { CHROMIUM_ARGS, planBrowserTests } from '../../../test/browser/browser-plan.js';
import { letterToHtml } from './letter-html.js';
import { composeLetter } from '../compose-letter.js';
import { AGENCY, APPLICANT, application, d, decidedCase, input, register } from '../example-letters.test-util.js';
import { lettersToPdf, openLetterPrinter, type LetterPrinter } from './letter-pdf.js';

const PLAN = planBrowserTests(process.env);

/** Text as the PDF gives it back: NFKC and CJK radicals folded (stack.md §PDF), white space removed (lines wrap anywhere). */
const folded = (s: string): string => normalizePdfText(s).replace(/\s+/g, '');

/** The PDF's text, whole and by page, and its page size in points. */
async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: string[]; size: [number, number] }> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
  const { text } = await extractText(doc, { mergePages: false });
  const pages = text.map(folded);
  return { text: pages.join(''), pages, size: [Math.round(width), Math.round(height)] };
}

const ack = () => composeLetter('acknowledgement', input([register('2024-09-27')]));

describe.skipIf(PLAN.kind === 'skip')(`letterToPdf in Chromium${PLAN.kind === 'skip' ? ` — ${PLAN.reason}` : ''}`, { timeout: 60_000 }, () => {
  let printer: LetterPrinter | undefined;

  beforeAll(async () => {
    if (PLAN.kind !== 'run') throw new Error(PLAN.reason);
    printer = await openLetterPrinter({ executablePath: PLAN.executablePath });
  }, 60_000);

  afterAll(async () => {
    await printer?.close();
  });

  it('prints A4 with the title, agency, articles, dates and the seal area', async () => {
    const bytes = await printer!.print(ack());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { text, pages, size } = await pdfText(bytes);
    expect(size).toEqual([595, 842]);
    expect(text).toContain(folded('政府信息公开申请受理回执'));
    expect(text).toContain(folded('《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十一条'));
    expect(text).toContain(folded('于2024年10月30日前作出答复'));
    // The seal area is never split: box, agency and date on the last page, together.
    expect(pages.at(-1)).toContain(folded(`（盖章处）${AGENCY.name}2024年9月27日`));
  });

  it('prints several letters on one browser: a decision with the remedies, a fee notice with its amount', async () => {
    const fee: CaseEvent[] = [register('2024-09-27'), { type: 'feeNotice', on: d('2024-09-30'), basis: { method: 'perVolume', pages: 250 }, amountYuan: 4700 }];
    const [decision, notice] = await Promise.all([
      printer!.print(composeLetter('decision', input(decidedCase('notExist')))).then(pdfText),
      printer!.print(composeLetter('fee', input(fee))).then(pdfText),
    ]);
    expect(decision.text).toContain(folded('第三十六条第（四）项'));
    expect(decision.text).toContain(folded('60日内向某某县人民政府申请行政复议'));
    expect(notice.text).toContain(folded('人民币肆仟柒佰元整'));
    expect(notice.text).toContain(folded('2024年11月1日'));
  });

  it('shows nothing of the applicant in a consultation letter', async () => {
    const quoting = `${APPLICANT.name}（电话${APPLICANT.phone}）要求公开的拆迁补偿协议`;
    const events: CaseEvent[] = [register('2024-09-27', application(quoting)), { type: 'consult', on: d('2024-09-30'), party: 'thirdParty', name: '某某建设有限公司' }];
    const { text } = await pdfText(await printer!.print(composeLetter('consultation', input(events))));
    expect(text).toContain(folded('拆迁补偿协议'));
    expect(text).toContain(folded('某某建设有限公司'));
    for (const secret of Object.values(APPLICANT)) expect(text).not.toContain(folded(secret));
  });

  it('starts and closes a browser of its own for a batch', async () => {
    const pdfs = await lettersToPdf([ack(), ack()], { executablePath: PLAN.kind === 'run' ? PLAN.executablePath : '' });
    expect(pdfs).toHaveLength(2);
    expect((await pdfText(pdfs[1]!)).text).toContain(folded('政府信息公开申请受理回执'));
  });

  it('is an HTML page that meets WCAG 2.1 AA (axe-core), every kind of letter', async () => {
    if (PLAN.kind !== 'run') throw new Error(PLAN.reason);
    const browser = await chromium.launch({ executablePath: PLAN.executablePath, args: [...CHROMIUM_ARGS] });
    try {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      const fee: CaseEvent[] = [register('2024-09-27'), { type: 'feeNotice', on: d('2024-09-30'), basis: { method: 'perVolume', pages: 250 }, amountYuan: 4700 }];
      for (const letter of [ack(), composeLetter('fee', input(fee)), composeLetter('decision', input(decidedCase('partiallyDisclosed'), { details: { withheld: { part: '报价', ground: 'thirdPartyRights' }, attachments: ['甲', '乙'] } }))]) {
        await page.setContent(letterToHtml(letter));
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
      }
    } finally {
      await browser.close();
    }
  });

  it('refuses to print once closed', async () => {
    const own = await openLetterPrinter({ executablePath: PLAN.kind === 'run' ? PLAN.executablePath : '' });
    await own.close();
    await own.close();
    await expect(own.print(ack())).rejects.toMatchObject({ code: 'BROWSER_UNAVAILABLE' });
  });
});

describe('without Chromium', () => {
  it('refuses with BROWSER_UNAVAILABLE, in both languages, saying what to do', async () => {
    const error = await openLetterPrinter({ executablePath: '/nonexistent/chromium' }).catch((e: unknown) => e);
    expect(isGongkaiError(error) && error.code).toBe('BROWSER_UNAVAILABLE');
    expect(isGongkaiError(error) && error.zh).toContain('apt-get install chromium fonts-noto-cjk');
    expect(isGongkaiError(error) && error.en).toContain('GONGKAI_CHROMIUM');
  });
});

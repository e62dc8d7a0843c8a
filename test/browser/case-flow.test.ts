/**
 * One application from start to annual report, in Chromium, as the people
 * involved do it: a member of the public applies at 申请公开 and keeps the
 * case number and code → the clerk signs in, finds the case in 依申请案件,
 * asks for a correction, records the corrected application and decides
 * (部分公开) → downloads the answer letter as Word and as PDF (a real PDF
 * with the agency's name in its text, read by pdftotext) → the applicant's
 * 查询办理进度 shows every step and no personal data → the clerk drafts the
 * year's annual report, edits its text and saves it, and the report page
 * counts the case in Table 3 under 部分公开 · 自然人 (checked against the API).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../src/domain/calendar/iso-date.js';
import { dateZh } from '../../src/letters/wording.js';
import { chinaToday } from '../../src/persistence/repositories/clock.js';
import { applyOnline, clickAndWait, downloadFile, lookUpCase, mainNav, signIn } from './actions.js';
import { cellOf, getJson } from './api.js';
import { describeBrowser, useBrowserSuite } from './suite.js';

const PERSON = { name: '欧阳明远', idNumber: '11010519491231002X', phone: '13912345678', email: 'mingyuan@example.com', address: '兴和县城关镇幸福路8号' } as const;

/** The form of one step on the case page: its <details> opened, the form found by its submit button. */
async function stepForm(page: Page, step: string) {
  await page.locator('.event-forms summary', { hasText: step }).click();
  return page.locator('form').filter({ has: page.getByRole('button', { name: `记录“${step}”` }) });
}

async function recordStep(page: Page, step: string, fill: (form: ReturnType<Page['locator']>) => Promise<void> = async () => undefined): Promise<void> {
  const form = await stepForm(page, step);
  await fill(form);
  const res = await clickAndWait(page, form.getByRole('button', { name: `记录“${step}”` }));
  expect(res.status(), `${step}: ${await page.locator('.error-box').allInnerTexts()}`).toBe(200);
  await expect.poll(() => page.getByRole('status').innerText()).toContain('已记录。');
}

/** The text of a PDF, as poppler's pdftotext reads it. */
function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-flow-'));
  try {
    writeFileSync(join(dir, 'letter.pdf'), bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'letter.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describeBrowser('an application from 申请公开 to the annual report', () => {
  const s = useBrowserSuite();

  it('apply → correction → decision → letters → the applicant’s status → the annual report counts it', { timeout: 180_000 }, async () => {
    const today = chinaToday() as IsoDate;
    const year = today.slice(0, 4);

    // 1. The public applies, with JavaScript on, from the site's navigation.
    const applicant = await s.newPage();
    const { status: submitted, caseNumber, code } = await applyOnline(applicant, { agency: '兴和县', ...PERSON, description: '2025年兴和县城区道路改造工程的招标文件' });
    expect(submitted).toBe(201);
    expect(caseNumber).toMatch(new RegExp(`^兴和县〔${year}〕依申第\\d+号$`));
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);

    // 2. The clerk finds it in the inbox.
    const clerk = await s.newPage();
    await signIn(clerk, s.site.user('clerk'));
    await clickAndWait(clerk, mainNav(clerk).getByRole('link', { name: '依申请案件' }));
    await clickAndWait(clerk, clerk.getByRole('table', { name: '正在办理的案件' }).getByRole('link', { name: caseNumber }));
    await expect.poll(() => clerk.getByRole('heading', { level: 1 }).innerText()).toBe(caseNumber);
    expect(await clerk.locator('.case-facts').first().innerText()).toContain('办理中');

    // 3. A correction is asked for and received; the decision: partly disclosed.
    await recordStep(clerk, '补正告知', async (form) => {
      await form.getByLabel('需补正的事项（每行一项）').fill('请写明招标文件的项目名称或编号');
      await form.getByLabel('补正期限').fill(addDays(today, 15));
    });
    expect(await clerk.locator('.case-facts').first().innerText()).toContain('待补正');
    await recordStep(clerk, '收到补正');
    await recordStep(clerk, '作出答复', async (form) => {
      await form.getByLabel('答复结果').selectOption({ label: '部分公开' });
      await form.getByLabel('理由（可空）').fill('招标文件中投标人的报价部分涉及商业秘密');
    });
    expect(await clerk.locator('.case-facts').first().innerText()).toContain('已答复');

    // 4. The answer letter as Word and as PDF.
    await clerk.locator('details summary', { hasText: '答复告知书' }).click();
    const letterForm = clerk.locator('form[action$="/letters/decision"]');
    await letterForm.getByLabel('不予公开的部分（部分公开时）').fill('投标人的报价明细');
    await letterForm.getByLabel('不予公开的理由').selectOption({ index: 1 });
    const docx = await downloadFile(clerk, letterForm.getByRole('button', { name: '下载 Word（DOCX）' }));
    expect(docx.fileName).toBe(`${caseNumber}-答复告知书.docx`);
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const docxText = (await mammoth.extractRawText({ buffer: docx.bytes })).value;
    expect(docxText).toContain('兴和县');
    expect(docxText).toContain('投标人的报价明细');
    const pdf = await downloadFile(clerk, letterForm.getByRole('button', { name: '下载 PDF' }));
    expect(pdf.fileName).toBe(`${caseNumber}-答复告知书.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf.bytes).replace(/\s+/g, '');
    // The seal block: the agency's name over the day of the answer.
    expect(text).toContain(`兴和县${dateZh(today)}`);
    expect(text).toContain(caseNumber);
    expect(text).toContain('投标人的报价明细');

    // 5. The applicant's status page: every step, and none of the applicant's personal data.
    const look = await s.newPage();
    expect((await lookUpCase(look, caseNumber, code.toLowerCase())).status()).toBe(200);
    const facts = await look.locator('.case-facts').innerText();
    expect(facts).toContain('已答复');
    expect(facts).toContain('部分公开');
    const steps = await look.getByRole('heading', { name: '办理经过' }).locator('xpath=following-sibling::ol[1]/li').allInnerTexts();
    expect(steps.map((x) => x.replace(/^.*：/, ''))).toEqual(['登记', '补正告知', '收到补正', '作出答复']);
    const shown = `${await look.locator('body').innerText()}\n${await look.content()}`;
    for (const [what, value] of Object.entries(PERSON)) expect(shown.includes(value), `${what} on the status page`).toBe(false);
    const ack = await downloadFile(look, look.locator('li', { hasText: '受理回执' }).getByRole('button', { name: '下载 Word（DOCX）' }));
    expect(ack.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    // 6. The annual report: drafted, its text edited, saved; Table 3 counts the case.
    await clickAndWait(clerk, clerk.getByRole('navigation', { name: '依申请公开' }).getByRole('link', { name: '用案件数据生成年度报告' }));
    await clerk.getByLabel('年度').fill(year);
    await clickAndWait(clerk, clerk.getByRole('button', { name: '起草' }));
    expect(await clerk.locator('td[data-path="table3.partialGrant.naturalPerson"]').innerText()).toBe('1');
    const problems = clerk.getByLabel('五、存在的主要问题及改进情况');
    expect(await problems.inputValue()).toContain('（一）存在的主要问题');
    const edited = '（一）存在的主要问题\n一是依申请公开答复中区分处理的说理还不够充分。\n（二）改进情况\n一是制定区分处理的答复范本。';
    await problems.fill(edited);
    expect((await clickAndWait(clerk, clerk.getByRole('button', { name: '保存年度报告' }))).status()).toBe(200);
    const reportId = Number(/^\/reports\/(\d+)$/.exec(new URL(clerk.url()).pathname)![1]);
    expect(await clerk.getByRole('heading', { level: 1 }).innerText()).toBe(`兴和县${year}年政府信息公开工作年度报告`);
    await expect.poll(() => clerk.locator('#problemsImprovements').innerText()).toContain('一是依申请公开答复中区分处理的说理还不够充分。');
    expect(await clerk.locator('td[data-path="table3.partialGrant.naturalPerson"]').innerText()).toBe('1');
    expect(await clerk.locator('td[data-path="table3.partialGrant.total"]').innerText()).toBe('1');
    const model = await getJson<{ sections: Record<string, string> }>(clerk, `/api/reports/${reportId}`);
    expect(cellOf(model, 'table3.partialGrant.naturalPerson')).toBe(1);
    expect(model.sections['problemsImprovements']).toBe(edited);
  });
});

/**
 * The site with JavaScript switched off in Chromium: 首页 lists the reports,
 * the filter form filters, a report opens with its tables and marked findings,
 * a cell leads to its source and back (plain links and `:target`), the
 * navigation leads back, a download downloads, and signing in works; and an
 * application goes in at 申请公开 (the agency chosen from its grouped list),
 * its case number and code are followed on 查询办理进度, a letter downloads.
 */
import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { applyOnline, clickAndWait, downloadFile, focused, lookUpCase, mainNav, openReportOf, signIn } from './actions.js';
import { cellOf, getJson } from './api.js';
import { describeBrowser, useBrowserSuite } from './suite.js';

const NO_JS = { javaScriptEnabled: false } as const;

/** Whether the element is the page's `:target`, inside the viewport, and its background. */
function isTargetInView(el: Locator): Promise<{ target: boolean; inView: boolean; background: string }> {
  return el.evaluate((e) => {
    const win = e.ownerDocument.defaultView;
    const box = e.getBoundingClientRect();
    return { target: e.matches(':target'), inView: box.top >= 0 && box.top < win.innerHeight && box.height > 0, background: win.getComputedStyle(e).backgroundColor };
  });
}

describeBrowser('without JavaScript', () => {
  const s = useBrowserSuite();

  it('scripting is really off in these pages', async () => {
    const page = await s.newPage(NO_JS);
    await page.setContent('<noscript><p id="off">off</p></noscript><p id="on" hidden>on</p>');
    expect(await page.locator('#off').count()).toBe(1);
  });

  it('首页: the list, the filter form, a report page with its tables, and back', async () => {
    const page = await s.newPage(NO_JS);
    const res = await page.goto('/');
    expect(res!.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('政府信息公开工作年度报告');
    const list = page.getByRole('table', { name: '已公开的年度报告' });
    const agencies = await list.locator('tbody th').allInnerTexts();
    expect(new Set(agencies)).toEqual(new Set(['兴和县', '成安县', '康乐县', '涧西区', '桦甸市统计局']));

    await page.getByLabel('年度').selectOption('2019');
    await clickAndWait(page, page.getByRole('button', { name: '筛选' }));
    expect(new URL(page.url()).searchParams.get('year')).toBe('2019');
    expect(new Set(await list.locator('tbody td:nth-child(2)').allInnerTexts())).toEqual(new Set(['2019']));
    expect((await list.locator('tbody th').allInnerTexts()).sort()).toEqual(['康乐县', '涧西区'].sort());

    await clickAndWait(page, list.getByRole('link', { name: '康乐县' }));
    expect(new URL(page.url()).pathname).toMatch(/^\/reports\/\d+$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('康乐县');
    for (const caption of ['表三', '表四']) expect(await page.locator('table caption', { hasText: caption }).count(), caption).toBeGreaterThan(0);
    expect(await page.locator('td[data-path]').count()).toBeGreaterThan(100);
    const download = await downloadFile(page, page.getByRole('navigation', { name: '下载' }).getByRole('link', { name: 'JSON' }));
    expect(JSON.parse(download.bytes.toString('utf8'))).toMatchObject({ schema: 'gongkai.report/1', year: 2019 });

    await clickAndWait(page, mainNav(page).getByRole('link', { name: '报告列表' }));
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await list.locator('tbody tr').count()).toBe(5);
  });

  it('a report with findings shows them marked, by the stylesheet alone', async () => {
    const page = await s.newPage(NO_JS);
    await page.goto('/');
    await clickAndWait(page, page.getByRole('link', { name: '成安县', exact: true }));
    const marked = page.locator('td.finding-error').first();
    expect(await marked.evaluate((td) => td.ownerDocument.defaultView.getComputedStyle(td).backgroundColor)).toBe('rgb(253, 226, 225)');
    expect(await page.getByRole('heading', { name: '校验结果' }).count()).toBe(1);
  });

  it('click a cell: its source entry is the target, in view and marked; its link leads back to the cell', async () => {
    const page = await s.newPage(NO_JS);
    const id = await openReportOf(page, '成安县');
    const model = await getJson(page, `/api/reports/${id}`);
    const path = 'table3.newReceived.total';
    const cell = page.locator(`td[data-path="${path}"]`);
    const value = String(cellOf(model, path));
    expect((await cell.innerText()).trim()).toBe(value);

    await cell.getByRole('link', { name: value, exact: true }).click();
    const entry = page.locator('#src-table3-newReceived-total');
    await expect.poll(() => new URL(page.url()).hash).toBe('#src-table3-newReceived-total');
    expect(await isTargetInView(entry)).toEqual({ target: true, inView: true, background: 'rgb(255, 244, 214)' });
    // The entry: the cell's label, its value, the original's text and the original's lines around it.
    expect(await entry.locator('dd').first().innerText()).toBe(value);
    expect(await entry.locator('code').first().innerText()).toBe(path);
    expect(await entry.getByRole('list', { name: /^原文第 \d+–\d+ 行$/ }).locator('mark').innerText()).toContain(value);
    expect(await isTargetInView(cell)).toMatchObject({ target: false });

    // The keyboard goes on from there: Tab reaches the entry's link back, Enter follows it.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', href: '#cell-table3-newReceived-total' });
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#cell-table3-newReceived-total');
    expect(await isTargetInView(cell)).toEqual({ target: true, inView: true, background: 'rgb(255, 244, 214)' });
    expect(await isTargetInView(entry)).toMatchObject({ target: false });
    // … and from the cell, Tab is on the cell's own link again.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', href: '#src-table3-newReceived-total', label: value });
  });

  it('signing in and the review pages work without JavaScript', async () => {
    const page = await s.newPage(NO_JS);
    await signIn(page, s.site.user('supervisor'));
    await clickAndWait(page, mainNav(page).getByRole('link', { name: '待匹配' }));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('待匹配的报告');
  });

  it('申请公开 → receipt → 查询办理进度 → a letter, all without a script', async () => {
    const page = await s.newPage(NO_JS);
    const { status, caseNumber, code } = await applyOnline(page, {
      agency: '成安县教育局',
      name: '无脚本测试',
      idNumber: '11010519491231002X',
      phone: '13900000002',
      email: 'nojs@example.com',
      address: '成安县某路3号',
      description: '无脚本时的申请',
    });
    expect(status).toBe(201);
    expect(caseNumber).toMatch(/^成安县教育局〔\d{4}〕依申第\d+号$/);
    expect((await lookUpCase(page, caseNumber, code)).status()).toBe(200);
    expect(await page.locator('.case-facts').innerText()).toContain('成安县教育局');
    const letter = await downloadFile(page, page.locator('li', { hasText: '受理回执' }).getByRole('button', { name: '下载 Word（DOCX）' }));
    expect(letter.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

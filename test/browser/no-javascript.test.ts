/**
 * The site with JavaScript switched off in Chromium: 首页 lists the reports,
 * the filter form filters, a report opens with its tables and marked findings,
 * the navigation leads back, a download downloads, and signing in works.
 */
import { expect, it } from 'vitest';
import { clickAndWait, downloadFile, mainNav, signIn } from './actions.js';
import { describeBrowser, useBrowserSuite } from './suite.js';

const NO_JS = { javaScriptEnabled: false } as const;

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

  it('signing in and the review pages work without JavaScript', async () => {
    const page = await s.newPage(NO_JS);
    await signIn(page, s.site.user('supervisor'));
    await clickAndWait(page, mainNav(page).getByRole('link', { name: '待匹配' }));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('待匹配的报告');
  });
});

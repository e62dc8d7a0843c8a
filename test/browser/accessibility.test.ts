/**
 * axe-core in Chromium over the site's pages, signed out and signed in — the
 * report pages, the analysis pages with their charts, 上传 with and without
 * its script, 机关管理 with a refused form, and the case pages (申请公开 and
 * its receipt, 查询办理进度 and its result, the clerks' and supervisors'
 * pages with their forms open and refused): no violation of WCAG 2.1 A or AA
 * (tags wcag2a, wcag2aa, wcag21a, wcag21aa).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { applyOnline, clickAndWait, lookUpCase, openAllDetails, openReportOf, signIn, uploadWithForm, uploadWithScript } from './actions.js';
import { agencyIdOf } from './api.js';
import { axeViolations, describeViolations } from './axe.js';
import { describeBrowser, useBrowserSuite } from './suite.js';

async function expectAccessible(page: Page, path: string, expectedStatus = 200): Promise<void> {
  if (path) {
    const res = await page.goto(path);
    expect(res!.status(), path).toBe(expectedStatus);
  }
  const violations = await axeViolations(page);
  expect(violations, `${path || page.url()}:\n${describeViolations(violations)}`).toEqual([]);
}

describeBrowser('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const s = useBrowserSuite();
  let reports: { chengan: number; kangle: number };

  beforeAll(async () => {
    const page = await s.newPage({}, 'file');
    reports = { chengan: await openReportOf(page, '成安县'), kangle: await openReportOf(page, '康乐县') };
  });

  it('the check itself finds a violation when there is one (a filter without its label)', async () => {
    const page = await s.newPage({ bypassCSP: true });
    await page.goto('/');
    await page.locator('label[for="f-year"]').evaluate((label) => label.remove());
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id)).toContain('select-name');
    expect(violations.find((v) => v.id === 'select-name')!.nodes.map((n) => n.target)).toEqual(['#f-year']);
  });

  it('public pages: 首页 (and filtered), report pages of both formats, an error page', async () => {
    const page = await s.newPage({ bypassCSP: true });
    await expectAccessible(page, '/');
    await expectAccessible(page, '/?year=2019');
    await expectAccessible(page, `/reports/${reports.chengan}`);
    await expectAccessible(page, `/reports/${reports.kangle}`);
    await expectAccessible(page, '/reports/99999', 404);
  });

  it('public analysis pages: 机关与汇总, agency pages with their trend charts, region roll-ups, comparisons', async () => {
    const page = await s.newPage({ bypassCSP: true });
    const region = await agencyIdOf(page, '示范市');
    await expectAccessible(page, '/agencies');
    await expectAccessible(page, `/agencies/${region}`);
    await expectAccessible(page, `/agencies/${await agencyIdOf(page, '兴和县')}`);
    await expectAccessible(page, `/agencies/${await agencyIdOf(page, '兴和县教育局')}`); // no report: no chart
    // 2019: two agencies summed; 2021: blank cells, listed with the agencies that left them blank.
    await expectAccessible(page, `/regions/${region}/2019`);
    await expectAccessible(page, `/regions/${region}/2021`);
    await expectAccessible(page, `/regions/${region}/2019/comparison`);
    await expectAccessible(page, `/regions/${region}/2019/comparison?sort=disclosureRate&dir=desc`);
  });

  it('登录, and 登录 after a wrong password', async () => {
    const page = await s.newPage({ bypassCSP: true });
    await expectAccessible(page, '/login');
    await page.getByLabel('登录名', { exact: true }).fill('admin');
    await page.getByLabel('密码', { exact: true }).fill('not the password');
    expect((await clickAndWait(page, page.getByRole('button', { name: '登录', exact: true }))).status()).toBe(401);
    await expectAccessible(page, '');
  });

  it('signed in: 上传 and its results, 更正, 待匹配, 账户, the report page with its correction link', async () => {
    const page = await s.newPage({ bypassCSP: true });
    await signIn(page, s.site.user('admin'));
    await expectAccessible(page, '/upload');
    const files = [join(import.meta.dirname, '../fixtures/html/002-gbk.html'), join(import.meta.dirname, '../../samples/README.md')];
    // With the page's script: the drop zone, and a progress bar and a result row per file.
    expect((await uploadWithScript(page, files)).map((f) => f.outcome)).toEqual(['stored', 'error']);
    await expectAccessible(page, '');
    // Without it (the script blocked): the plain form and the server's result page.
    await page.route('**/assets/upload.*.js', (route) => route.abort());
    await page.goto('/upload');
    expect((await uploadWithForm(page, files)).files.map((f) => f.outcome)).toEqual(['duplicate', 'error']);
    await expectAccessible(page, '');
    await expectAccessible(page, `/reports/${reports.chengan}/correct`);
    await expectAccessible(page, '/queue');
    await expectAccessible(page, '/account');
    await expectAccessible(page, `/reports/${reports.chengan}`);
  });

  it('signed in: 机关管理, an agency’s page, and a refused new agency with its field errors', async () => {
    const page = await s.newPage({ bypassCSP: true });
    await signIn(page, s.site.user('admin'));
    const xinghe = await agencyIdOf(page, '兴和县');
    await expectAccessible(page, '/admin/agencies');
    await expectAccessible(page, `/admin/agencies/${xinghe}`);
    const child = page.locator('#child-form');
    await child.getByLabel('名称').fill('兴和县审计局');
    await child.getByLabel('层级').selectOption('department');
    await child.getByLabel('统一社会信用代码（可选）').fill('12345');
    const res = await clickAndWait(page, page.getByRole('button', { name: '新建下级机关' }));
    expect(res.status()).toBe(422);
    expect(await page.locator('#child-uscc').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#child-uscc-error').isVisible()).toBe(true);
    await expectAccessible(page, '');
    // A supervisor's page for the top of their subtree (no 上级 to choose).
    const supervisor = await s.newPage({ bypassCSP: true });
    await signIn(supervisor, s.site.user('supervisor'));
    await expectAccessible(supervisor, `/admin/agencies/${await agencyIdOf(supervisor, '成安县')}`);
  });

  const applicant = { agency: '兴和县', name: '无障碍测试', idNumber: '11010519491231002X', phone: '13900000000', email: 'a11y@example.com', address: '兴和县某路1号', description: '无障碍检查用的申请' } as const;

  it('case pages, public: 申请公开 (and refused), its receipt, 查询办理进度 (and a miss), the status page', async () => {
    const page = await s.newPage({ bypassCSP: true });
    await expectAccessible(page, '/apply');
    expect((await clickAndWait(page, page.getByRole('button', { name: '提交申请' }))).status()).toBe(422);
    expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(2);
    await expectAccessible(page, '');
    const { status, caseNumber, code } = await applyOnline(page, applicant);
    expect(status).toBe(201);
    await expectAccessible(page, '');
    await expectAccessible(page, '/status');
    expect((await lookUpCase(page, caseNumber, 'AAAA-AAAA-AAAA')).status()).toBe(404);
    await expectAccessible(page, '');
    expect((await lookUpCase(page, caseNumber, code)).status()).toBe(200);
    await expectAccessible(page, '');
  });

  it('case pages, staff: 依申请案件, a case with every form open (and a refused step, a reissued code), 登记, 复议诉讼, 表二 (and refused), 年度报告 and its draft, 督查概览', async () => {
    const { caseNumber } = await applyOnline(await s.newPage(), applicant);
    const page = await s.newPage({ bypassCSP: true });
    await signIn(page, s.site.user('clerk'));
    await expectAccessible(page, '/cases');
    await clickAndWait(page, page.getByRole('link', { name: caseNumber }));
    await openAllDetails(page);
    await expectAccessible(page, '');
    // A step the case engine refuses (a correction due before it was asked for): the error box above, the forms below.
    const correction = page.locator('form').filter({ has: page.getByRole('button', { name: '记录“补正告知”' }) });
    await correction.getByLabel('需补正的事项（每行一项）').fill('请写明文件名称');
    await correction.getByLabel('补正期限').fill('2001-01-01');
    expect((await clickAndWait(page, correction.getByRole('button', { name: '记录“补正告知”' }))).status()).toBe(422);
    await expectAccessible(page, '');
    expect((await clickAndWait(page, page.getByRole('button', { name: '重新生成查询码' }))).status()).toBe(200);
    await expectAccessible(page, '');
    await expectAccessible(page, '/cases/new');
    expect((await clickAndWait(page, page.getByRole('button', { name: '提交申请' }))).status()).toBe(422);
    await expectAccessible(page, '');
    await expectAccessible(page, '/cases/reviews');
    await expectAccessible(page, '/cases/table2');
    await page.getByRole('textbox', { name: '行政许可 本年处理决定数量' }).fill('很多');
    expect((await clickAndWait(page, page.getByRole('button', { name: '保存表二数据' }))).status()).toBe(422);
    await expectAccessible(page, '');
    await expectAccessible(page, '/cases/table2?year=2020');
    await expectAccessible(page, '/cases/annual-report');
    await clickAndWait(page, page.getByRole('button', { name: '起草' }));
    await expectAccessible(page, '');
    const supervisor = await s.newPage({ bypassCSP: true });
    await signIn(supervisor, s.site.user('supervisor'));
    await expectAccessible(supervisor, '/cases/overview');
    await expectAccessible(supervisor, '/cases/table2');
    await expectAccessible(supervisor, '/cases');
  });
});

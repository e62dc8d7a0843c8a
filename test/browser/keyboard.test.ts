/**
 * The site with the keyboard only, in Chromium: the skip link is the first
 * Tab stop and moves the focus to the main content; every Tab stop shows a
 * visible focus; every form control on every page is reached by Tab; and each
 * form — 登录, 筛选, 上传, 更正, 待匹配, 账户 (password, tokens, users), 退出 —
 * is filled and submitted with Tab, arrows, typing and Enter alone. The case
 * pages too: 申请公开 and 查询办理进度 for the public; a step, a new lookup
 * code, 表二 and the annual report's draft for the clerk.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyOnline, chooseFiles, describeFocus, focused, focusVisible, lookUpCase, navigation, openAllDetails, openReportOf, progressRows, tabSequence, tabTo, waitForUploads, type Focused } from './actions.js';
import { agencyIdOf } from './api.js';
import { describeBrowser, useBrowserSuite } from './suite.js';
import type { DemoUser } from './site.js';

const SAMPLES = join(import.meta.dirname, '../../samples');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-keyboard-'));
  writeFileSync(join(dir, '某某旗-2024.txt'), `${readFileSync(join(SAMPLES, '2024-兴和县.txt'), 'utf8').replaceAll('兴和县', '某某旗')}\n（键盘上传）\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const isControl = (id: string) => (f: Focused) => f.id === id;
const isButton = (label: string) => (f: Focused) => f.tag === 'button' && f.label === label;
const isLink = (label: string) => (f: Focused) => f.tag === 'a' && f.label === label;

/** Tabs to the element and checks its focus is visible. */
async function tab(page: Page, matches: (f: Focused) => boolean): Promise<Focused> {
  const f = await tabTo(page, matches);
  expect(focusVisible(f), `focus not visible on ${describeFocus(f)}`).toBe(true);
  return f;
}

const press = (page: Page, key: string): Promise<Response> => navigation(page, () => page.keyboard.press(key));

/** Signs in with the keyboard from 首页: Tab to 登录, Enter, type, Tab, type, Enter. */
async function keyboardSignIn(page: Page, user: DemoUser | { login: string; password: string; displayName: string }): Promise<void> {
  await page.goto('/');
  await tab(page, isLink('登录'));
  await press(page, 'Enter');
  await tab(page, isControl('login'));
  await page.keyboard.type(user.login);
  await tab(page, isControl('password'));
  await page.keyboard.type(user.password);
  expect((await press(page, 'Enter')).status()).toBe(200);
  expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: user.displayName }).count()).toBe(1);
}

/** Every form control that should take the focus, in document order. */
function controlsOf(page: Page): Promise<string[]> {
  return page
    .locator('input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])')
    .evaluateAll((els) => els.map((el) => `${el.tagName.toLowerCase()}#${el.id}[${el.getAttribute('name') ?? ''}]@${el.form ? el.form.getAttribute('action') : ''}`));
}

/**
 * Tabs through the whole page: every stop has a visible focus, in view, and every control is among the stops.
 * `path` '' checks the page at hand (a form's result); `prepare` runs first (opening a case page's forms).
 */
async function checkTabStops(page: Page, path: string, prepare?: (page: Page) => Promise<void>): Promise<void> {
  if (path) {
    const res = await page.goto(path);
    expect(res!.status(), path).toBe(200);
  }
  path ||= page.url();
  await prepare?.(page);
  const stops = await tabSequence(page);
  expect(stops[0]!.label, `${path}: the skip link comes first`).toBe('跳到正文');
  for (const f of stops) {
    expect(focusVisible(f), `${path}: focus not visible on ${describeFocus(f)}`).toBe(true);
    expect(f.inViewport, `${path}: focused but out of view: ${describeFocus(f)}`).toBe(true);
  }
  // A date field takes one Tab stop for each of its year, month and day: counted once.
  const reached = stops
    .filter((f) => ['input', 'select', 'textarea', 'button'].includes(f.tag))
    .map((f) => `${f.tag}#${f.id}[${f.name}]@${f.form ?? ''}`)
    .filter((c, i, all) => !c.startsWith('input#') || c !== all[i - 1]);
  expect(reached, `${path}: controls reached by Tab`).toEqual(await controlsOf(page));
}

describeBrowser('the keyboard alone', () => {
  const s = useBrowserSuite();

  it('the skip link is the first Tab stop, visible, and Enter moves the focus into the main content', async () => {
    const page = await s.newPage();
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'a', label: '跳到正文', href: '#main', inViewport: true });
    expect(focusVisible(skip)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main' });
    expect(new URL(page.url()).hash).toBe('#main');
    // The next Tab stop is the first control of the content, past the navigation.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'select', id: 'f-year' });
    // Until focused, the skip link is out of sight.
    await page.keyboard.press('Tab');
    expect(await page.getByRole('link', { name: '跳到正文' }).evaluate((a) => a.getBoundingClientRect().right <= 0)).toBe(true);
  });

  it('the report page’s contents let the keyboard pass the tables’ hundreds of cell links', async () => {
    const page = await s.newPage();
    const report = await openReportOf(page, '成安县');
    await page.goto(`/reports/${report}`);
    const contents = page.locator('#page-contents');
    expect(await contents.getByRole('link').allTextContents()).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '表二 主动公开',
      '三、收到和处理政府信息公开申请情况',
      '表三 依申请公开',
      '四、政府信息公开行政复议、行政诉讼情况',
      '表四 复议诉讼',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
      '单元格与原文',
    ]);
    // Tab to 表四 in the contents, Enter: the next Tab is the first cell of Table 4, past Tables 2 and 3.
    await contents.getByRole('link', { name: '表四 复议诉讼' }).focus();
    expect(focusVisible(await focused(page))).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first).toMatchObject({ tag: 'a', href: '#src-table4-reconsideration-upheld' });
    // And from the contents to the sources.
    await contents.getByRole('link', { name: '单元格与原文' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.locator('#cell-sources :focus').count()).toBe(1);
  });

  it('every Tab stop shows its focus and every form control is reached, signed out and signed in', async () => {
    const page = await s.newPage();
    const report = await openReportOf(page, '成安县');
    for (const path of ['/', '/login', '/agencies']) await checkTabStops(page, path);
    await keyboardSignIn(page, s.site.user('admin'));
    // The report page: every value cell is a link to its source, and every source links back.
    for (const path of ['/', '/upload', `/reports/${report}`, `/reports/${report}/correct`, '/queue', '/account']) await checkTabStops(page, path);
  });

  it('the analysis pages and 机关管理: every Tab stop shows its focus, every control is reached', async () => {
    const page = await s.newPage();
    await keyboardSignIn(page, s.site.user('admin'));
    const xinghe = await agencyIdOf(page, '兴和县');
    const region = await agencyIdOf(page, '示范市');
    for (const path of [`/agencies/${xinghe}`, `/regions/${region}/2019`, `/regions/${region}/2019/comparison`, '/admin/agencies', `/admin/agencies/${xinghe}`]) {
      await checkTabStops(page, path);
    }
  });

  it('登录 and 退出 with the keyboard; 筛选 on 首页 with arrows and Enter', async () => {
    const page = await s.newPage();
    await page.goto('/');
    await tab(page, isControl('f-year'));
    await page.keyboard.press('ArrowDown'); // from 全部年度 to the newest year
    const year = await page.locator('#f-year').inputValue();
    expect(year).toMatch(/^\d{4}$/);
    await tab(page, isButton('筛选'));
    await press(page, 'Enter');
    expect(new URL(page.url()).searchParams.get('year')).toBe(year);
    const years = await page.getByRole('table', { name: '已公开的年度报告' }).locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(years.length).toBeGreaterThan(0);
    expect(new Set(years)).toEqual(new Set([year]));

    const clerk = s.site.user('clerk');
    await keyboardSignIn(page, clerk);
    await tab(page, isButton('退出'));
    await press(page, 'Enter');
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '登录' }).count()).toBe(1);
    expect((await page.goto('/upload'))!.status()).toBe(401);
  });

  it('上传 with the keyboard: the drop zone and the file field open the file chooser, Enter sends; 待匹配 from the result', async () => {
    const page = await s.newPage();
    await keyboardSignIn(page, s.site.user('admin'));
    await tab(page, isLink('上传报告'));
    await press(page, 'Enter');
    // The drop zone is a button: Enter opens the file chooser, and the chosen file goes at once.
    const zone = await tab(page, isControl('drop-zone'));
    expect(zone.label).toContain('把报告文件拖放到这里');
    await chooseFiles(page, () => page.keyboard.press('Enter'), join(SAMPLES, '2024-兴和县.txt'));
    await waitForUploads(page, 1);
    expect(await progressRows(page).first().getAttribute('data-outcome')).toBe('duplicate');

    // The file field: Space opens the chooser; 上传 with Enter.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ tag: 'input', id: 'file' });
    await chooseFiles(page, () => page.keyboard.press('Space'), join(dir, '某某旗-2024.txt'));
    await tab(page, isButton('上传'));
    await page.keyboard.press('Enter');
    await waitForUploads(page, 2);
    const row = progressRows(page).nth(1);
    expect(await row.getAttribute('data-outcome')).toBe('unmatched');
    expect(await row.innerText()).toContain('已入库，待匹配机关');

    // 待匹配 from the row: the new report is assigned with the keyboard.
    await tab(page, isLink('去指定机关'));
    await press(page, 'Enter');
    expect(new URL(page.url()).pathname).toBe('/queue');
    const select = await tab(page, (f) => f.tag === 'select' && f.name === 'agency');
    await page.keyboard.press('ArrowDown'); // the first agency of the list
    const agency = await page.locator(`#${select.id}`).evaluate((el) => el.selectedOptions[0].textContent);
    await tab(page, isButton('指定'));
    await press(page, 'Enter');
    expect(await page.getByRole('status').innerText()).toBe('已指定机关。');
    expect(await page.getByRole('region', { name: '报告信息' }).innerText()).toContain(agency);
  });

  it('更正 with the keyboard: arrows pick the cell, typing fills it, Enter saves', async () => {
    const page = await s.newPage();
    await keyboardSignIn(page, s.site.user('supervisor'));
    const id = await openReportOf(page, '成安县');
    await page.goto(`/reports/${id}`);
    await tab(page, isLink('更正单元格'));
    await press(page, 'Enter');
    await tab(page, isControl('path'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const path = await page.locator('#path').inputValue();
    await tab(page, isControl('value'));
    await page.keyboard.type('42');
    await tab(page, isControl('reason'));
    await page.keyboard.type('键盘更正：与原件核对');
    await tab(page, isButton('保存更正'));
    expect((await press(page, 'Enter')).status()).toBe(200);
    expect(await page.getByRole('status').innerText()).toMatch(/^更正已保存，现为第 \d+ 版。$/);
    expect((await page.locator(`td[data-path="${path}"]`).innerText()).trim()).toBe('42');
  });

  it('账户 with the keyboard: a token created and revoked, a user created who then signs in, the password changed', async () => {
    const page = await s.newPage();
    await keyboardSignIn(page, s.site.user('admin'));
    await page.goto('/account');
    await tab(page, isControl('t-name'));
    await page.keyboard.type('键盘令牌');
    expect((await press(page, 'Enter')).status()).toBe(201);
    expect(await page.getByRole('status').innerText()).toContain('新令牌“键盘令牌”');
    await tab(page, isButton('撤销令牌“键盘令牌”'));
    await press(page, 'Enter');
    expect(await page.getByRole('table', { name: '我的 API 令牌' }).innerText()).toContain('已撤销');

    await tab(page, isControl('u-login'));
    await page.keyboard.type('kb-clerk');
    await tab(page, isControl('u-name'));
    await page.keyboard.type('键盘经办人');
    await tab(page, isControl('u-agency'));
    await page.keyboard.press('ArrowDown');
    await tab(page, isButton('创建用户'));
    expect((await press(page, 'Enter')).status()).toBe(201);
    const password = (await page.getByRole('status').locator('code').innerText()).trim();
    expect(password.length).toBeGreaterThanOrEqual(12);

    const newcomer = await s.newPage();
    await keyboardSignIn(newcomer, { login: 'kb-clerk', password, displayName: '键盘经办人' });
    await newcomer.goto('/account');
    await tab(newcomer, isControl('p-current'));
    await newcomer.keyboard.type(password);
    await tab(newcomer, isControl('p-new'));
    await newcomer.keyboard.type('一个足够长的新密码-2024');
    expect((await press(newcomer, 'Enter')).status()).toBe(200);
    expect(await newcomer.getByRole('status').innerText()).toContain('密码已修改');
    const again = await s.newPage();
    await keyboardSignIn(again, { login: 'kb-clerk', password: '一个足够长的新密码-2024', displayName: '键盘经办人' });
  });

  const applicant = { agency: '兴和县', name: '键盘测试', idNumber: '11010519491231002X', phone: '13900000001', email: 'kb@example.com', address: '兴和县某路2号', description: '键盘检查用的申请' } as const;

  it('the case pages: every Tab stop shows its focus and every control is reached (a case page with its forms open)', async () => {
    const page = await s.newPage();
    await checkTabStops(page, '/apply');
    await applyOnline(page, applicant);
    await checkTabStops(page, '');
    await checkTabStops(page, '/status');
    const { caseNumber, code } = await applyOnline(page, applicant);
    expect((await lookUpCase(page, caseNumber, code)).status()).toBe(200);
    await checkTabStops(page, '');

    const clerk = await s.newPage();
    await keyboardSignIn(clerk, s.site.user('clerk'));
    await checkTabStops(clerk, '/cases');
    const href = await clerk.getByRole('link', { name: caseNumber }).getAttribute('href');
    await checkTabStops(clerk, href!, openAllDetails);
    for (const path of ['/cases/new', '/cases/reviews', '/cases/table2', '/cases/table2?year=2020', '/cases/annual-report', `/cases/annual-report/draft?agency=${await agencyIdOf(clerk, '兴和县')}&year=2025`]) {
      await checkTabStops(clerk, path);
    }
    const supervisor = await s.newPage();
    await keyboardSignIn(supervisor, s.site.user('supervisor'));
    for (const path of ['/cases/overview', '/cases/table2', '/cases/reviews']) await checkTabStops(supervisor, path);
  });

  it('申请公开 and 查询办理进度 with the keyboard: arrows choose, typing fills, Enter sends', async () => {
    const page = await s.newPage();
    await page.goto('/');
    await tab(page, isLink('申请公开'));
    await press(page, 'Enter');
    await tab(page, isControl('f-agency'));
    await page.keyboard.press('ArrowDown'); // the first agency of the first group
    expect(await page.locator('#f-agency').inputValue()).not.toBe('');
    for (const [id, text] of [
      ['f-name', applicant.name],
      ['f-idNumber', applicant.idNumber],
      ['f-phone', applicant.phone],
      ['f-description', applicant.description],
    ] as const) {
      await tab(page, isControl(id));
      await page.keyboard.type(text);
    }
    await tab(page, isButton('提交申请'));
    expect((await press(page, 'Enter')).status()).toBe(201);
    const caseNumber = (await page.locator('.receipt dt:has-text("案件编号") + dd').innerText()).trim();
    const code = (await page.locator('.lookup-code').innerText()).trim();

    await tab(page, (f) => f.tag === 'a' && f.label === '查询办理进度' && f.href === '/status');
    await press(page, 'Enter');
    await tab(page, isControl('f-caseNumber'));
    await page.keyboard.type(caseNumber);
    await tab(page, isControl('f-code'));
    await page.keyboard.type(code);
    expect((await press(page, 'Enter')).status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('办理进度');
    expect(await page.locator('.case-facts').innerText()).toContain(caseNumber);
  });

  it('a case, 表二 and the annual report with the keyboard: a decision, a new lookup code, a Table-2 figure, an edited draft saved', async () => {
    const { caseNumber } = await applyOnline(await s.newPage(), applicant);
    const page = await s.newPage();
    await keyboardSignIn(page, s.site.user('clerk'));
    await tab(page, isLink('依申请案件'));
    await press(page, 'Enter');
    await tab(page, isLink(caseNumber));
    await press(page, 'Enter');
    // A step: Enter on its summary opens the form; arrows choose the outcome; Enter on the button records it.
    await tab(page, (f) => f.tag === 'summary' && f.label === '作出答复');
    await page.keyboard.press('Enter');
    await tab(page, isControl('e-decide-outcome'));
    await page.keyboard.press('ArrowDown');
    await tab(page, isButton('记录“作出答复”'));
    expect((await press(page, 'Enter')).status()).toBe(200);
    expect(await page.getByRole('status').first().innerText()).toBe('已记录。');
    expect(await page.locator('.case-facts').first().innerText()).toContain('已答复');
    // A new lookup code, shown once.
    await tab(page, isButton('重新生成查询码'));
    expect((await press(page, 'Enter')).status()).toBe(200);
    expect(await page.locator('#new-lookup-code .lookup-code').innerText()).toMatch(/^\w{4}-\w{4}-\w{4}$/);

    // 表二: Tab to a cell, type, Enter saves.
    await tab(page, isLink('表二数据'));
    await press(page, 'Enter');
    const cell = await tab(page, isControl('t2-penalty-decisions'));
    expect(cell.tag).toBe('input');
    await page.keyboard.type('486');
    expect((await press(page, 'Enter')).status()).toBe(200);
    expect(await page.getByRole('status').innerText()).toBe('表二数据已保存。');
    expect(await page.locator('#t2-penalty-decisions').inputValue()).toBe('486');

    // The annual report: the year typed, 起草 with Enter, a sentence added to a section, saved with Enter.
    await tab(page, isLink('用案件数据生成年度报告'));
    await press(page, 'Enter');
    await tab(page, isControl('f-year'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type(new Date().getFullYear().toString());
    await tab(page, isButton('起草'));
    expect((await press(page, 'Enter')).status()).toBe(200);
    await tab(page, isControl('s-otherMatters'));
    await page.keyboard.press('Control+End');
    await page.keyboard.type('（键盘补充）');
    await tab(page, isButton('保存年度报告'));
    expect((await press(page, 'Enter')).status()).toBe(200);
    expect(await page.locator('#otherMatters').innerText()).toContain('（键盘补充）');
  });
});

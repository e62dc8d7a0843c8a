/**
 * 机关管理 (/admin/agencies) in Chromium. An administrator adds a child agency
 * and edits its aliases with the keyboard alone; the new alias matches a
 * report waiting in the queue, and the change is in the agency's history. A
 * clerk gets 403 for the pages and for a form posted at them with the clerk's
 * own valid CSRF token. A supervisor moves agencies within the subtree they
 * administer but not out of it — neither through a tampered form nor through
 * the API — and cannot move the top of it. The API shows what changed, and
 * that nothing else did.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clickAndWait, focused, mainNav, navigation, signIn, tabTo, uploadFile, type Focused } from './actions.js';
import { agencyIdOf, getJson, type ReportVersions } from './api.js';
import { describeBrowser, useBrowserSuite } from './suite.js';

const SAMPLES = join(import.meta.dirname, '../../samples');

interface ApiAgency {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: string;
  readonly level: string;
  readonly uscc: string | null;
  readonly aliases: readonly string[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-agencies-'));
  // A report naming an agency the region does not know yet: it waits in the unmatched queue.
  writeFileSync(join(dir, '某某旗-2024.txt'), `${readFileSync(join(SAMPLES, '2024-兴和县.txt'), 'utf8').replaceAll('兴和县', '某某旗')}\n（机关管理）\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const agencyOf = async (page: Page, id: number): Promise<ApiAgency> => (await getJson<{ agency: ApiAgency }>(page, `/api/agencies/${id}`)).agency;
const allAgencies = async (page: Page): Promise<ApiAgency[]> => (await getJson<{ agencies: ApiAgency[] }>(page, '/api/agencies')).agencies;

const isControl = (id: string) => (f: Focused) => f.id === id;
const press = (page: Page, key: string) => navigation(page, () => page.keyboard.press(key));

/** Presses ArrowDown in the focused list box until it shows `value`. */
async function arrowTo(page: Page, select: Locator, value: string): Promise<void> {
  for (let i = 0; i < 20 && (await select.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  expect(await select.inputValue()).toBe(value);
}

async function errorCode(page: Page): Promise<string> {
  return (await page.getByRole('alert').locator('code').innerText()).trim();
}

/** Points a form of the page elsewhere with extra fields, as anyone can with the browser's developer tools. */
function retarget(form: Locator, action: string, fields: Readonly<Record<string, string>>): Promise<void> {
  return form.evaluate(
    (f, [a, extra]) => {
      f.setAttribute('action', a);
      for (const [name, value] of Object.entries(extra)) {
        const input = f.ownerDocument.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        f.append(input);
      }
    },
    [action, fields] as const,
  );
}

describeBrowser('机关管理 in the browser', () => {
  const s = useBrowserSuite();

  it('an administrator adds a child agency and edits its aliases with the keyboard; a waiting report finds it', async () => {
    const page = await s.newPage();
    await signIn(page, s.site.user('admin'));
    const [waiting] = await uploadFile(page, join(dir, '某某旗-2024.txt'));
    expect(waiting!.outcome).toBe('unmatched');
    const xinghe = await agencyIdOf(page, '兴和县');

    // From the navigation to 兴和县 in the tree, by Tab and Enter.
    await page.goto('/');
    await tabTo(page, (f) => f.tag === 'a' && f.label === '机关管理');
    await press(page, 'Enter');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('机关管理');
    await tabTo(page, (f) => f.tag === 'a' && f.href === `/admin/agencies/${xinghe}`);
    await press(page, 'Enter');
    expect(new URL(page.url()).pathname).toBe(`/admin/agencies/${xinghe}`);

    // 新建下级机关: name, level (arrows), an alias; Enter on the button.
    await tabTo(page, isControl('child-name'));
    await page.keyboard.type('兴和县司法局');
    await tabTo(page, isControl('child-level'));
    await arrowTo(page, page.locator('#child-level'), 'department');
    await tabTo(page, isControl('child-aliases'));
    await page.keyboard.type('兴和县司法行政局');
    await tabTo(page, (f) => f.tag === 'button' && f.label === '新建下级机关');
    expect((await press(page, 'Enter')).status()).toBe(200);
    const id = Number(/^\/admin\/agencies\/(\d+)$/.exec(new URL(page.url()).pathname)![1]);
    expect(await page.getByRole('status').innerText()).toBe('机关已新建。');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('兴和县司法局');
    expect(await agencyOf(page, id)).toEqual({ id, parentId: xinghe, name: '兴和县司法局', level: 'department', uscc: null, aliases: ['兴和县司法行政局'], version: 1 });

    // 修改: a second alias on its own line (Enter in the text area is a new line, not a submission).
    await tabTo(page, isControl('aliases'));
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('某某旗');
    expect(await focused(page)).toMatchObject({ id: 'aliases' });
    await tabTo(page, (f) => f.tag === 'button' && f.label === '保存修改');
    expect((await press(page, 'Enter')).status()).toBe(200);
    expect(await page.getByRole('status').innerText()).toBe('修改已保存。另有 1 份待匹配的报告因此归入了机关。');
    expect(await agencyOf(page, id)).toMatchObject({ aliases: ['兴和县司法行政局', '某某旗'], version: 2 });
    const versions = await getJson<ReportVersions>(page, `/api/reports/${waiting!.reportId}/versions`);
    expect(versions.report).toMatchObject({ status: 'matched', agencyId: id });

    // 变更记录: newest first, who, what, old and new.
    const history = page.getByRole('table', { name: '该机关的变更记录（最新在前）' });
    const rows = await history.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(1).map((c) => c.innerText.trim())));
    expect(rows).toEqual([
      ['系统管理员（admin）', '修改', '别名：兴和县司法行政局', '别名：兴和县司法行政局、某某旗'],
      ['系统管理员（admin）', '新建', '—', '名称：兴和县司法局\n层级：部门\n别名：兴和县司法行政局\n上级：兴和县'],
    ]);
  });

  it('a clerk: no 机关管理, 403 for its pages and for a form posted at them with the clerk’s valid CSRF token', async () => {
    const page = await s.newPage();
    const clerk = s.site.user('clerk');
    await signIn(page, clerk);
    const before = await allAgencies(page);
    const xinghe = await agencyIdOf(page, '兴和县');
    expect(await mainNav(page).getByRole('link', { name: '机关管理' }).count()).toBe(0);
    for (const path of ['/admin/agencies', `/admin/agencies/${xinghe}`]) {
      expect((await page.goto(path))!.status(), path).toBe(403);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('无权访问');
      expect(await errorCode(page)).toBe('FORBIDDEN');
    }

    // The 退出 form carries the clerk's CSRF token; pointed at 机关管理, it is refused for the role, not the token.
    const posts: [string, Record<string, string>][] = [
      ['/admin/agencies', { name: '经办人新建的机关', level: 'department', parent: String(xinghe) }],
      [`/admin/agencies/${xinghe}`, { name: '经办人改的名', level: 'county', aliases: '' }],
      [`/admin/agencies/${xinghe}/delete`, {}],
    ];
    for (const [action, fields] of posts) {
      await page.goto('/');
      await retarget(mainNav(page).locator('form'), action, fields);
      const res = await clickAndWait(page, mainNav(page).getByRole('button', { name: '退出' }));
      expect(res.status(), action).toBe(403);
      expect(await errorCode(page), action).toBe('FORBIDDEN');
    }
    // Still signed in (nothing was posted to 退出), and the tree is as it was.
    expect(await mainNav(page).getByRole('link', { name: new RegExp(`^${clerk.displayName}`) }).count()).toBe(1);
    expect(await allAgencies(page)).toEqual(before);
  });

  it('a supervisor moves agencies within the subtree, never out of it, and not its top', async () => {
    const page = await s.newPage();
    await signIn(page, s.site.user('supervisor'));
    const top = await agencyIdOf(page, '成安县');
    const education = await agencyIdOf(page, '成安县教育局');
    const civil = await agencyIdOf(page, '成安县民政局');
    const xinghe = await agencyIdOf(page, '兴和县');

    // The tree shows the subtree only; its top has no 上级 to choose.
    await clickAndWait(page, mainNav(page).getByRole('link', { name: '机关管理' }));
    const tree = await page.locator('#agency-tree a').allInnerTexts();
    expect(tree[0]).toBe('成安县');
    expect(tree.every((n) => n.startsWith('成安县'))).toBe(true);
    await page.goto(`/admin/agencies/${top}`);
    expect(await page.getByLabel('上级机关').count()).toBe(0);
    expect(await page.locator('#edit-form').innerText()).toContain('您所辖机关树的顶端机关不能移动');
    expect((await page.goto(`/admin/agencies/${xinghe}`))!.status()).toBe(403);

    // The 上级 list of a department offers only agencies of the subtree.
    await page.goto(`/admin/agencies/${education}`);
    const parent = page.getByLabel('上级机关');
    const offered = await parent.locator('option').allInnerTexts();
    expect(offered.length).toBeGreaterThan(0);
    for (const o of offered) expect(o, o).toMatch(/^示范市 › 成安县/);

    // An option added by hand for 兴和县: refused, nothing moved.
    await parent.evaluate((sel, id) => {
      const opt = sel.ownerDocument.createElement('option');
      opt.value = id;
      opt.textContent = '兴和县';
      sel.append(opt);
    }, String(xinghe));
    await parent.selectOption(String(xinghe));
    const res = await clickAndWait(page, page.getByRole('button', { name: '保存修改' }));
    expect(res.status()).toBe(403);
    expect(await errorCode(page)).toBe('FORBIDDEN');
    expect(await page.getByRole('alert').innerText()).toContain('只能把机关移到您管辖的机关之下。');
    expect((await agencyOf(page, education)).parentId).toBe(top);

    // The API, with the session's CSRF token, says the same.
    await page.goto(`/admin/agencies/${education}`);
    const token = await page.locator('#edit-form input[name="_csrf"]').inputValue();
    const patch = (parentId: number) => page.request.patch(`/api/agencies/${education}`, { data: { parentId }, headers: { 'x-csrf-token': token } });
    const refused = await patch(xinghe);
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    expect((await agencyOf(page, education)).parentId).toBe(top);

    // Within the subtree the same form moves it: the refusal was the scope.
    await page.getByLabel('上级机关').selectOption(String(civil));
    await clickAndWait(page, page.getByRole('button', { name: '保存修改' }));
    expect(await page.getByRole('status').innerText()).toBe('修改已保存。');
    expect((await agencyOf(page, education)).parentId).toBe(civil);
    expect(await page.getByRole('navigation', { name: '位置' }).innerText()).toContain('成安县民政局');
  });
});

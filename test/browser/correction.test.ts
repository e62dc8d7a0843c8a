/**
 * 更正 in Chromium: a cell corrected with a reason through the form shows its
 * new value, the 更正记录 and a new version; two people correcting the same
 * report from two browsers — the one on the stale version is told of the
 * conflict (409) with their input kept, nothing is overwritten, and the
 * refreshed form goes through.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { clickAndWait, openReportOf, signIn } from './actions.js';
import { cellOf, getJson as api, type ReportVersions as Versions } from './api.js';
import { describeBrowser, useBrowserSuite } from './suite.js';

/** Fills the 更正单元格 form the way a person does: pick the cell, type the value and the reason. */
async function fillCorrection(page: Page, path: string, value: string, reason: string): Promise<void> {
  await page.getByLabel('单元格', { exact: true }).selectOption(path);
  await page.getByLabel('新值', { exact: true }).fill(value);
  await page.getByLabel('更正理由（必填）').fill(reason);
}

const saveButton = (page: Page) => page.getByRole('button', { name: '保存更正' });

describeBrowser('corrections in the browser', () => {
  const s = useBrowserSuite();

  it('a cell corrected with a reason: new value, new version, 更正记录 and the version history', async () => {
    const page = await s.newPage();
    await signIn(page, s.site.user('admin'));
    const id = await openReportOf(page, '康乐县');
    const path = 'table4.reconsideration.upheld';
    const before = cellOf(await api(page, `/api/reports/${id}`), path);
    const corrected = (before ?? 0) + 3;

    await clickAndWait(page, page.getByRole('link', { name: '更正单元格' }));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('更正单元格');
    expect(await page.getByText('当前第 1 版').count()).toBe(1);
    await fillCorrection(page, path, String(corrected), '与原件第 3 页核对，复议维持件数录入有误');
    const res = await clickAndWait(page, saveButton(page));
    expect(res.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`/reports/${id}`);
    expect(await page.getByRole('status').innerText()).toBe('更正已保存，现为第 2 版。');
    expect((await page.locator(`td[data-path="${path}"]`).innerText()).replace(/\D/g, '')).toBe(String(corrected));
    expect(await page.getByRole('region', { name: '报告信息' }).innerText()).toMatch(/版本\s*2（人工更正）/);

    const history = page.getByRole('table', { name: '人工更正的单元格（原始解析结果保留不变）' });
    const row = history.locator('tbody tr');
    expect(await row.count()).toBe(1);
    const cells = await row.locator('th, td').allInnerTexts();
    expect(cells.slice(0, 5)).toEqual([path, '2', before === null ? '空白' : String(before), String(corrected), '与原件第 3 页核对，复议维持件数录入有误']);
    expect(cells[6]).toMatch(/^user:\d+$/);

    const versions = await api<Versions>(page, `/api/reports/${id}/versions`);
    expect(versions.report.version).toBe(2);
    expect(versions.versions.map((v) => v.kind)).toEqual(['parse', 'correction']);
    expect(versions.versions[1]!.corrections).toEqual([{ path, oldValue: before, newValue: corrected, reason: '与原件第 3 页核对，复议维持件数录入有误', at: expect.any(String) }]);
    expect(cellOf(await api(page, `/api/reports/${id}`), path)).toBe(corrected);

    // The public sees the correction and its reason, not who made it.
    const visitor = await s.newPage();
    await visitor.goto(`/reports/${id}`);
    const publicHistory = visitor.getByRole('table', { name: '人工更正的单元格（原始解析结果保留不变）' });
    expect(await publicHistory.locator('tbody tr').count()).toBe(1);
    expect(await publicHistory.getByRole('columnheader', { name: '更正人' }).count()).toBe(0);
    expect(await visitor.getByRole('link', { name: '更正单元格' }).count()).toBe(0);
  });

  it('two browsers correct the same report: the stale one gets 409, nothing is overwritten', async () => {
    const first = await s.newPage();
    const second = await s.newPage();
    await signIn(first, s.site.user('admin'));
    await signIn(second, s.site.user('supervisor'));
    const id = await openReportOf(first, '成安县');
    const path = 'table3.newReceived.naturalPerson';
    const start = await api<Versions>(first, `/api/reports/${id}/versions`);
    const v = start.report.version;
    const original = cellOf(await api(first, `/api/reports/${id}`), path);
    await first.goto(`/reports/${id}/correct`);
    await second.goto(`/reports/${id}/correct`);

    // Both saw version v; the first saves.
    await fillCorrection(first, path, String((original ?? 0) + 10), '甲：按原件更正');
    await clickAndWait(first, saveButton(first));
    expect(await first.getByRole('status').innerText()).toBe(`更正已保存，现为第 ${v + 1} 版。`);

    // The second, still on version v, is told; their input is kept on the form.
    await fillCorrection(second, path, String((original ?? 0) + 20), '乙：按原件更正');
    const conflict = await clickAndWait(second, saveButton(second));
    expect(conflict.status()).toBe(409);
    const alert = await second.getByRole('alert').innerText();
    expect(alert).toContain('该报告已被他人修改');
    expect(alert).toContain('Someone else changed this report');
    expect(await second.getByLabel('新值', { exact: true }).inputValue()).toBe(String((original ?? 0) + 20));
    expect(await second.getByLabel('更正理由（必填）').inputValue()).toBe('乙：按原件更正');
    expect(await second.getByLabel('单元格', { exact: true }).inputValue()).toBe(path);
    expect(await second.getByText(`当前第 ${v + 1} 版`).count()).toBe(1);

    const after = await api<Versions>(second, `/api/reports/${id}/versions`);
    expect(after.report.version).toBe(v + 1);
    expect(after.versions.at(-1)!.corrections.map((c) => c.reason)).toEqual(['甲：按原件更正']);
    expect(cellOf(await api(second, `/api/reports/${id}`), path)).toBe((original ?? 0) + 10);

    // Having seen the newest version, the second submits again and it is saved.
    const again = await clickAndWait(second, saveButton(second));
    expect(again.status()).toBe(200);
    expect(await second.getByRole('status').innerText()).toBe(`更正已保存，现为第 ${v + 2} 版。`);
    expect(cellOf(await api(second, `/api/reports/${id}`), path)).toBe((original ?? 0) + 20);
    const rows = await second.getByRole('table', { name: '人工更正的单元格（原始解析结果保留不变）' }).locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(2);
  });
});

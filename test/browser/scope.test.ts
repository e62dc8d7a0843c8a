/**
 * A clerk (兴和县经办人) in Chromium cannot see or change another agency's data
 * (ADR 0041, src/web/CONTEXT.md): another agency's published report can be
 * read but its correction page is 403, and so is a correction POSTed with the
 * clerk's own valid CSRF token through a form pointed at it; a report not yet
 * matched to an agency does not exist for the clerk (404) — page, correction
 * page, download, API and POST; an upload filed under another agency is 403
 * (the script's request and the plain form alike).
 * Afterwards the administrator's view and the API show nothing changed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chooseFiles, clickAndWait, openReportOf, signIn, uploadFile, uploadWithScript } from './actions.js';
import { agencyIdOf, getJson, type ReportVersions } from './api.js';
import { describeBrowser, useBrowserSuite } from './suite.js';

const SAMPLES = join(import.meta.dirname, '../../samples');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-scope-'));
  // A report naming an agency the region does not have: it waits in the unmatched queue.
  writeFileSync(join(dir, '某某旗-2024.txt'), `${readFileSync(join(SAMPLES, '2024-兴和县.txt'), 'utf8').replaceAll('兴和县', '某某旗')}\n（待匹配）\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Points a form of the page somewhere else, as anyone can with the browser's developer tools. */
function retarget(form: Locator, action: string): Promise<void> {
  return form.evaluate((f, a) => f.setAttribute('action', a), action);
}

/** Adds a hidden agency field to a form, as anyone can with the browser's developer tools. */
function addAgencyField(form: Locator, agencyId: string): Promise<void> {
  return form.evaluate((f, id) => {
    const input = f.ownerDocument.createElement('input');
    input.type = 'hidden';
    input.name = 'agency';
    input.value = id;
    f.append(input);
  }, agencyId);
}

async function errorCode(page: Page): Promise<string> {
  return (await page.getByRole('alert').locator('code').innerText()).trim();
}

describeBrowser('a clerk’s scope in the browser', () => {
  const s = useBrowserSuite();
  let admin: Page;
  let clerk: Page;
  let chengan: number;
  let xinghe: number;
  let unmatched: number;

  beforeAll(async () => {
    admin = await s.newPage({}, 'file');
    clerk = await s.newPage({}, 'file');
    await Promise.all([signIn(admin, s.site.user('admin')), signIn(clerk, s.site.user('clerk'))]);
    chengan = await openReportOf(admin, '成安县');
    xinghe = await openReportOf(admin, '兴和县');
    const [file] = await uploadFile(admin, join(dir, '某某旗-2024.txt'));
    expect(file!.outcome).toBe('unmatched');
    unmatched = file!.reportId!;
  }, 60_000);

  it('another agency’s report: readable, but no correction link, and its correction page is 403', async () => {
    const res = await clerk.goto(`/reports/${chengan}`);
    expect(res!.status()).toBe(200);
    expect(await clerk.getByRole('link', { name: '更正单元格' }).count()).toBe(0);
    const page = await clerk.goto(`/reports/${chengan}/correct`);
    expect(page!.status()).toBe(403);
    expect(await clerk.getByRole('heading', { level: 1 }).innerText()).toBe('无权访问');
    expect(await errorCode(clerk)).toBe('FORBIDDEN');
  });

  it('a correction POSTed at another agency’s report with the clerk’s valid CSRF token is refused; nothing changes', async () => {
    await clerk.goto(`/reports/${xinghe}/correct`);
    const form = clerk.locator(`form[action="/reports/${xinghe}/correct"]`);
    await retarget(form, `/reports/${chengan}/correct`);
    await clerk.getByLabel('单元格', { exact: true }).selectOption('table4.reconsideration.upheld');
    await clerk.getByLabel('新值', { exact: true }).fill('99');
    await clerk.getByLabel('更正理由（必填）').fill('越权更正');
    const res = await clickAndWait(clerk, clerk.getByRole('button', { name: '保存更正' }));
    expect(res.status()).toBe(403);
    expect(await errorCode(clerk)).toBe('FORBIDDEN'); // not CSRF_REJECTED: the token was good, the scope was not

    // The same form, unaltered, does save on the clerk's own report: the refusal was the scope.
    await clerk.goto(`/reports/${xinghe}/correct`);
    await clerk.getByLabel('单元格', { exact: true }).selectOption('table4.reconsideration.upheld');
    await clerk.getByLabel('新值', { exact: true }).fill('1');
    await clerk.getByLabel('更正理由（必填）').fill('本机关更正');
    expect((await clickAndWait(clerk, clerk.getByRole('button', { name: '保存更正' }))).status()).toBe(200);
    expect(new URL(clerk.url()).pathname).toBe(`/reports/${xinghe}`);

    // The administrator sees 成安县's report as it was: version 1, no corrections.
    const versions = await getJson<ReportVersions>(admin, `/api/reports/${chengan}/versions`);
    expect(versions.report.version).toBe(1);
    expect(versions.versions.flatMap((v) => v.corrections)).toEqual([]);
    await admin.goto(`/reports/${chengan}`);
    expect(await admin.getByRole('region', { name: '报告信息' }).innerText()).toMatch(/版本\s*1（解析）/);
    expect(await admin.getByRole('heading', { name: '更正记录' }).count()).toBe(0);
  });

  it('an unmatched report does not exist for the clerk: page, correction page, downloads, API, POST all 404', async () => {
    for (const path of [`/reports/${unmatched}`, `/reports/${unmatched}/correct`, `/reports/${unmatched}/download/xlsx`, `/reports/${unmatched}/original`]) {
      const res = await clerk.goto(path);
      expect(res!.status(), path).toBe(404);
      expect(await clerk.getByRole('heading', { level: 1 }).innerText()).toBe('找不到该页面');
    }
    expect((await clerk.request.get(`/api/reports/${unmatched}`)).status()).toBe(404);
    expect((await clerk.request.get(`/api/reports/${unmatched}/versions`)).status()).toBe(404);
    expect((await clerk.goto('/queue'))!.status()).toBe(403);

    await clerk.goto(`/reports/${xinghe}/correct`);
    await retarget(clerk.locator(`form[action="/reports/${xinghe}/correct"]`), `/reports/${unmatched}/correct`);
    await clerk.getByLabel('单元格', { exact: true }).selectOption('table4.reconsideration.upheld');
    await clerk.getByLabel('新值', { exact: true }).fill('77');
    await clerk.getByLabel('更正理由（必填）').fill('越权更正');
    const res = await clickAndWait(clerk, clerk.getByRole('button', { name: '保存更正' }));
    expect(res.status()).toBe(404);
    expect(await errorCode(clerk)).toBe('NOT_FOUND');

    const versions = await getJson<ReportVersions>(admin, `/api/reports/${unmatched}/versions`);
    expect(versions.report).toMatchObject({ version: 1, status: 'unmatched', agencyId: null });
    await admin.goto('/queue');
    expect(await admin.getByRole('table', { name: '无法按名称唯一确定机关的报告' }).getByRole('link', { name: '某某旗' }).count()).toBe(1);
  });

  it('an upload filed under another agency is refused and stores nothing, with the page’s script and without JavaScript', async () => {
    const before = await getJson<{ reports: { id: number }[] }>(admin, '/api/reports?limit=500');
    const other = String(await agencyIdOf(clerk, '成安县'));
    const tampered = (n: number) => ({ name: `成安县-经办人-${n}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${readFileSync(join(SAMPLES, '2021-成安县.txt'), 'utf8')}\n（越权 ${n}）\n`) });

    // The script sends the form's fields with each file to POST /api/reports: the row says FORBIDDEN.
    await clerk.goto('/upload');
    await addAgencyField(clerk.locator('form[action="/upload"]'), other);
    const [row] = await uploadWithScript(clerk, tampered(1));
    expect(row).toMatchObject({ outcome: 'error', code: 'FORBIDDEN', reportId: null });

    // The plain form, JavaScript off: the 403 page.
    const noJs = await s.newPage({ javaScriptEnabled: false });
    await signIn(noJs, s.site.user('clerk'));
    await noJs.goto('/upload');
    await addAgencyField(noJs.locator('form[action="/upload"]'), other);
    await chooseFiles(noJs, () => noJs.getByLabel('报告文件').click(), tampered(2));
    const res = await clickAndWait(noJs, noJs.getByRole('button', { name: '上传', exact: true }));
    expect(res.status()).toBe(403);
    expect(await errorCode(noJs)).toBe('FORBIDDEN');

    const after = await getJson<{ reports: { id: number }[] }>(admin, '/api/reports?limit=500');
    expect(after.reports.map((r) => r.id)).toEqual(before.reports.map((r) => r.id));
    const waiting = await getJson<{ reports: { id: number }[] }>(admin, '/api/reports?status=unmatched&limit=500');
    expect(waiting.reports.map((r) => r.id)).toEqual([unmatched]);
  });
});

/**
 * 上传 in Chromium, as people use it: with the page's script (files picked in
 * the file chooser or dropped on the drop zone, one request per file, a
 * progress bar and a result row each, every result announced in the live
 * region) and with JavaScript off (the plain form, the server's result page).
 * Every outcome appears — stored, waiting for an agency, stored before,
 * refused with its code — and the repository agrees: what was refused stored
 * nothing. A stored report opens with its findings on the very cells they name.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clickAndWait, progressRows, signIn, uploadWithForm, uploadWithScript, type UploadedFile, type UploadOutcomeKind } from './actions.js';
import { agencyIdOf, cellOf, getJson, type ReportVersions } from './api.js';
import { describeBrowser, useBrowserSuite } from './suite.js';

const ROOT = join(import.meta.dirname, '../..');
const SAMPLES = join(ROOT, 'samples');
const SAMPLE_FILES = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
const HTML_XINGHE = join(ROOT, 'test/fixtures/html/003-word-pasted.html');
const HTML_CHENGAN_GBK = join(ROOT, 'test/fixtures/html/002-gbk.html');
const UNMATCHED = '某某旗-2024.txt';
const NOT_A_REPORT = '会议纪要.txt';

interface ApiFinding {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly paths: readonly string[];
}
interface ApiReport {
  readonly agency: string | null;
  readonly year: number | null;
  readonly findings: readonly ApiFinding[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-upload-'));
  writeFileSync(join(dir, NOT_A_REPORT), '这不是一份年度报告。\n只是几行文字。\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A copy of a sample, 副本-<name> in a folder of its own, with one added line (`tag`): the samples
 * are stored on first start, so each test uploads new bytes — new reports of its own. `rename`
 * replaces the agency's name (the copy is then 某某旗-2024.txt): a report no agency matches.
 */
function writeCopy(tag: string, sample: string, rename?: readonly [string, string]): string {
  const text = readFileSync(join(SAMPLES, sample), 'utf8');
  const folder = join(dir, tag);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, rename ? UNMATCHED : copyName(sample));
  writeFileSync(path, `${rename ? text.replaceAll(rename[0], rename[1]) : text}\n（浏览器上传测试 ${tag}）\n`);
  return path;
}

const copyName = (sample: string): string => `副本-${sample}`;

const apiReport = (page: Page, id: number) => getJson<ApiReport>(page, `/api/reports/${id}`);
const allReportIds = async (page: Page): Promise<number[]> => {
  const ids = async (status: string) => (await getJson<{ reports: { id: number }[] }>(page, `/api/reports?status=${status}&limit=500`)).reports.map((r) => r.id);
  return [...(await ids('matched')), ...(await ids('unmatched'))].sort((a, b) => a - b);
};

function byName(files: readonly UploadedFile[], name: string): UploadedFile {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`no result for ${name}: ${files.map((x) => x.name).join(', ')}`);
  return f;
}

const STORED = /^已入库：报告 \d+（错误 \d+ 项，警告 \d+ 项）$/;

/** Each result against what the repository holds; resolves with the ids of the reports new to it. */
async function checkOutcomes(page: Page, files: readonly UploadedFile[], expected: Readonly<Record<string, UploadOutcomeKind>>): Promise<number[]> {
  expect(Object.fromEntries(files.map((f) => [f.name, f.outcome]))).toEqual(expected);
  const fresh: number[] = [];
  for (const f of files) {
    if (f.outcome === 'error') {
      expect(f.reportId, f.name).toBeNull();
      expect(f.result, f.name).toContain('未保存任何内容');
      continue;
    }
    expect(f.code, f.name).toBeNull();
    const versions = await getJson<ReportVersions>(page, `/api/reports/${f.reportId}/versions`);
    if (f.outcome === 'duplicate') {
      expect(f.result).toMatch(/^此前已入库（未重复保存）：报告 \d+/);
      continue;
    }
    fresh.push(f.reportId!);
    expect(versions.report.version, f.name).toBe(1);
    if (f.outcome === 'stored') {
      expect(f.result, f.name).toMatch(STORED);
      expect(versions.report.status).toBe('matched');
    } else {
      expect(f.result, f.name).toMatch(/^已入库，待匹配机关（已进入待匹配队列）：报告 \d+（错误 \d+ 项，警告 \d+ 项） 去指定机关$/);
      expect(versions.report).toMatchObject({ status: 'unmatched', agencyId: null });
    }
  }
  return fresh;
}

describeBrowser('upload in the browser', () => {
  const s = useBrowserSuite();

  it('with the script, files from the chooser: a progress bar and a result row each, announced; the repository agrees', async () => {
    const page = await s.newPage();
    await signIn(page, s.site.user('admin'));
    const before = await allReportIds(page);
    const picked = [
      ...SAMPLE_FILES.map((f) => writeCopy('chooser', f)),
      HTML_CHENGAN_GBK,
      writeCopy('chooser', '2024-兴和县.txt', ['兴和县', '某某旗']),
      join(SAMPLES, '2019-康乐县人民政府.txt'),
      join(dir, NOT_A_REPORT),
    ];
    await page.goto('/upload');
    const files = await uploadWithScript(page, picked);
    expect(files.map((f) => f.name)).toEqual([...SAMPLE_FILES.map(copyName), '002-gbk.html', UNMATCHED, '2019-康乐县人民政府.txt', NOT_A_REPORT]);
    const fresh = await checkOutcomes(page, files, {
      ...Object.fromEntries(SAMPLE_FILES.map((f) => [copyName(f), 'stored'])),
      '002-gbk.html': 'stored',
      [UNMATCHED]: 'unmatched',
      '2019-康乐县人民政府.txt': 'duplicate',
      [NOT_A_REPORT]: 'error',
    });
    expect(byName(files, '2019-康乐县人民政府.txt').reportId).toBeLessThanOrEqual(5);
    expect(byName(files, NOT_A_REPORT)).toMatchObject({ code: 'NOT_A_REPORT' });
    expect(await allReportIds(page)).toEqual([...before, ...fresh].sort((a, b) => a - b));

    // One finished progress bar per file, named after it.
    for (const [i, row] of (await progressRows(page).all()).entries()) {
      const bar = row.getByRole('progressbar');
      expect(await bar.getAttribute('aria-label')).toBe(`${files[i]!.name} 上传进度`);
      expect(await bar.evaluate((p) => [p.value, p.max])).toEqual([1, 1]);
    }
    // A screen reader hears the start, each file's result and the end.
    const live = page.getByRole('status');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    const said = await live.locator('p').allInnerTexts();
    expect(said[0]).toBe(`开始上传 ${picked.length} 个文件。`);
    expect(said.at(-1)).toBe('全部文件已处理。');
    expect(said.slice(1, -1)).toHaveLength(picked.length);
    const refused = `${NOT_A_REPORT}：上传失败，`;
    const refusal = said.find((t) => t.startsWith(refused));
    expect(byName(files, NOT_A_REPORT).result).toContain(refusal!.slice(refused.length));
    for (const f of files.filter((x) => x.outcome === 'stored')) expect(said.some((t) => t.startsWith(`${f.name}：已入库，错误`)), f.name).toBe(true);

    // The stored 成安县 2021 report (cells missing from its Table 4: R6 errors) opens from its row.
    const chengan = byName(files, copyName('2021-成安县.txt'));
    await clickAndWait(page, page.getByRole('link', { name: `报告 ${chengan.reportId}`, exact: true }));
    expect(new URL(page.url()).pathname).toBe(`/reports/${chengan.reportId}`);
    await checkFindingsOnCells(page, chengan);
  });

  it('with the script, files dropped on the drop zone are sent at once, one row each', async () => {
    const page = await s.newPage();
    await signIn(page, s.site.user('supervisor'));
    const before = await allReportIds(page);
    const zone = page.getByRole('button', { name: /把报告文件拖放到这里/ });
    await page.goto('/upload');
    expect(await zone.isVisible()).toBe(true);
    const dropped = [writeCopy('drop', '2021-成安县.txt'), { name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('只是说明') }, join(SAMPLES, '2021-成安县.txt')];
    const files = await uploadWithScript(page, dropped, 'drop');
    expect(files.map((f) => f.name)).toEqual([copyName('2021-成安县.txt'), '说明.txt', '2021-成安县.txt']);
    expect(files.map((f) => f.outcome)).toEqual(['stored', 'error', 'duplicate']);
    expect(files[1]!.code).toBe('NOT_A_REPORT');
    expect(await zone.getAttribute('class')).not.toContain('drag-over');
    const id = files[0]!.reportId!;
    expect(await allReportIds(page)).toEqual([...before, id]);
    expect(await apiReport(page, id)).toMatchObject({ agency: '成安县', year: 2021 });
    // Files dropped again later add rows below the first ones.
    const again = await uploadWithScript(page, join(SAMPLES, '2021-成安县.txt'), 'drop');
    expect(again.map((f) => f.outcome)).toEqual(['duplicate']);
    expect(await progressRows(page).count()).toBe(4);
    expect(await page.locator('#upload-progress-body > tr').evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual(['upload-file-1', 'upload-file-2', 'upload-file-3', 'upload-file-4']);
  });

  it('with JavaScript off, the form sends all files and the result page lists each', async () => {
    const page = await s.newPage({ javaScriptEnabled: false });
    await signIn(page, s.site.user('admin'));
    const before = await allReportIds(page);
    await page.goto('/upload');
    expect(await page.locator('#drop-zone').isVisible()).toBe(false);
    const { status, files } = await uploadWithForm(page, [
      writeCopy('form', '2024-兴和县.txt'),
      writeCopy('form', '2024-兴和县.txt', ['兴和县', '某某旗']),
      join(SAMPLES, '2020-桦甸市统计局.txt'),
      join(dir, NOT_A_REPORT),
    ]);
    expect(status).toBe(200);
    expect(files.map((f) => f.name)).toEqual([copyName('2024-兴和县.txt'), UNMATCHED, '2020-桦甸市统计局.txt', NOT_A_REPORT]);
    const fresh = await checkOutcomes(page, files, { [copyName('2024-兴和县.txt')]: 'stored', [UNMATCHED]: 'unmatched', '2020-桦甸市统计局.txt': 'duplicate', [NOT_A_REPORT]: 'error' });
    expect(byName(files, NOT_A_REPORT)).toMatchObject({ code: 'NOT_A_REPORT' });
    expect(await allReportIds(page)).toEqual([...before, ...fresh].sort((a, b) => a - b));
    expect(await page.getByRole('table', { name: '每个文件的结果' }).getAttribute('id')).toBe('upload-results');
  });

  it('a clerk uploads a web page (HTML) with the script: it is filed under the clerk’s agency and its tables are shown', async () => {
    const page = await s.newPage();
    await signIn(page, s.site.user('clerk'));
    await page.goto('/upload');
    expect(await page.getByLabel('机关（可选）').count()).toBe(0);
    const [file] = await uploadWithScript(page, HTML_XINGHE);
    expect(file).toMatchObject({ name: '003-word-pasted.html', outcome: 'stored' });
    expect(file!.result).toMatch(STORED);
    const versions = await getJson<ReportVersions>(page, `/api/reports/${file!.reportId}/versions`);
    expect(versions.report.agencyId).toBe(await agencyIdOf(page, '兴和县'));
    await clickAndWait(page, page.getByRole('link', { name: `报告 ${file!.reportId}`, exact: true }));
    const meta = await page.getByRole('region', { name: '报告信息' }).innerText();
    expect(meta).toContain('兴和县');
    expect(meta).toContain('已公开');
    const model = await getJson(page, `/api/reports/${file!.reportId}`);
    const total = await page.locator('td[data-path="table3.newReceived.total"]').innerText();
    expect(total.trim()).toBe(String(cellOf(model, 'table3.newReceived.total')));
  });
});

/** The report page marks exactly the cells its error findings name, visibly and for a screen reader. */
async function checkFindingsOnCells(page: Page, uploaded: UploadedFile): Promise<void> {
  const model = await apiReport(page, uploaded.reportId!);
  expect(model.agency).toBe('成安县');
  const errors = model.findings.filter((f) => f.severity === 'error');
  const warnings = model.findings.filter((f) => f.severity === 'warning');
  expect(errors.length).toBeGreaterThan(0);
  expect(uploaded.result).toContain(`错误 ${errors.length} 项，警告 ${warnings.length} 项`);

  const errorPaths = new Set(errors.flatMap((f) => f.paths));
  const marked = await page.locator('td.finding-error').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-path')));
  const drawn = new Set(await page.locator('td[data-path]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-path'))));
  expect(marked.length).toBeGreaterThan(0);
  expect(new Set(marked)).toEqual(new Set([...errorPaths].filter((p) => drawn.has(p))));
  const warned = await page.locator('td.finding-warning').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-path')));
  const warningPaths = new Set(warnings.flatMap((f) => f.paths));
  for (const p of warned) expect(warningPaths.has(p!) && !errorPaths.has(p!), `${p} marked as a warning`).toBe(true);

  const cell = page.locator('td.finding-error').first();
  const look = await cell.evaluate((td) => {
    const st = td.ownerDocument.defaultView.getComputedStyle(td);
    return { background: st.backgroundColor, outline: st.outlineStyle };
  });
  expect(look).toEqual({ background: 'rgb(253, 226, 225)', outline: 'solid' });
  const describedBy = (await cell.getAttribute('aria-describedby'))!.split(' ');
  const path = (await cell.getAttribute('data-path'))!;
  const rules = errors.filter((f) => f.paths.includes(path)).map((f) => f.rule);
  for (const id of describedBy) {
    const item = await page.locator(`li#${id}`).innerText();
    expect(rules.some((r) => item.includes(r)), `${id}: ${item}`).toBe(true);
  }
  expect(await page.getByRole('heading', { name: '有发现的单元格及其原文' }).count()).toBe(1);
  expect(await page.getByRole('region', { name: '报告信息' }).innerText()).toContain(`错误 ${errors.length} 项，警告 ${warnings.length} 项`);
}

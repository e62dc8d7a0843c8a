/**
 * 上传 in Chromium: files picked in the file chooser and sent with the form,
 * one result per file (stored and matched, already stored, refused with its
 * code); then the stored report opens with its findings marked on the very
 * cells the findings name.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clickAndWait, dropFiles, signIn, uploadFile, type UploadedFile } from './actions.js';
import { cellOf, getJson } from './api.js';
import { describeBrowser, useBrowserSuite } from './suite.js';

const ROOT = join(import.meta.dirname, '../..');
const SAMPLES = join(ROOT, 'samples');
const SAMPLE_FILES = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
const HTML_XINGHE = join(ROOT, 'test/fixtures/html/003-word-pasted.html');
const HTML_CHENGAN_GBK = join(ROOT, 'test/fixtures/html/002-gbk.html');

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
  // The samples are stored on first start; one added line gives each new bytes, so each is a new report.
  for (const f of SAMPLE_FILES) writeFileSync(join(dir, f), `${readFileSync(join(SAMPLES, f), 'utf8')}\n（浏览器上传测试）\n`);
  writeFileSync(join(dir, '会议纪要.txt'), '这不是一份年度报告。\n只是几行文字。\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const apiReport = (page: Page, id: number) => getJson<ApiReport>(page, `/api/reports/${id}`);

function byName(files: readonly UploadedFile[], name: string): UploadedFile {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`no result for ${name}: ${files.map((x) => x.name).join(', ')}`);
  return f;
}

describeBrowser('upload in the browser', () => {
  const s = useBrowserSuite();

  it('several files in one form: one result each; the report shows its findings on their cells', async () => {
    const page = await s.newPage();
    await signIn(page, s.site.user('admin'));
    const picked = [...SAMPLE_FILES.map((f) => join(dir, f)), HTML_CHENGAN_GBK, join(dir, '会议纪要.txt')];
    const { status, files } = await uploadFile(page, picked);
    expect(status).toBe(200);
    expect(files.map((f) => f.name)).toEqual([...SAMPLE_FILES, '002-gbk.html', '会议纪要.txt']);
    for (const f of [...SAMPLE_FILES, '002-gbk.html']) {
      const r = byName(files, f);
      expect(r.result, f).toMatch(/^已入库：报告 \d+（错误 \d+ 项，警告 \d+ 项）$/);
      expect(r.reportId).toBeGreaterThan(5);
    }
    const bad = byName(files, '会议纪要.txt');
    expect(bad.reportId).toBeNull();
    expect(bad.result).toContain('NOT_A_REPORT');
    expect(bad.result).toContain('未保存任何内容');

    // Open the 成安县 2021 report (cells missing from its Table 4: R6 errors) from its result row.
    const chengan = byName(files, '2021-成安县.txt');
    await clickAndWait(page, page.getByRole('link', { name: `报告 ${chengan.reportId}`, exact: true }));
    expect(new URL(page.url()).pathname).toBe(`/reports/${chengan.reportId}`);
    const model = await apiReport(page, chengan.reportId!);
    expect(model.agency).toBe('成安县');
    const errors = model.findings.filter((f) => f.severity === 'error');
    const warnings = model.findings.filter((f) => f.severity === 'warning');
    expect(errors.length).toBeGreaterThan(0);
    expect(chengan.result).toContain(`错误 ${errors.length} 项，警告 ${warnings.length} 项`);

    // Every cell the error findings name is marked as an error on the page, and only those.
    const errorPaths = new Set(errors.flatMap((f) => f.paths));
    const marked = await page.locator('td.finding-error').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-path')));
    const drawn = new Set(await page.locator('td[data-path]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-path'))));
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked)).toEqual(new Set([...errorPaths].filter((p) => drawn.has(p))));
    const warned = await page.locator('td.finding-warning').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-path')));
    const warningPaths = new Set(warnings.flatMap((f) => f.paths));
    for (const p of warned) expect(warningPaths.has(p!) && !errorPaths.has(p!), `${p} marked as a warning`).toBe(true);

    // The mark is visible (colour and outline) and tells a screen reader which finding it is.
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
  });

  it('files stored before are not stored twice: the result links to the stored report', async () => {
    const page = await s.newPage();
    await signIn(page, s.site.user('supervisor'));
    const { status, files } = await uploadFile(page, join(SAMPLES, '2021-成安县.txt'));
    expect(status).toBe(200);
    expect(files).toHaveLength(1);
    expect(files[0]!.result).toMatch(/^此前已入库（未重复保存）：报告 \d+/);
    const id = files[0]!.reportId!;
    expect(id).toBeLessThanOrEqual(5);
    expect((await apiReport(page, id)).agency).toBe('成安县');
  });

  it('dropFiles hands files to a drop area as a drag from the desktop does (for drag-and-drop upload)', async () => {
    const page = await s.newPage();
    await page.setContent(`<div id="zone">拖到这里</div><ol id="got"></ol><script>
      const zone = document.getElementById('zone');
      zone.addEventListener('dragover', (e) => e.preventDefault());
      zone.addEventListener('drop', async (e) => {
        e.preventDefault();
        for (const f of e.dataTransfer.files) {
          const li = document.createElement('li');
          li.textContent = f.name + ' ' + f.size + ' ' + (await f.text()).slice(0, 10);
          document.getElementById('got').append(li);
        }
      });
    </script>`);
    const sample = join(SAMPLES, '2024-兴和县.txt');
    await dropFiles(page, page.locator('#zone'), [sample, { name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('只是说明') }]);
    await page.locator('#got li').nth(1).waitFor();
    const head = readFileSync(sample, 'utf8').slice(0, 10);
    expect(await page.locator('#got li').allInnerTexts()).toEqual([`2024-兴和县.txt ${readFileSync(sample).length} ${head}`, `说明.txt ${Buffer.byteLength('只是说明')} 只是说明`]);
  });

  it('a clerk uploads a web page (HTML): it is filed under the clerk’s agency and its tables are shown', async () => {
    const page = await s.newPage();
    await signIn(page, s.site.user('clerk'));
    expect(await page.goto('/upload').then(() => page.getByLabel('机关（可选）').count())).toBe(0);
    const { status, files } = await uploadFile(page, HTML_XINGHE);
    expect(status).toBe(200);
    expect(files[0]!.name).toBe('003-word-pasted.html');
    expect(files[0]!.result).toMatch(/^已入库：报告 \d+/);
    await clickAndWait(page, page.getByRole('link', { name: `报告 ${files[0]!.reportId}`, exact: true }));
    const meta = await page.getByRole('region', { name: '报告信息' }).innerText();
    expect(meta).toContain('兴和县');
    expect(meta).toContain('已公开');
    const model = await getJson(page, `/api/reports/${files[0]!.reportId}`);
    const total = await page.locator('td[data-path="table3.newReceived.total"]').innerText();
    expect(total.trim()).toBe(String(cellOf(model, 'table3.newReceived.total')));
  });
});

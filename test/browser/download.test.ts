/**
 * Downloads in Chromium: the report page's Excel link gives a workbook that,
 * read back with exceljs, carries the report's own values — agency, year,
 * format, and every cell of Tables 2–4 in statutory order, blanks left blank —
 * under a file name of agency, year and id. The same after a correction: the
 * download is the newest version.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { cellSpecs } from '../../src/domain/annual-report/formats/index.js';
import { getCell, type AnnualReport } from '../../src/domain/annual-report/report.js';
import { TABLE_NAMES } from '../../src/render/layout.js';
import { downloadAndReadXlsx, openReportOf, signIn } from './actions.js';
import { getJson } from './api.js';
import { describeBrowser, useBrowserSuite } from './suite.js';
import { sheetNumbers, sheetValues } from './xlsx-values.js';

/** Downloads the report's XLSX from its page and compares it with `GET /api/reports/:id`. */
async function checkXlsxDownload(page: Page, id: number): Promise<AnnualReport> {
  await page.goto(`/reports/${id}`);
  const model = await getJson<AnnualReport>(page, `/api/reports/${id}`);
  const link = page.getByRole('navigation', { name: '下载' }).getByRole('link', { name: 'Excel（XLSX）' });
  const file = await downloadAndReadXlsx(page, link);
  expect(file.url).toMatch(new RegExp(`/reports/${id}/download/xlsx$`));
  expect(file.fileName).toBe(`${model.agency}-${model.year}-${id}.xlsx`);
  expect(file.workbook.worksheets.map((w) => w.name)).toEqual(['报告信息', TABLE_NAMES.table2, TABLE_NAMES.table3, TABLE_NAMES.table4]);

  const info = new Map(sheetValues(file.workbook.getWorksheet('报告信息')!).map((r) => [r[0], r[1]]));
  expect(info.get('机关名称')).toBe(model.agency);
  expect(info.get('报告年度')).toBe(model.year);
  expect(info.get('报告格式')).toBe(model.format);

  for (const table of ['table2', 'table3', 'table4'] as const) {
    const cells = cellSpecs(model.format).filter((s) => s.table === table);
    const values = cells.map((s) => getCell(model, s.path) ?? null);
    const numbers = sheetNumbers(file.workbook.getWorksheet(TABLE_NAMES[table])!);
    expect(numbers, `${TABLE_NAMES[table]} of report ${id}`).toEqual(values.filter((v): v is number => v !== null));
  }
  return model;
}

describeBrowser('downloads in the browser', () => {
  const s = useBrowserSuite();

  it('the XLSX of a 2021-format and of a 2019-format report carries the report’s values', async () => {
    const page = await s.newPage();
    for (const agency of ['成安县', '康乐县']) {
      const model = await checkXlsxDownload(page, await openReportOf(page, agency));
      expect(model.format).toBe(agency === '成安县' ? '2021' : '2019');
      // 成安县 really leaves cells blank (R6): they stay blank in the file, not 0.
      if (agency === '成安县') expect(cellSpecs('2021').some((c) => getCell(model, c.path) === null)).toBe(true);
    }
  });

  it('after a correction the download is the newest version', async () => {
    const page = await s.newPage();
    await signIn(page, s.site.user('clerk'));
    const id = await openReportOf(page, '兴和县');
    await page.goto(`/reports/${id}/correct`);
    await page.getByLabel('单元格', { exact: true }).selectOption('table3.newReceived.naturalPerson');
    await page.getByLabel('新值', { exact: true }).fill('123456');
    await page.getByLabel('更正理由（必填）').fill('下载测试');
    await page.getByRole('button', { name: '保存更正' }).click();
    await page.getByRole('status').waitFor();
    const model = await checkXlsxDownload(page, id);
    expect(getCell(model, 'table3.newReceived.naturalPerson')).toBe(123456);
  });
});

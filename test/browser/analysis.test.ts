/**
 * The analysis views in Chromium, reached by their links from 机关与汇总 as a
 * visitor does (signed out: they are public). An agency with reports in two
 * years shows its trends as server-drawn SVG charts with a text alternative
 * and a caption, beside tables holding the very numbers of
 * `GET /api/agencies/:id/trends`. The region roll-up's sums and the comparison
 * table, downloaded from the pages' Excel links and read back with exceljs,
 * hold the numbers of `GET /api/rollups/:id/:year` and `GET /api/comparisons`
 * — blanks blank, never 0 — in the order chosen on the page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clickAndWait, downloadAndReadXlsx, signIn, uploadFile } from './actions.js';
import { agencyIdOf, cellOf, getJson } from './api.js';
import { describeBrowser, useBrowserSuite } from './suite.js';
import { sheetValues, type SheetValue } from './xlsx-values.js';

const SAMPLES = join(import.meta.dirname, '../../samples');

type Point = { readonly kind: 'value'; readonly value: number } | { readonly kind: 'blank' | 'notInFormat' | 'noReport' };
interface Trends {
  readonly years: readonly number[];
  readonly groups: readonly {
    readonly key: string;
    readonly label: { readonly zh: string };
    readonly series: readonly { readonly key: string; readonly label: { readonly zh: string }; readonly points: readonly Point[] }[];
  }[];
}
interface Rollup {
  readonly parts: readonly {
    readonly format: string;
    readonly members: readonly { readonly agencyName: string }[];
    readonly table3: unknown;
    readonly table4: unknown;
    readonly incomplete: readonly { readonly path: string; readonly knownSum: number; readonly blankIn: readonly { readonly name: string }[] }[];
  }[];
}
type Rate = { readonly status: 'ok' | 'tooFew' | 'incomplete'; readonly value: number | null; readonly numerator: number | null; readonly denominator: number | null };
interface Comparison {
  readonly metrics: readonly { readonly key: string }[];
  readonly rows: readonly { readonly rank: number | null; readonly agency: { readonly name: string }; readonly reportId: number; readonly format: string; readonly metrics: Readonly<Record<string, Rate>> }[];
}

/** What the tables show for a point that is not a number. */
const POINT_WORDS = { blank: '空白', notInFormat: '无此项', noReport: '无报告' } as const;
const pointText = (p: Point): string => (p.kind === 'value' ? String(p.value) : POINT_WORDS[p.kind]);

/** Every leaf of a nested table object (`table3.newReceived.total` → value). */
function leaves(node: unknown, prefix: string, out = new Map<string, number | null>()): Map<string, number | null> {
  if (node === null || typeof node === 'number') out.set(prefix, node);
  else if (typeof node === 'object') for (const [k, v] of Object.entries(node)) leaves(v, `${prefix}.${k}`, out);
  return out;
}

/** A downloaded sheet as a header and rows of objects keyed by the header's labels. */
function records(values: SheetValue[][]): { header: SheetValue[]; rows: Record<string, SheetValue>[] } {
  const [header, ...rest] = values;
  return { header: header!, rows: rest.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i] ?? null]))) };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-analysis-'));
  // 兴和县's report for the year before its sample (2024): the same text a year earlier, with
  // fewer reconsiderations (3 upheld + 1 corrected = 4 instead of 5 + 2 = 7), so the years differ.
  const text = readFileSync(join(SAMPLES, '2024-兴和县.txt'), 'utf8').replace(/202[45]/g, (y) => String(Number(y) - 1));
  const earlier = text.replace('5 |\n2 |\n0 |\n0 |\n7 |\n', '3 |\n1 |\n0 |\n0 |\n4 |\n');
  if (earlier === text) throw new Error('the sample’s reconsideration row has changed');
  writeFileSync(join(dir, '2023-兴和县.txt'), earlier);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** From 机关与汇总, the region roll-up of 示范市 for a year, by the links. */
async function openRegionYear(page: Page, year: number): Promise<void> {
  await page.goto('/agencies');
  await clickAndWait(page, page.getByRole('link', { name: '示范市年度汇总与比较' }));
  const years = page.getByRole('navigation', { name: '选择年度' });
  if (!(await years.getByRole('link', { name: `${year}年度` }).getAttribute('aria-current'))) await clickAndWait(page, years.getByRole('link', { name: `${year}年度` }));
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`示范市${year}年度政府信息公开工作年度报告汇总`);
}

describeBrowser('analysis views in the browser', () => {
  const s = useBrowserSuite();

  it('an agency with reports in two years: SVG trend charts described in words, and tables with the API’s numbers', async () => {
    // The clerk of 兴和县 uploads the agency's report of the year before.
    const clerk = await s.newPage();
    await signIn(clerk, s.site.user('clerk'));
    const [uploaded] = await uploadFile(clerk, join(dir, '2023-兴和县.txt'));
    expect(uploaded!.outcome).toBe('stored');
    const earlier = await getJson(clerk, `/api/reports/${uploaded!.reportId}`);

    const page = await s.newPage();
    await page.goto('/agencies');
    await clickAndWait(page, page.getByRole('link', { name: '兴和县', exact: true }));
    const id = Number(/^\/agencies\/(\d+)$/.exec(new URL(page.url()).pathname)![1]);
    expect(id).toBe(await agencyIdOf(page, '兴和县'));
    const trends = await getJson<Trends>(page, `/api/agencies/${id}/trends`);
    expect(trends.years).toEqual([2023, 2024]);
    // The year before is the uploaded report's: the reconsiderations differ between the years.
    const total = trends.groups.find((g) => g.key === 'reconsideration')!.series.find((x) => x.key === 'total')!.points;
    expect(total[0]).toEqual({ kind: 'value', value: cellOf(earlier, 'table4.reconsideration.total') });
    expect(total[1]).not.toEqual(total[0]);

    const trendSection = page.getByRole('region', { name: '历年趋势' });
    expect(await trendSection.getByRole('figure').count()).toBe(trends.groups.length);
    for (const group of trends.groups) {
      const section = trendSection.getByRole('region', { name: group.label.zh, exact: true });
      // The chart: an SVG drawn on the server, one image with its description, in a captioned figure.
      const figure = section.getByRole('figure', { name: `图：${group.label.zh}（2023—2024年）。数值见下表。` });
      const chart = figure.getByRole('img');
      const description = (await chart.getAttribute('aria-label'))!;
      expect(description).toMatch(new RegExp(`^(折线图|堆叠柱状图)：${escapeRegExp(group.label.zh)}，2023—2024年。`));
      expect(description.endsWith('各年数值见下表。')).toBe(true);
      for (const series of group.series) {
        const [a, b] = series.points;
        if (a!.kind === 'value' && b!.kind === 'value') expect(description, series.key).toContain(`${series.label.zh}由 ${a!.value}（2023年）变为 ${b!.value}（2024年）`);
        else expect(description, series.key).toContain(series.label.zh);
      }
      const svg = chart.locator('svg');
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeGreaterThan(200);
      expect(box.height).toBeGreaterThan(100);
      const words = await svg.locator('text').allTextContents();
      for (const y of ['2023年', '2024年']) expect(words, group.key).toContain(y);
      for (const series of group.series) expect(words, `${group.key} legend`).toContain(series.label.zh);

      // The table beside it: the API's numbers, year by year, words where there is no number.
      const table = section.getByRole('table', { name: `${group.label.zh}：各年数值` });
      expect(await table.locator('thead th').allInnerTexts()).toEqual(['指标', '2023年', '2024年']);
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
      expect(rows, group.key).toEqual(group.series.map((x) => [x.label.zh, ...x.points.map(pointText)]));
    }
  });

  it('the region roll-up’s Excel download holds the API’s sums, blank cells blank', async () => {
    const page = await s.newPage();
    const region = await agencyIdOf(page, '示范市');
    // 2019: two agencies summed; 2021: one agency with blank cells.
    for (const year of [2019, 2021]) {
      await openRegionYear(page, year);
      const rollup = await getJson<Rollup>(page, `/api/rollups/${region}/${year}`);
      const link = page.getByRole('paragraph').filter({ hasText: '下载合计表' }).getByRole('link', { name: 'Excel（XLSX）' });
      const file = await downloadAndReadXlsx(page, link);
      expect(file.url).toMatch(new RegExp(`/regions/${region}/${year}/download/sums\\.xlsx$`));
      expect(file.fileName).toBe(`示范市-${year}-sums.xlsx`);
      const { header, rows } = records(sheetValues(file.workbook.getWorksheet('sums')!));
      expect(header).toEqual(['表格格式', '表', '行', '列', '路径', '合计', '已知部分合计', '该格空白的机关']);

      expect(rollup.parts.length).toBeGreaterThan(0);
      for (const part of rollup.parts) {
        const inFile = rows.filter((r) => r['表格格式'] === part.format);
        const expected = new Map([...leaves(part.table3, 'table3'), ...leaves(part.table4, 'table4')]);
        expect(new Map(inFile.map((r) => [r['路径'], r['合计']])), `${year} ${part.format}`).toEqual(expected);
        const gaps = new Map(part.incomplete.map((c) => [c.path, [c.knownSum, c.blankIn.map((a) => a.name).join('、')]]));
        const gapsInFile = new Map(inFile.filter((r) => r['该格空白的机关'] !== null).map((r) => [r['路径'], [r['已知部分合计'], r['该格空白的机关']]]));
        expect(gapsInFile).toEqual(gaps);
        for (const path of gaps.keys()) expect(expected.get(path), path).toBeNull();
      }
      if (year === 2019) expect(rollup.parts[0]!.members.map((m) => m.agencyName).sort()).toEqual(['康乐县', '涧西区'].sort());
      else expect(rollup.parts.some((p) => p.incomplete.length > 0)).toBe(true);
    }
  });

  it('the comparison, sorted by a column on the page, downloads in that order with the API’s rates', async () => {
    const page = await s.newPage();
    const region = await agencyIdOf(page, '示范市');
    await openRegionYear(page, 2019);
    await clickAndWait(page, page.getByRole('link', { name: '各机关比较' }));
    const table = page.getByRole('table', { name: /各机关比较/ });
    await clickAndWait(page, table.getByRole('link', { name: /^公开率/ }));
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ sort: 'disclosureRate', dir: 'desc' });
    expect(await table.getByRole('columnheader', { name: /^公开率/ }).getAttribute('aria-sort')).toBe('descending');

    const api = await getJson<Comparison>(page, `/api/comparisons?agency=${region}&year=2019&sort=disclosureRate&dir=desc`);
    const link = page.getByRole('paragraph').filter({ hasText: '下载比较表' }).getByRole('link', { name: 'Excel（XLSX）' });
    const file = await downloadAndReadXlsx(page, link);
    expect(new URL(file.url).searchParams.get('sort')).toBe('disclosureRate');
    const { header, rows } = records(sheetValues(file.workbook.getWorksheet('comparison')!));
    expect(header.slice(0, 4)).toEqual(['排名', '机关', '报告编号', '表格格式']);
    expect(header).toHaveLength(4 + 4 * api.metrics.length);

    expect(rows.map((r) => r['机关'])).toEqual(api.rows.map((r) => r.agency.name));
    expect(await table.locator('tbody th a:first-child').allInnerTexts()).toEqual(api.rows.map((r) => r.agency.name));
    const statuses = new Set<string>();
    api.rows.forEach((r, i) => {
      const line = Object.values(rows[i]!);
      expect(line.slice(0, 4), r.agency.name).toEqual([r.rank, r.agency.name, r.reportId, r.format]);
      api.metrics.forEach((m, j) => {
        const rate = r.metrics[m.key]!;
        statuses.add(rate.status);
        const [value, numerator, denominator] = line.slice(4 + 4 * j, 7 + 4 * j);
        expect([value, numerator, denominator], `${r.agency.name} ${m.key}`).toEqual([rate.value, rate.numerator, rate.denominator]);
      });
    });
    // Both a rate that ranks and one on too few cases are in this year's table.
    expect([...statuses].sort()).toEqual(['ok', 'tooFew']);
    expect(api.rows.some((r) => r.rank === 1)).toBe(true);
    expect(api.rows.some((r) => r.rank === null)).toBe(true);
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

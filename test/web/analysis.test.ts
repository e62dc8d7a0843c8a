/**
 * The analysis views from the outside: pages, downloads (read back with exceljs and a CSV
 * parser), the API, visibility, and the cross-year checks on the report page and API. The demo
 * region is extended with reports whose numbers this file knows, and every expected figure is
 * computed here from those models — never copied from the output.
 */
import * as cheerio from 'cheerio';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../src/domain/annual-report/report.js';
import { getCell } from '../../src/domain/annual-report/report.js';
import { cellSpecs } from '../../src/domain/annual-report/formats/index.js';
import { sampleReport } from '../../src/domain/annual-report/rules/test-helpers.test-util.js';
import { consistentReport, rng } from '../../src/domain/analysis/consistent-cells.test-util.js';
import { importReport } from '../../src/persistence/repositories/reports/import-report.js';
import { assignAgency } from '../../src/persistence/repositories/reports/assign-agency.js';
import { listReports } from '../../src/persistence/repositories/reports/report-queries.js';
import { parseReport } from '../../src/ingest/parse.js';
import { parseCsv as parseCsvRecords } from '../../src/ingest/own/read-csv.js';
import { loadSample } from '../support/sample-reports.js';
import { Client, startHarness, type Harness } from './web-harness.js';

let h: Harness;
const ids: Record<string, number> = {};
/** The 2021-format reports of 2024 below 示范市, by agency name: what the roll-up must add up. */
const models2024: Record<string, AnnualReport> = {};
let unmatchedId = 0;
let unmatchedModel: AnnualReport;
let kangle2024: AnnualReport;
let n = 0;

async function store(report: AnnualReport, agencyName: string | null): Promise<number> {
  const bytes = new TextEncoder().encode(`analysis test report ${n++}`);
  const input = agencyName === null ? { report: { ...report, agency: '查无此机关' } } : { report, agencyId: ids[agencyName]! };
  return (await importReport(h.opened.db, { bytes, parserVersion: 'gongkai test', ...input }, { actor: 'test:analysis' })).report.id;
}

beforeAll(async () => {
  h = await startHarness();
  for (const name of ['示范市', '兴和县', '兴和县教育局', '兴和县财政局', '兴和县统计局', '成安县', '康乐县', '涧西区']) ids[name] = await h.agencyId(name);
  models2024['兴和县'] = (await loadSample('2024-兴和县.txt')).report;
  const next = rng(2024);
  // 兴和县 2023: carries 3 applications forward, but 2024 says 0 were carried over (W1).
  await store(
    sampleReport('2021', { year: 2023, agency: '兴和县', cells: { 'table3.carriedForward.naturalPerson': 3, 'table3.carriedForward.total': 3 } }),
    '兴和县',
  );
  // A department publishing on 5 February: five days after its deadline of 31 January.
  models2024['兴和县教育局'] = { ...consistentReport('2021', 2024, next), publishedAt: '2025-02-05' };
  await store(models2024['兴和县教育局'], '兴和县教育局');
  // A blank cell: the sum of that cell is incomplete, not a silent 0.
  models2024['兴和县财政局'] = { ...consistentReport('2021', 2024, next, { 'table4.litigationDirect.other': null }), publishedAt: '2025-01-20' };
  await store(models2024['兴和县财政局'], '兴和县财政局');
  // Few cases (the rule sample decides 5 applications): shown, never ranked. With a stored error.
  const small = sampleReport('2021', { year: 2024, agency: '成安县', publishedAt: '2025-03-01' });
  models2024['成安县'] = { ...small, findings: [{ rule: 'R1', severity: 'error', message: { zh: '测试', en: 'test' }, paths: [] }] };
  await store(models2024['成安县'], '成安县');
  // 康乐县 used the 2019 template for 2024: summed apart, compared all the same.
  kangle2024 = { ...consistentReport('2019', 2024, next), publishedAt: '2025-03-10' };
  await store(kangle2024, '康乐县');
  unmatchedModel = consistentReport('2021', 2024, next);
  unmatchedId = await store(unmatchedModel, null);
});
afterAll(() => h.close());

const get = (path: string) => new Client(h.app).get(path);
const sumOf = (path: string, models: readonly AnnualReport[]) => models.reduce((s, m) => s + getCell(m, path)!, 0);

/** The download's rows, read with the project's own RFC 4180 reader (BOM dropped). */
function parseCsv(text: string): string[][] {
  return parseCsvRecords(text.replace(/^\uFEFF/, '')).filter((r) => r.length > 1 || r[0] !== '');
}

async function readXlsx(res: Response): Promise<ExcelJS.Workbook> {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  expect(res.headers.get('content-disposition')).toMatch(/attachment/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  return wb;
}

function sheetRows(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const ws = wb.getWorksheet(name);
  expect(ws, `sheet ${name}`).toBeDefined();
  const out: unknown[][] = [];
  ws!.eachRow({ includeEmpty: false }, (row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('region roll-up', () => {
  it('sums Table 3 and Table 4 of the 2021-format reports, shows them in the statutory layout, and lists the status', async () => {
    const res = await get(`/regions/${ids['示范市']}/2024`);
    expect(res.status).toBe(200);
    const $ = cheerio.load(await res.text());
    const models = Object.values(models2024);
    for (const path of ['table3.newReceived.total', 'table3.granted.naturalPerson', 'table3.totalProcessed.total', 'table4.reconsideration.corrected']) {
      expect($(`#table3 td[data-path="${path}"], #table4 td[data-path="${path}"]`).first().text(), path).toBe(String(sumOf(path, models)));
    }
    // 兴和县财政局 left 直接起诉·其他结果 blank: that sum is blank and marked, and the known part is given.
    const blank = $('#table4 td[data-path="table4.litigationDirect.other"]');
    expect(blank.text()).toBe('');
    expect(blank.attr('class')).toMatch(/finding-(warning|error)/);
    expect(blank.attr('aria-describedby')).toBeTruthy();
    const known = sumOf('table4.litigationDirect.other', [models2024['兴和县']!, models2024['兴和县教育局']!, models2024['成安县']!]);
    expect($('details').text()).toContain(String(known));
    expect($('main').text()).toContain('兴和县财政局的报告有 1 个单元格空白');
    // 康乐县's 2019 template is summed apart, and said so.
    expect($('main').text()).toMatch(/康乐县/);
    expect($('#part-2019-heading').text()).toContain('2019 格式');
    expect($('[id="table3"]').length).toBe(1);
    const idList = $('[id]').map((_, e) => $(e).attr('id')).get();
    expect(new Set(idList).size, 'ids are unique with two roll-ups on the page').toBe(idList.length);
    // Every header a value cell names exists (the second table's ids are prefixed, not broken).
    $('td[headers]').each((_, td) => {
      for (const ref of $(td).attr('headers')!.split(' ')) expect($(`[id="${ref}"]`).length, ref).toBe(1);
    });
    // Status: late (a department 5 days after 31 January), errors, missing.
    const status = $('#status-heading').parent().text();
    expect(status).toContain('逾期 5 天');
    expect($('caption:contains("校验有错误的报告")').closest('table').text()).toContain('成安县');
    expect($('h3:contains("未报送")').next().text()).toContain('兴和县统计局');
    expect($('h3:contains("未报送")').next().text()).not.toContain('兴和县教育局');
    expect($('a[href="/agencies/' + ids['兴和县教育局'] + '"]').length).toBeGreaterThan(0);
  });

  it('downloads the sums and the status as CSV and XLSX', async () => {
    const models = Object.values(models2024);
    const expected = sumOf('table3.newReceived.total', models);
    const csv = await get(`/regions/${ids['示范市']}/2024/download/sums.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = parseCsv(await csv.text());
    expect(rows[0]).toEqual(['表格格式', '表', '行', '列', '路径', '合计', '已知部分合计', '该格空白的机关']);
    const row = rows.find((r) => r[0] === '2021' && r[4] === 'table3.newReceived.total')!;
    expect(Number(row[5])).toBe(expected);
    const gap = rows.find((r) => r[0] === '2021' && r[4] === 'table4.litigationDirect.other')!;
    expect(gap[5]).toBe('');
    expect(gap[7]).toBe('兴和县财政局');

    const wb = await readXlsx(await get(`/regions/${ids['示范市']}/2024/download/sums.xlsx`));
    const x = sheetRows(wb, 'sums').find((r) => r[0] === '2021' && r[4] === 'table3.newReceived.total')!;
    expect(x[5]).toBe(expected);
    expect(sheetRows(wb, '说明').flat().join('')).toContain('不按 0 计');

    const status = parseCsv(await (await get(`/regions/${ids['示范市']}/2024/download/status.csv`)).text());
    const edu = status.find((r) => r[0] === '兴和县教育局')!;
    expect(edu.slice(5, 8)).toEqual(['2025-02-05', '2025-01-31', '逾期 5 天']);
    expect(status.find((r) => r[0] === '兴和县统计局')![7]).toBe('未报送');
    const sw = await readXlsx(await get(`/regions/${ids['示范市']}/2024/download/status.xlsx`));
    expect(sheetRows(sw, 'status').find((r) => r[0] === '成安县')!.slice(8, 10)).toEqual([1, 'R1']);

    expect((await get(`/regions/${ids['示范市']}/2024/download/sums.pdf`)).status).toBe(404);
    expect((await get(`/regions/${ids['示范市']}/2024/download/other.csv`)).status).toBe(404);
  });

  it('answers the API with the same sums, the incomplete cells and the status', async () => {
    const res = await get(`/api/rollups/${ids['示范市']}/2024`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      parts: { format: string; table3: Record<string, Record<string, number | null>>; incomplete: { path: string; knownSum: number; blankIn: { name: string }[] }[]; members: { agencyName: string }[] }[];
      findings: { rule: string; message: { zh: string } }[];
      status: { counts: Record<string, number> };
    };
    expect(body.parts.map((p) => p.format)).toEqual(['2021', '2019']);
    expect(body.parts[0]!.table3['newReceived']!['total']).toBe(sumOf('table3.newReceived.total', Object.values(models2024)));
    expect(body.parts[0]!.incomplete).toEqual([
      { path: 'table4.litigationDirect.other', knownSum: sumOf('table4.litigationDirect.other', [models2024['兴和县']!, models2024['兴和县教育局']!, models2024['成安县']!]), blankIn: [{ id: ids['兴和县财政局'], name: '兴和县财政局' }] },
    ]);
    expect(body.findings.map((f) => f.rule)).toEqual(['ROLLUP-MIXED-FORMAT']);
    expect(body.findings[0]!.message.zh).toContain('康乐县');
    expect(body.status.counts).toMatchObject({ reported: 5, late: 1, withErrors: 1 });
    expect((await get(`/api/rollups/${ids['示范市']}/24`)).status).toBe(422);
    expect((await get(`/api/rollups/abc/2024`)).status).toBe(422);
    expect((await get(`/api/rollups/99999/2024`)).status).toBe(404);
  });

  it('redirects a region without a year to its newest year, and 404s a year that is not one', async () => {
    const res = await get(`/regions/${ids['示范市']}`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/regions/${ids['示范市']}/2024`);
    expect((await get(`/regions/${ids['示范市']}/1800`)).status).toBe(404);
    expect((await get(`/regions/99999/2024`)).status).toBe(404);
  });
});

describe('visibility', () => {
  it('counts published reports only, for everyone alike; an assigned report joins', async () => {
    const admin = new Client(h.app);
    await admin.signIn('admin', h.password('admin'));
    const path = `/api/rollups/${ids['示范市']}/2024`;
    const publicView = await (await get(path)).text();
    expect(await (await admin.get(path)).text()).toBe(publicView);
    expect(publicView).not.toContain(`"reportId":${unmatchedId}`);
    await assignAgency(h.opened.db, { reportId: unmatchedId, agencyId: ids['兴和县统计局']! }, { actor: 'test:analysis' });
    const after = (await (await get(path)).json()) as { parts: { table3: Record<string, Record<string, number>>; members: { reportId: number }[] }[] };
    expect(after.parts[0]!.members.map((m) => m.reportId)).toContain(unmatchedId);
    expect(after.parts[0]!.table3['newReceived']!['total']).toBe(sumOf('table3.newReceived.total', [...Object.values(models2024), unmatchedModel]));
    // Put back, so the other tests see the region as set up.
    await assignAgency(h.opened.db, { reportId: unmatchedId, agencyId: null }, { actor: 'test:analysis' });
    expect(await (await get(path)).text()).toBe(publicView);
  });
});

describe('comparison', () => {
  it('sorts by links, ranks only rates on enough cases, marks the small ones', async () => {
    const base = `/regions/${ids['示范市']}/2024/comparison`;
    const res = await get(`${base}?sort=disclosureRate&dir=desc`);
    expect(res.status).toBe(200);
    const $ = cheerio.load(await res.text());
    expect($('th[aria-sort="descending"]').text()).toContain('公开率');
    expect($('th[aria-sort="descending"] a').attr('href')).toBe(`${base}?sort=disclosureRate&dir=asc`);
    const rows = $('tbody tr')
      .toArray()
      .map((tr) => [$(tr).find('td').first().text(), $(tr).find('th a').first().text(), $(tr).find('td').eq(1).text()]);
    const rate = (m: AnnualReport) => (getCell(m, 'table3.granted.total')! + getCell(m, 'table3.partialGrant.total')!) / getCell(m, 'table3.totalProcessed.total')!;
    // Four reports decide enough applications to be ranked (ties are unlikely with random tables).
    const all: Record<string, AnnualReport> = { ...models2024, 康乐县: kangle2024 };
    const big = ['兴和县', '兴和县教育局', '兴和县财政局', '康乐县'].sort((a, b) => rate(all[b]!) - rate(all[a]!));
    expect(rows.slice(0, 4).map((r) => [r[0], r[1]])).toEqual(big.map((name, i) => [String(i + 1), name]));
    expect(rows[0]![2]).toContain(`${(rate(all[big[0]!]!) * 100).toFixed(1)}%`);
    // 成安县: 5 decided applications — shown, marked, unranked.
    const small = rows.find((r) => r[1] === '成安县')!;
    expect(small[0]).toBe('—');
    expect(small[2]).toContain('样本过小');
    // An unknown sort falls back to the name order.
    const fallback = await get(`${base}?sort=evil`);
    expect(fallback.status).toBe(302);
  });

  it('downloads the table in the order shown, and answers the API', async () => {
    const base = `/regions/${ids['示范市']}/2024/comparison`;
    const wb = await readXlsx(await get(`${base}/download/comparison.xlsx?sort=disclosureRate&dir=desc`));
    const rows = sheetRows(wb, 'comparison');
    expect(rows[0]!.slice(0, 5)).toEqual(['排名', '机关', '报告编号', '表格格式', '公开率']);
    expect(rows[1]![0]).toBe(1);
    const csv = parseCsv(await (await get(`${base}/download/comparison.csv?sort=name`)).text());
    const names = csv.slice(1).map((r) => r[1]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(csv.find((r) => r[1] === '成安县')!.slice(4, 8)).toEqual([String(3 / 5), '3', '5', '样本过小']);

    const api = (await (await get(`/api/comparisons?agency=${ids['示范市']}&year=2024&sort=disclosureRate`)).json()) as {
      dir: string;
      minCases: number;
      rows: { rank: number | null; agency: { name: string }; metrics: Record<string, { status: string }> }[];
    };
    expect(api.dir).toBe('desc');
    expect(api.minCases).toBe(10);
    expect(api.rows.find((r) => r.agency.name === '成安县')).toMatchObject({ rank: null, metrics: { disclosureRate: { status: 'tooFew' } } });
    expect(api.rows[0]!.rank).toBe(1);
    expect((await get(`/api/comparisons?agency=${ids['示范市']}&year=2024&sort=evil`)).status).toBe(422);
    expect((await get(`/api/comparisons?year=2024`)).status).toBe(422);
    expect((await get(`/api/comparisons?agency=${ids['示范市']}`)).status).toBe(422);
  });
});

describe('agency page and trends', () => {
  it('draws each trend as an SVG figure with a text alternative, the numbers in a table beside it', async () => {
    const res = await get(`/agencies/${ids['兴和县']}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const $ = cheerio.load(html);
    expect($('h1').text()).toBe('兴和县');
    expect($('script').length).toBe(0);
    const figures = $('figure.chart');
    expect(figures.length).toBe(6);
    figures.each((_, f) => {
      expect($(f).find('[role="img"] > svg').length).toBe(1);
      expect($(f).find('[role="img"]').attr('aria-label')).toMatch(/^(折线图|堆叠柱状图)：/);
      expect($(f).find('figcaption').text()).toContain('数值见下表');
      expect($(f).find('style').length).toBe(0);
    });
    // The table beside the first chart: received = new + carried over, per year.
    const sample = models2024['兴和县']!;
    const received = getCell(sample, 'table3.newReceived.total')! + getCell(sample, 'table3.carriedOver.total')!;
    const row = $('#trend-applications-table tr:contains("合计") td');
    expect(row.map((_, td) => $(td).text()).get()).toEqual(['5', String(received)]); // 2023: the rule sample, 4 new + 1 carried over
    expect($('section[aria-labelledby="trend-applications"] [role="img"]').attr('aria-label')).toContain(`合计由 5（2023年）变为 ${received}（2024年）`);
    expect($('a[href^="/reports/"]').length).toBeGreaterThanOrEqual(2);
  });

  it('downloads the trends as CSV and XLSX and answers the API', async () => {
    const sample = models2024['兴和县']!;
    const csv = parseCsv(await (await get(`/agencies/${ids['兴和县']}/download/trends.csv`)).text());
    const granted = csv.find((r) => r[1] === '予以公开' && r[2] === '2024')!;
    expect(Number(granted[3])).toBe(getCell(sample, 'table3.granted.total'));
    const wb = await readXlsx(await get(`/agencies/${ids['兴和县']}/download/trends.xlsx`));
    const fee = sheetRows(wb, 'trends').find((r) => r[1] === '行政事业性收费金额（万元）' && r[2] === 2024)!;
    expect(fee[3]).toBe(getCell(sample, 'table2.adminFees.amountWan'));

    const api = (await (await get(`/api/agencies/${ids['兴和县']}/trends`)).json()) as {
      years: number[];
      groups: { key: string; series: { key: string; points: { kind: string; value?: number }[] }[] }[];
    };
    expect(api.years).toEqual([2023, 2024]);
    const licensing = api.groups.find((g) => g.key === 'enforcement')!.series.find((s) => s.key === 'licensing')!;
    expect(licensing.points[1]).toEqual({ kind: 'value', value: getCell(sample, 'table2.licensing.decisions') });
    expect((await get('/api/agencies/99999/trends')).status).toBe(404);
    expect((await get('/api/agencies/x/trends')).status).toBe(422);
  });

  it('lists the agency tree with links', async () => {
    const $ = cheerio.load(await (await get('/agencies')).text());
    expect($(`a[href="/agencies/${ids['兴和县']}"]`).length).toBe(1);
    expect($(`a[href="/regions/${ids['示范市']}"]`).length).toBe(1);
    expect($('nav[aria-label="主导航"] a[href="/agencies"]').length).toBe(1);
    expect((await get('/agencies/99999')).status).toBe(404);
  });
});

describe('cross-year checks from the repository', () => {
  it('adds W1 to the 2024 report of 兴和县 from its stored 2023 report: page, API and downloads', async () => {
    const id = (await listReports(h.opened.db, { agencyId: ids['兴和县'], year: 2024 }))[0]!.id;
    const api = (await (await get(`/api/reports/${id}`)).json()) as { findings: { rule: string; expected?: number; actual?: number; paths: string[] }[] };
    const w1 = api.findings.filter((f) => f.rule === 'W1');
    expect(w1.map((f) => [f.paths[0], f.expected, f.actual])).toEqual([
      ['table3.carriedOver.naturalPerson', 3, getCell(models2024['兴和县']!, 'table3.carriedOver.naturalPerson')],
      ['table3.carriedOver.total', 3, getCell(models2024['兴和县']!, 'table3.carriedOver.total')],
    ]);
    const page = await (await get(`/reports/${id}`)).text();
    expect(page).toContain('W1');
    expect(page).toContain('2023年报告结转下年度继续办理 3');
    const json = JSON.parse(await (await get(`/reports/${id}/download/json`)).text()) as { findings: { rule: string }[] };
    expect(json.findings.filter((f) => f.rule === 'W1')).toHaveLength(2);
    // 成安县's 2021 report has no 2020 report behind it: no cross-year finding.
    const chengan = (await listReports(h.opened.db, { agencyId: ids['成安县'], year: 2021 }))[0]!.id;
    const c = (await (await get(`/api/reports/${chengan}`)).json()) as { findings: { rule: string }[] };
    expect(c.findings.some((f) => ['W1', 'W2', 'W3'].includes(f.rule))).toBe(false);
  });
});

describe('report downloads', () => {
  it('every sample report downloads as JSON, HTML, DOCX, XLSX, CSV and Markdown that read back to the same cells', async () => {
    const reports = await listReports(h.opened.db, { status: 'matched' });
    const samples = reports.filter((r) => r.sourceName?.endsWith('.txt'));
    expect(samples).toHaveLength(5);
    for (const r of samples) {
      const stored = (await (await get(`/api/reports/${r.id}`)).json()) as AnnualReport;
      for (const format of ['json', 'html', 'docx', 'xlsx', 'csv', 'md']) {
        const res = await get(`/reports/${r.id}/download/${format}`);
        expect(res.status, `${r.id} ${format}`).toBe(200);
        const { report } = await parseReport(new Uint8Array(await res.arrayBuffer()));
        for (const spec of cellSpecs(stored.format)) {
          expect(getCell(report, spec.path) ?? null, `${r.sourceName} ${format} ${spec.path}`).toBe(getCell(stored, spec.path) ?? null);
        }
      }
    }
  });
});

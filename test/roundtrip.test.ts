/**
 * Round trip: what a renderer writes, the readers read back to the same values.
 *
 * For every corpus report, for reports with a findings list, for reports whose
 * totals deliberately disagree with their parts, and for random reports of both
 * formats: render to each output format, sniff and read the bytes with
 * `parseReport`, and demand the same input type, format, year, agency and every
 * template cell (a blank stays null, never 0; a wrong total stays wrong).
 *
 * Units of amount cells: JSON and CSV carry them explicitly and must return them
 * exactly. HTML, Markdown, DOCX and XLSX write the unit only as prose (a note
 * under Table 2, a data attribute, a cell comment), which the document readers
 * do not read; there the reader derives the unit from the column header alone,
 * so only the unit the template prints in the header (2021 `amountWan`: 万元)
 * survives. Those formats are checked for the cells, not for the 2019 unit.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/domain/annual-report/rules/index.js';
import { cellSpecs, getFormat } from '../src/domain/annual-report/formats/index.js';
import { buildReport, getCell } from '../src/domain/annual-report/report.js';
import type { AmountUnit, AnnualReport, CellValue } from '../src/domain/annual-report/report.js';
import type { FormatId } from '../src/domain/annual-report/columns.js';
import { T3_COL_KEYS, T3_PART_KEYS } from '../src/domain/annual-report/columns.js';
import { parseReport } from '../src/ingest/parse.js';
import type { InputType } from '../src/ingest/tokens.js';
import type { Finding } from '../src/domain/shared/finding.js';
import { RENDERER_IDS, renderReport } from '../src/render/index.js';
import type { RenderOptions, RendererId } from '../src/render/index.js';

const CORPUS = join(import.meta.dirname, 'corpus');

/** The input type each renderer's output must be sniffed as. */
const INPUT_TYPE: Readonly<Record<RendererId, InputType>> = {
  json: 'json',
  csv: 'csv',
  html: 'html',
  md: 'markdown',
  xlsx: 'xlsx',
  docx: 'docx',
};

/** Formats that write units as data and must return every unit exactly. */
const CARRIES_UNITS: ReadonlySet<RendererId> = new Set(['json', 'csv']);

/** Amount cells whose unit the template prints in the column header (2021 `amountWan`: 万元). */
const HEADER_UNIT_PATHS: ReadonlySet<string> = new Set(
  (['2019', '2021'] as const).flatMap((f) =>
    getFormat(f).table2.flatMap((part) =>
      part.columns.filter((c) => c.unit !== undefined).flatMap((c) => part.rows.map((r) => `table2.${r.key}.${c.key}`)),
    ),
  ),
);

const unitOf = (report: AnnualReport, path: string): AmountUnit => report.units[path] ?? null;

/**
 * Every template cell that differs, as `path: expected …, got …`; also every
 * amount unit the format carries (all of them for JSON and CSV, the
 * header-printed ones for the document formats).
 */
function mismatches(want: AnnualReport, got: AnnualReport, id: RendererId): string[] {
  const wrong: string[] = [];
  for (const spec of cellSpecs(want.format)) {
    const a = getCell(want, spec.path) ?? null;
    const b = getCell(got, spec.path);
    if (a !== b) wrong.push(`${spec.path}: expected ${String(a)}, got ${String(b)}`);
    const unitCarried = CARRIES_UNITS.has(id) || HEADER_UNIT_PATHS.has(spec.path);
    if (spec.kind === 'amount' && unitCarried && unitOf(want, spec.path) !== unitOf(got, spec.path)) {
      wrong.push(`units[${spec.path}]: expected ${String(unitOf(want, spec.path))}, got ${String(unitOf(got, spec.path))}`);
    }
  }
  return wrong;
}

/** Renders, reads back and checks type, metadata and every cell; returns the report read back. */
async function roundTrip(report: AnnualReport, id: RendererId, options?: RenderOptions): Promise<AnnualReport> {
  const bytes = await renderReport(report, id, options);
  const { report: back, input } = await parseReport(bytes);
  expect(input.type, `${id}: detected input type`).toBe(INPUT_TYPE[id]);
  expect({ format: back.format, year: back.year, agency: back.agency }, `${id}: metadata`).toEqual({
    format: report.format,
    year: report.year,
    agency: report.agency,
  });
  expect(mismatches(report, back, id), `${id}: cells that did not survive`).toEqual([]);
  return back;
}

/**
 * The report's own findings, the rule findings, and findings full of numbers and
 * table words (as a findings list shows them: 应为 5，实为 9, cell paths), one
 * naming every table: none of it may be read as data.
 */
function findingsFor(report: AnnualReport): Finding[] {
  const paths = cellSpecs(report.format).map((s) => s.path);
  const made: Finding[] = [
    {
      rule: 'R2',
      severity: 'error',
      message: { zh: '一、本年新收政府信息公开申请数量 总计 9 不等于各项之和 5。', en: 'Total 9 differs from the sum 5.' },
      paths: ['table3.newReceived.total', 'table3.newReceived.naturalPerson'],
      expected: 5,
      actual: 9,
      blanksAsZero: true,
    },
    {
      rule: 'R4',
      severity: 'warning',
      message: { zh: '行政复议 结果维持 1 结果纠正 2 其他结果 3 尚未审结 4 总计 11', en: 'Table 4 totals.' },
      paths: paths.filter((p) => p.startsWith('table4.reconsideration.')),
      expected: 10,
      actual: 11,
    },
    { rule: 'W3', severity: 'info', message: { zh: '行政许可 12 行政处罚 34', en: 'Table 2 numbers.' }, paths: paths.slice(0, 3) },
  ];
  return [...report.findings, ...checkReport(report), ...made];
}

// ---- The corpus --------------------------------------------------------------

const corpusFiles = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort();

const corpus: readonly { name: string; report: AnnualReport }[] = await Promise.all(
  corpusFiles.map(async (name) => ({ name, report: (await parseReport(new Uint8Array(readFileSync(join(CORPUS, name))))).report })),
);

describe.each(corpus)('$name', ({ report }) => {
  it.each([...RENDERER_IDS])('survives %s', async (id) => {
    await roundTrip(report, id);
  });

  it('survives HTML with the findings list at the end', async () => {
    await roundTrip(report, 'html', { findings: findingsFor(report) });
  });
});

// ---- Inconsistent figures are kept, never "fixed" ----------------------------

/** A 2021 report whose totals disagree with their parts in Tables 3 and 4. */
function inconsistentReport(): AnnualReport {
  const cells: Record<string, CellValue> = {
    'table2.regulations.issued': 1,
    'table2.regulations.repealed': 0,
    'table2.regulations.inForce': 12,
    'table2.normativeDocs.issued': 5,
    'table2.normativeDocs.repealed': 2,
    'table2.normativeDocs.inForce': 40,
    'table2.licensing.decisions': 300,
    'table2.penalty.decisions': 20,
    'table2.coercion.decisions': 3,
    'table2.adminFees.amountWan': 12.5,
    // 3 + 2 = 5, published 9.
    'table3.newReceived.naturalPerson': 3,
    'table3.newReceived.commercial': 2,
    'table3.newReceived.total': 9,
    'table3.carriedOver.total': 0,
    // A total with blank parts.
    'table3.granted.total': 4,
    'table3.partialGrant.naturalPerson': 1,
    'table3.partialGrant.total': 1,
    // Results sum to 5 but the published grand total is 7.
    'table3.totalProcessed.naturalPerson': 2,
    'table3.totalProcessed.total': 7,
    'table3.carriedForward.total': 0,
    // 1 + 1 = 2, published 5; the litigation totals disagree too.
    'table4.reconsideration.upheld': 1,
    'table4.reconsideration.corrected': 1,
    'table4.reconsideration.other': 0,
    'table4.reconsideration.pending': 0,
    'table4.reconsideration.total': 5,
    'table4.litigationDirect.upheld': 2,
    'table4.litigationDirect.total': 0,
    'table4.litigationAfterReconsideration.pending': null,
    'table4.litigationAfterReconsideration.total': 3,
  };
  return buildReport({ format: '2021', year: 2022, agency: '某某县人民政府办公室', cells, units: { 'table2.adminFees.amountWan': 'wan' } });
}

describe('a report whose totals disagree with their parts', () => {
  const report = inconsistentReport();

  it('is really inconsistent', () => {
    expect(checkReport(report).some((f) => f.severity === 'error')).toBe(true);
  });

  it.each([...RENDERER_IDS])('comes back with the same wrong figures from %s', async (id) => {
    await roundTrip(report, id);
  });

  it('comes back with the same wrong figures from HTML that lists the findings', async () => {
    await roundTrip(report, 'html', { findings: findingsFor(report) });
  });
});

// ---- Random reports -----------------------------------------------------------

const AGENCIES = [
  '某某县人民政府办公室',
  '某某市生态环境局',
  '某某区财政局',
  '某某省交通运输厅',
  '某某县教育体育局',
  '某某市人民政府',
] as const;

/** A random value: mostly small counts, sometimes large, sometimes blank. */
const count = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 40 }) },
  { weight: 2, arbitrary: fc.nat({ max: 99_999 }) },
  { weight: 2, arbitrary: fc.constant(null) },
);
const signedCount = fc.oneof(fc.integer({ min: -500, max: 500 }), fc.constant(null));
const amount = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100),
  fc.nat({ max: 5000 }),
  fc.constant(null),
);

function arbitraryReport(format: FormatId): fc.Arbitrary<AnnualReport> {
  const specs = cellSpecs(format);
  const values = specs.map((s) => (s.kind === 'amount' ? amount : s.kind === 'signedCount' ? signedCount : count));
  const years = format === '2019' ? { min: 2019, max: 2020 } : { min: 2021, max: 2025 };
  const units = specs.filter((s) => s.kind === 'amount').map((s) => fc.constantFrom<AmountUnit>('wan', 'yuan', null).map((u) => [s.path, u] as const));
  return fc
    .record({
      year: fc.integer(years),
      agency: fc.constantFrom(...AGENCIES),
      values: fc.tuple(...values),
      units: fc.tuple(...units),
      consistent: fc.boolean(),
    })
    .map(({ year, agency, values: v, units: u, consistent }) => {
      const cells = new Map<string, CellValue>(specs.map((s, i) => [s.path, v[i] ?? null]));
      if (consistent) makeTotalsAddUp(format, cells);
      // The 2021 template prints 万元 in the header: a report in that format always says wan.
      const unitEntries = format === '2021' ? u.map(([p]) => [p, 'wan' as const] as const) : u;
      return buildReport({ format, year, agency, cells, units: Object.fromEntries(unitEntries) });
    });
}

/**
 * Makes the figures add up the way the template demands (blanks count as 0):
 * each Table-3 row total is the sum of its six applicant columns, row (七)总计
 * the sum of the result rows (一)–(六), each Table-4 total the sum of its group.
 */
function makeTotalsAddUp(format: FormatId, cells: Map<string, CellValue>): void {
  const sum = (paths: readonly string[]): number => paths.reduce((a, p) => a + (cells.get(p) ?? 0), 0);
  const rows = getFormat(format).table3.map((r) => r.path);
  const results = getFormat(format)
    .table3.filter((r) => r.group?.startsWith('三、') || r.group?.startsWith('（'))
    .map((r) => r.path)
    .filter((r) => r !== 'totalProcessed');
  for (const row of rows) cells.set(`table3.${row}.total`, sum(T3_PART_KEYS.map((k) => `table3.${row}.${k}`)));
  for (const col of T3_COL_KEYS) cells.set(`table3.totalProcessed.${col}`, sum(results.map((r) => `table3.${r}.${col}`)));
  for (const g of ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']) {
    cells.set(`table4.${g}.total`, sum(['upheld', 'corrected', 'other', 'pending'].map((k) => `table4.${g}.${k}`)));
  }
}

/** Runs per format (the zip formats are slower); `ROUNDTRIP_SCALE=10` for a deeper search. */
const SCALE = Number(process.env['ROUNDTRIP_SCALE'] ?? 1);
const RUNS: Readonly<Record<RendererId, number>> = { json: 30, csv: 30, html: 30, md: 30, xlsx: 10, docx: 10 };

describe.each(['2019', '2021'] as const)('random %s-format reports', (format) => {
  it.each([...RENDERER_IDS])('survive %s', { timeout: 30_000 * SCALE }, async (id) => {
    await fc.assert(
      // HTML half of the time with a findings list (the other renderers ignore findings).
      fc.asyncProperty(arbitraryReport(format), fc.boolean(), async (report, withFindings) => {
        await roundTrip(report, id, withFindings ? { findings: findingsFor(report) } : {});
      }),
      { numRuns: Math.ceil(RUNS[id] * SCALE) },
    );
  });
});

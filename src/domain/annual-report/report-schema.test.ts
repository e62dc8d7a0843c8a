import { describe, expect, it } from 'vitest';
import { buildReport } from './report.js';
import type { AnnualReport } from './report.js';
import { cellSpecs } from './formats/index.js';
import type { Finding } from '../shared/finding.js';
import { reportJsonSchema, reportSchema } from './report-schema.js';
import type { findingSchema } from './report-schema.js';
import type { z } from 'zod';

// The zod finding is assignable to the domain type (compile-time check).
const _finding: Finding = {} as z.infer<typeof findingSchema>;

const full = (format: '2019' | '2021'): AnnualReport =>
  buildReport({
    format,
    year: 2024,
    agency: '某县',
    publishedAt: '2025-01-31',
    cells: Object.fromEntries(cellSpecs(format).map((s, i) => [s.path, i % 5 === 0 ? null : i])),
    cellSources: new Map([['table3.granted.total', { raw: '3', at: { kind: 'page', page: 2, x: 10.5, y: 300 } }]]),
    units: format === '2019' ? { 'table2.centralProcurement.amount': 'yuan' } : { 'table2.adminFees.amountWan': null },
    findings: [{ rule: 'W8', severity: 'warning', message: { zh: '单位', en: 'unit' }, paths: [], candidates: [[1, 2]] }],
  });

describe('report schema', () => {
  it('accepts complete reports of both formats', () => {
    for (const f of ['2019', '2021'] as const) expect(reportSchema.safeParse(full(f)).success).toBe(true);
  });

  it('holds exactly the keys of each format', () => {
    const r2021 = JSON.parse(JSON.stringify(full('2021'))) as Record<string, Record<string, Record<string, unknown>>>;
    r2021['table2']!['centralProcurement'] = { items: 1, amount: 2 };
    expect(reportSchema.safeParse(r2021).success).toBe(false);

    const r2019 = JSON.parse(JSON.stringify(full('2019'))) as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    delete r2019['table3']!['otherHandling']!['total'];
    expect(reportSchema.safeParse(r2019).success).toBe(false);

    expect(reportSchema.safeParse({ ...full('2021'), units: { 'table2.centralProcurement.amount': 'yuan' } }).success).toBe(false);
    expect(reportSchema.safeParse({ ...full('2021'), extra: 1 }).success).toBe(false);
  });

  it('exports a JSON Schema with one branch per format', () => {
    const js = reportJsonSchema() as { $schema: string; oneOf: { properties: { format: { const: string } } }[]; $defs: Record<string, unknown> };
    expect(js.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(js.oneOf.map((b) => b.properties.format.const)).toEqual(['2019', '2021']);
    expect(Object.keys(js.$defs)).toEqual(expect.arrayContaining(['CellSource', 'Finding']));
  });
});

/**
 * @module The canonical JSON form of a report: exactly the `AnnualReport` keys,
 * in template order (metadata, sections, tables row by row, units, sources,
 * findings), whatever order the in-memory object happens to have.
 */
import { SECTION_KEYS } from '../../domain/annual-report/sections.js';
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import { objectAt, objectIn, rowPlans } from '../../domain/annual-report/report.js';
import type { AnnualReport, CellSource, CellValue, SourceLocation } from '../../domain/annual-report/report.js';
import type { FormatId } from '../../domain/annual-report/columns.js';
import type { Finding } from '../../domain/shared/finding.js';

const LOCATION_KEYS = ['kind', 'line', 'column', 'path', 'page', 'x', 'y', 'sheet', 'cell', 'note'] as const;

/** The defined values of `keys`, in that order. */
function pick(obj: object, keys: readonly string[]): Record<string, unknown> {
  const src = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (src[k] !== undefined) out[k] = src[k];
  return out;
}

function canonicalSource(source: CellSource): CellSource {
  return { raw: source.raw, at: pick(source.at, LOCATION_KEYS) as unknown as SourceLocation };
}

function canonicalFinding(f: Finding): Finding {
  return {
    rule: f.rule,
    severity: f.severity,
    message: { zh: f.message.zh, en: f.message.en },
    paths: [...f.paths],
    ...pick(f, ['expected', 'actual', 'candidates', 'blanksAsZero']),
  };
}

/** Each cell path's place in the template, per format: amount units are listed in that order. */
const ORDER = new Map<FormatId, ReadonlyMap<string, number>>();

function templateOrder(format: FormatId): ReadonlyMap<string, number> {
  let order = ORDER.get(format);
  if (!order) {
    order = new Map(cellSpecs(format).map((s, i) => [s.path, i]));
    ORDER.set(format, order);
  }
  return order;
}

function isCellValue(v: unknown): v is CellValue {
  return v === null || typeof v === 'number';
}

/** A copy of the report holding only its contract keys, in canonical order. */
export function canonicalReport(report: AnnualReport): AnnualReport {
  const tables: Record<string, unknown> = { table2: {}, table3: {}, table4: {} };
  const sources: Record<string, unknown> = { table2: {}, table3: {}, table4: {} };
  // Row by row in template order: the cells of a row are read from (and written to) one object.
  for (const row of rowPlans(report.format)) {
    const values = objectAt(tables, row.keys);
    const given = objectIn(report, row.keys);
    for (const { col } of row.cells) {
      const v = given?.[col];
      values[col] = isCellValue(v) ? v : null;
    }
    const givenSources = objectIn(report.sources, row.keys);
    if (!givenSources) continue;
    let rowSources: Record<string, unknown> | null = null;
    for (const { col } of row.cells) {
      const src = givenSources[col] as CellSource | undefined;
      if (src && typeof src === 'object' && 'at' in src) (rowSources ??= objectAt(sources, row.keys))[col] = canonicalSource(src);
    }
  }
  const order = templateOrder(report.format);
  const unitKeys = Object.keys(report.units).sort(
    (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return {
    schema: report.schema,
    format: report.format,
    year: report.year,
    agency: report.agency,
    title: report.title,
    publishedAt: report.publishedAt,
    sections: Object.fromEntries(SECTION_KEYS.map((k) => [k, report.sections[k] ?? null])) as AnnualReport['sections'],
    table2: tables['table2'] as AnnualReport['table2'],
    table3: tables['table3'] as AnnualReport['table3'],
    table4: tables['table4'] as AnnualReport['table4'],
    units: Object.fromEntries(unitKeys.map((k) => [k, report.units[k] ?? null])),
    sources: sources as AnnualReport['sources'],
    findings: report.findings.map(canonicalFinding),
  };
}

/** Pretty, stable JSON text of the report (two-space indent, trailing newline). */
export function reportToJson(report: AnnualReport): string {
  return `${JSON.stringify(canonicalReport(report), null, 2)}\n`;
}

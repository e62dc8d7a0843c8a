/**
 * @module The canonical JSON form of a report: exactly the `AnnualReport` keys,
 * in template order (metadata, sections, tables row by row, units, sources,
 * findings), whatever order the in-memory object happens to have.
 */
import { SECTION_KEYS } from '../../domain/annual-report/sections.js';
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import { getCell, getPath, setPath } from '../../domain/annual-report/report.js';
import type { AnnualReport, CellSource, SourceLocation } from '../../domain/annual-report/report.js';
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

/** A copy of the report holding only its contract keys, in canonical order. */
export function canonicalReport(report: AnnualReport): AnnualReport {
  const specs = cellSpecs(report.format);
  const tables: Record<string, unknown> = { table2: {}, table3: {}, table4: {} };
  const sources: Record<string, unknown> = { table2: {}, table3: {}, table4: {} };
  for (const spec of specs) {
    setPath(tables, spec.path, getCell(report, spec.path) ?? null);
    const src = getPath(report.sources, spec.path) as CellSource | undefined;
    if (src && typeof src === 'object' && 'at' in src) setPath(sources, spec.path, canonicalSource(src));
  }
  const order = new Map(specs.map((s, i) => [s.path, i]));
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

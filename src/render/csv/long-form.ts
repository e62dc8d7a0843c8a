/**
 * @module The long-form CSV layout shared by the CSV renderer and its reader:
 * one `path,label,value` line per metadata field, section, amount unit and
 * template cell (RFC 4180, UTF-8 with BOM, CRLF).
 */
import { SECTIONS } from '../../domain/annual-report/sections.js';
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import { getCell } from '../../domain/annual-report/report.js';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { formatValue } from '../layout.js';

export const CSV_HEADER = ['path', 'label', 'value'] as const;
export const CSV_BOM = '\uFEFF';

export const META_FIELDS = [
  { path: 'meta.format', key: 'format', label: '报告格式' },
  { path: 'meta.year', key: 'year', label: '报告年度' },
  { path: 'meta.agency', key: 'agency', label: '机关名称' },
  { path: 'meta.title', key: 'title', label: '报告标题' },
  { path: 'meta.publishedAt', key: 'publishedAt', label: '发布日期' },
] as const;

/** Path prefix of the six narrative sections: `section.overview` …. */
export const SECTION_PREFIX = 'section.';
/** Path prefix of amount units: `unit.table2.centralProcurement.amount`. */
export const UNIT_PREFIX = 'unit.';

export type LongFormLine = readonly [path: string, label: string, value: string];

/**
 * Text that a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) gets a
 * leading apostrophe; `unguardText` removes exactly one, so the round trip is exact.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

export function guardText(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

export function unguardText(text: string): string {
  return text.startsWith("'") && FORMULA_LIKE.test(text) ? text.slice(1) : text;
}

/** Every line of the long form, in order: metadata, sections, units, cells. */
export function longFormLines(report: AnnualReport): readonly LongFormLine[] {
  const lines: LongFormLine[] = [];
  for (const m of META_FIELDS) {
    const v = report[m.key];
    lines.push([m.path, m.label, v === null ? '' : guardText(String(v))]);
  }
  for (const s of SECTIONS) {
    lines.push([`${SECTION_PREFIX}${s.key}`, s.heading, guardText(report.sections[s.key] ?? '')]);
  }
  const specs = cellSpecs(report.format);
  for (const spec of specs) {
    if (spec.kind !== 'amount' || !(spec.path in report.units)) continue;
    const unit = report.units[spec.path] ?? null;
    lines.push([`${UNIT_PREFIX}${spec.path}`, `单位（yuan=元，wan=万元）：${spec.label}`, unit === null ? '' : unit]);
  }
  for (const spec of specs) lines.push([spec.path, spec.label, formatValue(getCell(report, spec.path) ?? null)]);
  return lines;
}

/** One RFC 4180 field: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

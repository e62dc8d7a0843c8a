/**
 * @module Shared by the own-format readers: checks a candidate report object
 * against the contract schema and rebuilds it through `buildReport`, so what a
 * reader returns always has the canonical shape and key order.
 */
import { z } from 'zod';
import { reportSchema } from '../../domain/annual-report/report-schema.js';
import { buildReport, getPath } from '../../domain/annual-report/report.js';
import type { AnnualReport, AmountUnit, CellSource, CellValue } from '../../domain/annual-report/report.js';
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import type { FormatId } from '../../domain/annual-report/columns.js';
import type { SectionKey } from '../../domain/annual-report/sections.js';
import type { Finding } from '../../domain/shared/finding.js';
import { GongkaiError } from '../../domain/shared/errors.js';

const MAX_ISSUES = 5;

/** A `NOT_A_REPORT` error naming what was read (`JSON`, `CSV`) and why it was refused. */
export function notAReport(zh: string, en: string, cause?: unknown): GongkaiError {
  return new GongkaiError('NOT_A_REPORT', { zh, en }, cause === undefined ? undefined : { cause });
}

function listIssues(issues: readonly z.core.$ZodIssue[], separator: string): string {
  const shown = issues.slice(0, MAX_ISSUES).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  const more = issues.length > MAX_ISSUES ? ` (+${issues.length - MAX_ISSUES})` : '';
  return shown.join(separator) + more;
}

interface ValidatedReport {
  format: FormatId;
  year: number | null;
  agency: string | null;
  title: string | null;
  publishedAt: string | null;
  sections: Record<SectionKey, string | null>;
  units: Record<string, AmountUnit | undefined>;
  sources: unknown;
  findings: Finding[];
}

/**
 * Validates `data` as a canonical report and returns it rebuilt in canonical form.
 * Throws `GongkaiError('NOT_A_REPORT')` listing the first problems, in Chinese and English.
 */
export function validateReport(data: unknown, kind: string): AnnualReport {
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success) {
    const zh = reportSchema.safeParse(data, { error: z.locales.zhCN().localeError });
    const zhIssues = zh.success ? parsed.error.issues : zh.error.issues;
    throw notAReport(
      `不是有效的年度报告 ${kind}：${listIssues(zhIssues, '；')}`,
      `Not a valid annual report ${kind}: ${listIssues(parsed.error.issues, '; ')}`,
      parsed.error,
    );
  }
  const doc = parsed.data as unknown as ValidatedReport;
  const cells = new Map<string, CellValue>();
  const cellSources = new Map<string, CellSource>();
  for (const spec of cellSpecs(doc.format)) {
    cells.set(spec.path, getPath(doc, spec.path) as CellValue);
    const src = getPath(doc.sources, spec.path) as CellSource | undefined;
    if (src !== undefined) cellSources.set(spec.path, src);
  }
  const units: Record<string, AmountUnit> = {};
  for (const [k, v] of Object.entries(doc.units)) if (v !== undefined) units[k] = v;
  return buildReport({
    format: doc.format,
    year: doc.year,
    agency: doc.agency,
    title: doc.title,
    publishedAt: doc.publishedAt,
    sections: doc.sections,
    cells,
    cellSources,
    units,
    findings: doc.findings,
  });
}

/** Decodes UTF-8 bytes (a leading BOM is dropped); invalid UTF-8 is refused. */
export function decodeUtf8(input: Uint8Array | string, kind: string): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch (e) {
      throw notAReport(`${kind} 不是有效的 UTF-8 文本`, `The ${kind} is not valid UTF-8 text`, e);
    }
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

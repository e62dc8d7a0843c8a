/**
 * @module Test helper: builds reports from the hand-read corpus values
 * (`test/corpus/*.expected.json`), the way a parser would hand them over.
 */
import { readFileSync } from 'node:fs';
import { cellSpecs } from '../domain/annual-report/formats/index.js';
import { buildReport, getPath } from '../domain/annual-report/report.js';
import type { AnnualReport, CellValue, ReportInit } from '../domain/annual-report/report.js';
import type { FormatId } from '../domain/annual-report/columns.js';

export const CORPUS_2021 = '003_bd575b38e5e6b191';
export const CORPUS_2019 = '000_af0ecdc40ed7a487';

interface Expected {
  format: FormatId;
  year: number;
  agency: string;
  publishedAt: string;
  table2: unknown;
  table3: unknown;
  table4: unknown;
}

export function loadExpected(id: string): Expected {
  return JSON.parse(readFileSync(new URL(`../../test/corpus/${id}.expected.json`, import.meta.url), 'utf8')) as Expected;
}

/** The expected tables flattened to path → value, in template order. */
export function expectedCells(id: string): Map<string, CellValue> {
  const e = loadExpected(id);
  return new Map(cellSpecs(e.format).map((s) => [s.path, (getPath(e, s.path) as CellValue | undefined) ?? null]));
}

export function corpusReport(id: string, extra: Partial<ReportInit> = {}): AnnualReport {
  const e = loadExpected(id);
  return buildReport({
    format: e.format,
    year: e.year,
    agency: e.agency,
    publishedAt: e.publishedAt,
    cells: expectedCells(id),
    ...extra,
  });
}

export const SAMPLE_SECTIONS = {
  overview: '本年度主动公开政府信息2340条。\n（一）主动公开情况\n通过门户网站发布信息。',
  proactiveDisclosure: null,
  applications: '受理申请26件，办结26件。',
  reviewLitigation: '行政复议7件，未发生行政诉讼。',
  problemsImprovements: '存在问题：公开内容不够全面。',
  otherMatters: '本年度未收取信息处理费。',
} as const;

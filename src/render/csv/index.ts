/**
 * @module CSV renderer: the report in long form (`path,label,value`), lossless
 * for values, metadata, section text and units; read back by `ingest/own/read-csv`.
 */
import type { Renderer } from '../renderer.js';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { CSV_BOM, CSV_HEADER, csvLine, longFormLines } from './long-form.js';

export function reportToCsv(report: AnnualReport): string {
  return CSV_BOM + csvLine(CSV_HEADER) + longFormLines(report).map(csvLine).join('');
}

export const csvRenderer: Renderer = {
  id: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  extension: 'csv',
  render: (report) => Promise.resolve(new TextEncoder().encode(reportToCsv(report))),
};

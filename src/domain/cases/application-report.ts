/**
 * @module Tables 3 and 4 of an agency's annual report, computed from its cases
 * and its reconsideration/litigation register, as an `AnnualReport` (Table 2
 * and the text are left blank for the agency to fill in).
 */
import type { FormatId } from '../annual-report/columns.js';
import { expectedFormatForYear } from '../annual-report/formats/index.js';
import { buildReport, type AnnualReport } from '../annual-report/report.js';
import { computeTable3, type CaseSummary } from './table3.js';
import { computeTable4, type ReviewEntry } from './table4.js';

export interface ApplicationReportInput {
  readonly agencyId: number;
  /** The agency's name as the report gives it. */
  readonly agency?: string | null;
  readonly year: number;
  readonly format?: FormatId;
  readonly cases: readonly CaseSummary[];
  readonly reviews: readonly ReviewEntry[];
}

export function buildApplicationReport(input: ApplicationReportInput): AnnualReport {
  const format = input.format ?? expectedFormatForYear(input.year);
  const t3 = computeTable3(input.cases, { agencyId: input.agencyId, year: input.year, format });
  const t4 = computeTable4(input.reviews, { agencyId: input.agencyId, year: input.year });
  return buildReport({ format, year: input.year, agency: input.agency ?? null, cells: new Map([...t3.cells, ...t4]) });
}

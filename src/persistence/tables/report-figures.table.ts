/**
 * @module The `report_figures` table: what the analyses read of a report version, derived from
 * its model (domain/analysis/figures.ts). A cache in the database: rows are written when first
 * needed and replaced when their `layout` is not the current one.
 */
import type { Insertable, Selectable } from 'kysely';
import type { FormatId } from '../../domain/annual-report/columns.js';

export interface ReportFiguresTable {
  report_id: number;
  version: number;
  /** `FIGURES_LAYOUT` when written: the order of `cells`. */
  layout: string;
  format: FormatId;
  /** The model's `publishedAt`. */
  published_at: string | null;
  /** JSON array of numbers and nulls, one per template cell (`cellSpecs(format)` order). */
  cells: string;
  /** Findings of severity error and warning in the version's findings. */
  errors: number;
  warnings: number;
  /** JSON array: the distinct rules of the error findings, in order of first appearance. */
  error_rules: string;
}

export type ReportFiguresRow = Selectable<ReportFiguresTable>;
export type NewReportFiguresRow = Insertable<ReportFiguresTable>;

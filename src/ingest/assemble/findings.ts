/**
 * @module Parser findings: what the reader noticed, as data with bilingual messages.
 */
import type { Finding } from '../../domain/shared/finding.js';

export const PARSE_RULES = {
  missingRow: 'P-MISSING',
  missingCells: 'P-CELLS',
  ambiguous: 'P-AMBIGUOUS',
  recovered: 'P-RECOVERED',
  nonNumeric: 'P-NONNUMERIC',
  labelVariant: 'P-LABEL',
  heading: 'P-HEADING',
  formatConflict: 'P-FORMAT',
  annotation: 'P-ANNOTATION',
  unit: 'P-UNIT',
  extraColumn: 'P-EXTRA-COLUMN',
} as const;

export function finding(
  rule: string,
  severity: Finding['severity'],
  zh: string,
  en: string,
  paths: readonly string[] = [],
  extra: Partial<Pick<Finding, 'candidates' | 'expected' | 'actual'>> = {},
): Finding {
  return { rule, severity, message: { zh, en }, paths, ...extra };
}

/**
 * @module Parse + check in one step: the report carries the reader's findings
 * followed by the consistency rules' findings.
 */
import { checkReport } from '../domain/annual-report/rules/index.js';
import type { AnnualReport } from '../domain/annual-report/report.js';
import { parseReport, type ParseResult } from '../ingest/parse.js';

export async function analyse(bytes: Uint8Array, previous?: AnnualReport): Promise<ParseResult> {
  const parsed = await parseReport(bytes);
  const report = withChecks(parsed.report, previous);
  return { ...parsed, report };
}

export function withChecks(report: AnnualReport, previous?: AnnualReport): AnnualReport {
  const own = report.findings.filter((f) => f.rule.startsWith('P-'));
  return { ...report, findings: [...own, ...checkReport(report, previous ? { previous } : {})] };
}

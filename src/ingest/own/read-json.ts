/**
 * @module Reads the project's own canonical JSON (`gongkai.report/1`) back into a
 * report. Anything that is not exactly that contract is refused with `NOT_A_REPORT`.
 */
import { jsonSyntaxProblem } from '../../domain/shared/zod-problems.js';
import { REPORT_SCHEMA } from '../../domain/annual-report/report.js';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { decodeUtf8, notAReport, validateReport } from './validate-report.js';

/** Parses and validates a canonical report JSON document (bytes or text). */
export function readReportJson(input: Uint8Array | string): AnnualReport {
  const text = decodeUtf8(input, 'JSON');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = jsonSyntaxProblem(e);
    throw notAReport(why.zh, why.en, e);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw notAReport('JSON 顶层不是对象，不是年度报告', 'The JSON top level is not an object, so it is not a report');
  }
  const schema = (data as Record<string, unknown>)['schema'];
  if (schema !== REPORT_SCHEMA) {
    throw notAReport(
      `不是 gongkai 年度报告 JSON：schema 应为 "${REPORT_SCHEMA}"，实为 ${JSON.stringify(schema) ?? '（缺失）'}`,
      `Not a gongkai report JSON: schema must be "${REPORT_SCHEMA}", found ${JSON.stringify(schema) ?? '(missing)'}`,
    );
  }
  return validateReport(data, 'JSON');
}

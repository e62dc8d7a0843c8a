/**
 * @module One uploaded file → a stored report, for the upload page and the
 * API alike. Parsing and checking happen before anything is written, so a bad
 * file stores nothing; `importReport` then writes original, report, version 1
 * and the audit row in one transaction (idempotent by SHA-256).
 *
 * Scope: a clerk's upload always belongs to the clerk's agency; a supervisor
 * may name an agency of their subtree; an administrator any agency.
 */
import { checkReport } from '../../domain/annual-report/rules/index.js';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { parseReport } from '../../ingest/parse.js';
import { PARSER_VERSION } from '../../ingest/parser-version.js';
import { importReport, type ImportReportResult } from '../../persistence/repositories/reports/import-report.js';
import { canonicalReport } from '../../render/json/canonical.js';
import { actorOf, inScope, type Principal } from '../auth/principal.js';
import type { WebDeps } from '../context.js';
import { forbidden } from '../errors.js';

export interface UploadInput {
  readonly bytes: Uint8Array;
  readonly fileName: string | null;
  readonly agencyId?: number;
  readonly year?: number;
}

export interface UploadOutcome extends ImportReportResult {
  readonly model: AnnualReport;
}

/** What became of a stored file: a new published report, a new one waiting for an agency, or one stored before. */
export type StoredOutcome = 'stored' | 'unmatched' | 'duplicate';

export function storedOutcome(created: boolean, matched: boolean): StoredOutcome {
  if (!created) return 'duplicate';
  return matched ? 'stored' : 'unmatched';
}

function withChecks(report: AnnualReport): AnnualReport {
  const own = report.findings.filter((f) => f.rule.startsWith('P-'));
  return { ...report, findings: [...own, ...checkReport(report)] };
}

/** The agency the upload is filed under, after the scope rules; undefined: match by name. */
export function uploadAgency(principal: Principal, requested: number | undefined): number | undefined {
  if (principal.kind !== 'user') throw forbidden();
  if (principal.role === 'clerk') {
    const own = principal.user.scopeAgencyId;
    if (own === null || (requested !== undefined && requested !== own)) throw forbidden();
    return own;
  }
  if (requested !== undefined && !inScope(principal, requested)) throw forbidden();
  return requested;
}

export async function storeUpload(deps: WebDeps, principal: Principal, input: UploadInput): Promise<UploadOutcome> {
  const agencyId = uploadAgency(principal, input.agencyId);
  if (input.bytes.length > deps.maxFileBytes) {
    throw new GongkaiError('INPUT_TOO_LARGE', {
      zh: `文件过大，单个文件上限 ${Math.round(deps.maxFileBytes / 1024 / 1024)} MB。`,
      en: `The file is too large; the limit is ${Math.round(deps.maxFileBytes / 1024 / 1024)} MB per file.`,
    });
  }
  const parsed = await parseReport(input.bytes, { maxBytes: deps.maxFileBytes });
  let report = parsed.report;
  if (input.year !== undefined) {
    if (report.year !== null && report.year !== input.year) {
      throw new GongkaiError('INVALID_VALUE', {
        zh: `报告自述年度为 ${report.year} 年，与填写的 ${input.year} 年不符。`,
        en: `The report says it covers ${report.year}, not ${input.year} as given.`,
      });
    }
    report = { ...report, year: input.year };
  }
  const model = canonicalReport(withChecks(report));
  const result = await importReport(
    deps.db,
    { bytes: input.bytes, report: model, parserVersion: PARSER_VERSION, sourceName: input.fileName, ...(agencyId !== undefined ? { agencyId } : {}) },
    { actor: actorOf(principal), now: deps.now() },
  );
  return { ...result, model };
}

/**
 * @module The figures of report versions (`report_figures`), the analyses' view of a report:
 * read with the query that needs them, and — for versions that have none yet, or have them in
 * an older layout — computed from the stored model and stored, once. Versions never change, so
 * stored figures never go stale; `FIGURES_LAYOUT` guards against a changed cell order.
 */
import { FIGURES_LAYOUT, figuresOf, type ReportFigures } from '../../../domain/analysis/figures.js';
import type { FormatId } from '../../../domain/annual-report/columns.js';
import type { AnnualReport, CellValue } from '../../../domain/annual-report/report.js';
import type { Finding } from '../../../domain/shared/finding.js';
import type { Executor } from '../../database.js';
import type { NewReportFiguresRow } from '../../tables/report-figures.table.js';
import { decodeJson, encodeJson } from '../../codecs.js';

/** A version's figures with the summary of its stored findings. */
export interface VersionFigures {
  readonly reportId: number;
  readonly version: number;
  readonly figures: ReportFigures;
  readonly errors: number;
  readonly warnings: number;
  readonly errorRules: readonly string[];
}

/** The `report_figures` columns as a query returns them (null when the row is missing). */
export interface FiguresColumns {
  readonly layout: string | null;
  readonly format: FormatId | null;
  readonly published_at: string | null;
  readonly cells: string | null;
  readonly errors: number | null;
  readonly warnings: number | null;
  readonly error_rules: string | null;
}

export interface VersionKey {
  readonly reportId: number;
  readonly version: number;
  /** The report's year (from `reports`). */
  readonly year: number | null;
}

/** The `report_figures` columns a query selects to hand rows to `resolveFigures`. */
export const FIGURES_COLUMNS = [
  'report_figures.layout',
  'report_figures.format',
  'report_figures.published_at',
  'report_figures.cells',
  'report_figures.errors',
  'report_figures.warnings',
  'report_figures.error_rules',
] as const;

/** Decodes stored figures; undefined when there are none in the current layout. */
export function storedFigures(key: VersionKey, row: FiguresColumns): VersionFigures | undefined {
  if (row.layout !== FIGURES_LAYOUT || row.cells === null || row.format === null) return undefined;
  return {
    reportId: key.reportId,
    version: key.version,
    figures: { format: row.format, year: key.year, publishedAt: row.published_at, values: JSON.parse(row.cells) as CellValue[] },
    errors: Number(row.errors ?? 0),
    warnings: Number(row.warnings ?? 0),
    errorRules: decodeJson<string[]>(row.error_rules ?? '[]'),
  };
}

function summarise(key: VersionKey, model: AnnualReport, findings: readonly Finding[]): VersionFigures {
  const errors = findings.filter((f) => f.severity === 'error');
  return {
    reportId: key.reportId,
    version: key.version,
    figures: { ...figuresOf(model), year: key.year },
    errors: errors.length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    errorRules: [...new Set(errors.map((f) => f.rule))],
  };
}

function figuresRow(f: VersionFigures): NewReportFiguresRow {
  return {
    report_id: f.reportId,
    version: f.version,
    layout: FIGURES_LAYOUT,
    format: f.figures.format,
    published_at: f.figures.publishedAt,
    cells: encodeJson(f.figures.values),
    errors: f.errors,
    warnings: f.warnings,
    error_rules: encodeJson(f.errorRules),
  };
}

async function upsertFigures(db: Executor, made: readonly VersionFigures[]): Promise<void> {
  await db
    .insertInto('report_figures')
    .values(made.map(figuresRow))
    .onConflict((oc) =>
      oc.columns(['report_id', 'version']).doUpdateSet((eb) => ({
        layout: eb.ref('excluded.layout'),
        format: eb.ref('excluded.format'),
        published_at: eb.ref('excluded.published_at'),
        cells: eb.ref('excluded.cells'),
        errors: eb.ref('excluded.errors'),
        warnings: eb.ref('excluded.warnings'),
        error_rules: eb.ref('excluded.error_rules'),
      })),
    )
    .execute();
}

/**
 * Stores the figures of a version as it is written (`insertVersion`), so the first analysis after
 * an import has nothing left to compute.
 */
export async function writeFigures(db: Executor, key: VersionKey, model: AnnualReport): Promise<void> {
  await db.insertInto('report_figures').values(figuresRow(summarise(key, model, model.findings))).execute();
}

/** Rows per statement: 9 parameters each, well inside both engines' limits. */
const CHUNK = 400;

/**
 * Computes the figures of `keys` from their stored models, stores them (replacing any of an older
 * layout) and returns them. One read and one write per chunk of versions.
 */
export async function fillFigures(db: Executor, keys: readonly VersionKey[]): Promise<VersionFigures[]> {
  const out: VersionFigures[] = [];
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    const wanted = new Map(chunk.map((k) => [`${k.reportId}/${k.version}`, k]));
    const rows = await db
      .selectFrom('report_versions')
      .select(['report_id', 'version', 'model', 'findings'])
      .where((eb) => eb(eb.refTuple('report_id', 'version'), 'in', chunk.map((k) => eb.tuple(k.reportId, k.version))))
      .execute();
    const made: VersionFigures[] = [];
    for (const r of rows) {
      const key = wanted.get(`${r.report_id}/${r.version}`);
      if (key) made.push(summarise(key, decodeJson<AnnualReport>(r.model), decodeJson<Finding[]>(r.findings)));
    }
    if (made.length) await upsertFigures(db, made);
    out.push(...made);
  }
  return out;
}

/**
 * The figures of every row: stored ones decoded, missing ones filled. `rows` pairs each version
 * with the `report_figures` columns its query read.
 */
export async function resolveFigures(db: Executor, rows: readonly (readonly [VersionKey, FiguresColumns])[]): Promise<VersionFigures[]> {
  const found: (VersionFigures | undefined)[] = rows.map(([k, c]) => storedFigures(k, c));
  const missing = rows.filter((_, i) => found[i] === undefined).map(([k]) => k);
  if (missing.length === 0) return found as VersionFigures[];
  const filled = new Map((await fillFigures(db, missing)).map((f) => [`${f.reportId}/${f.version}`, f]));
  return rows.map(([k], i) => {
    const f = found[i] ?? filled.get(`${k.reportId}/${k.version}`);
    if (!f) throw new Error(`report version ${k.reportId}/${k.version} vanished`);
    return f;
  });
}

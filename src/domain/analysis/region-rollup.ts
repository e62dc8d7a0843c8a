/**
 * @module Region roll-up (汇总): Table 3 and Table 4 summed over the current reports of
 * every agency below a node, for one year. Only reports of one format are summed together
 * (the 2019 and 2021 templates differ, domain.md §1.3–1.5); each format present gets its own
 * roll-up, the year's expected format first, and a finding says so.
 *
 * Blanks: a cell that is blank in any agency's report is blank (`null`) in the sum — never a
 * silent 0. Such a cell is listed as incomplete with the sum of the agencies that did give a
 * value (`knownSum`) and the agencies that did not, and each of those agencies gets one
 * `ROLLUP-INCOMPLETE` finding naming its blank cells.
 *
 * The sums are checked with the report rules R1–R4 (and R3b). The rules read blanks as 0,
 * so they are run on the known sums; a finding that touches an incomplete cell says so
 * (`blanksAsZero`). The rules are linear: when every member passes them, so does the sum.
 */
import type { FormatId } from '../annual-report/columns.js';
import { cellSpec, cellSpecs, expectedFormatForYear } from '../annual-report/formats/index.js';
import { buildReport, type AnnualReport, type CellValue } from '../annual-report/report.js';
import { R1_BALANCE, R2_ROW_TOTAL, R3_RESULTS_SUM, R3B_OTHER_SUM, R4_GROUP_SUM } from '../annual-report/rules/index.js';
import type { Rule } from '../annual-report/rules/rule.js';
import { withBlankNote } from '../annual-report/rules/support.js';
import type { Finding } from '../shared/finding.js';
import type { AgencyLabel, MemberReport } from './figures.js';

/** The hard rules a sum must satisfy when its parts do. */
export const ROLLUP_RULES: readonly Rule[] = [R1_BALANCE, R2_ROW_TOTAL, R3_RESULTS_SUM, R3B_OTHER_SUM, R4_GROUP_SUM];

export const ROLLUP_INCOMPLETE = 'ROLLUP-INCOMPLETE';
export const ROLLUP_MIXED_FORMAT = 'ROLLUP-MIXED-FORMAT';

export interface IncompleteCell {
  readonly path: string;
  /** The sum over the agencies that gave a value. */
  readonly knownSum: number;
  /** The agencies whose cell is blank. */
  readonly blankIn: readonly AgencyLabel[];
}

export interface RollupMember {
  readonly agency: AgencyLabel;
  readonly reportId: number;
}

export interface FormatRollup {
  readonly format: FormatId;
  readonly members: readonly RollupMember[];
  /**
   * The sums as a report of the format: Table 3 and Table 4 hold the sums (`null` where any
   * member is blank); Table 2 and the text are empty; `agency` is the region's name.
   */
  readonly report: AnnualReport;
  /** Cells blank in at least one member, in template order. */
  readonly incomplete: readonly IncompleteCell[];
  /** R1–R4 findings on the sums, then one `ROLLUP-INCOMPLETE` per agency with blank cells. */
  readonly findings: readonly Finding[];
}

export interface RegionRollup {
  readonly region: AgencyLabel;
  readonly year: number;
  /** The format the template prescribes for the year (2019 up to 2020, 2021 from 2021). */
  readonly expectedFormat: FormatId;
  /** One roll-up per format present, the expected format first; empty when no agency has a report. */
  readonly parts: readonly FormatRollup[];
  /** `ROLLUP-MIXED-FORMAT` when reports of another format than the expected one were found. */
  readonly findings: readonly Finding[];
}

/** Indices (into `ReportFigures.values`) and paths of the Table-3 and Table-4 cells of a format. */
function summedCells(format: FormatId): readonly { readonly index: number; readonly path: string }[] {
  return cellSpecs(format).flatMap((s, index) => (s.table === 'table2' ? [] : [{ index, path: s.path }]));
}

function names(agencies: readonly AgencyLabel[]): string {
  return agencies.map((a) => a.name).join('、');
}

function incompleteFinding(format: FormatId, agency: AgencyLabel, paths: readonly string[]): Finding {
  const labels = paths.map((p) => cellSpec(format, p)?.label ?? p);
  const shown = labels.length > 6 ? `${labels.slice(0, 6).join('；')} 等` : labels.join('；');
  return {
    rule: ROLLUP_INCOMPLETE,
    severity: 'warning',
    message: {
      zh: `${agency.name}的报告有 ${paths.length} 个单元格空白（${shown}），相应的合计单元格不完整，合计中不按 0 计`,
      en: `${agency.name}’s report leaves ${paths.length} cell(s) blank; the matching sums are incomplete and the blanks are not counted as 0`,
    },
    paths: [...paths],
  };
}

function sumFormat(region: AgencyLabel, year: number, format: FormatId, members: readonly MemberReport[]): FormatRollup {
  const cells = summedCells(format);
  const sums = new Map<string, CellValue>();
  const known = new Map<string, CellValue>();
  const incomplete: IncompleteCell[] = [];
  const blanksByAgency = new Map<number, string[]>();
  for (const { index, path } of cells) {
    let sum = 0;
    let blankIn: AgencyLabel[] | null = null;
    for (const m of members) {
      const v = m.figures.values[index];
      if (v !== null && v !== undefined) {
        sum += v;
        continue;
      }
      (blankIn ??= []).push(m.agency);
      let list = blanksByAgency.get(m.agency.id);
      if (!list) blanksByAgency.set(m.agency.id, (list = []));
      list.push(path);
    }
    sums.set(path, blankIn ? null : sum);
    // What the rules see: the known sum, or a blank when no agency gave a value at all.
    known.set(path, blankIn?.length === members.length ? null : sum);
    if (blankIn) incomplete.push({ path, knownSum: sum, blankIn });
  }
  const base = { format, year, agency: region.name, title: `${region.name}${year}年政府信息公开工作年度报告汇总` };
  const report = buildReport({ ...base, cells: sums });
  const knownReport = buildReport({ ...base, cells: known });
  const incompletePaths = new Set(incomplete.map((c) => c.path));
  const ruleFindings = ROLLUP_RULES.flatMap((rule) => rule.check({ report: knownReport })).map((f) =>
    !f.blanksAsZero && f.paths.some((p) => incompletePaths.has(p)) ? { ...f, message: withBlankNote(f.message, true), blanksAsZero: true } : f,
  );
  const agencyFindings = members.flatMap((m) => {
    const blank = blanksByAgency.get(m.agency.id);
    return blank ? [incompleteFinding(format, m.agency, blank)] : [];
  });
  return {
    format,
    members: members.map((m) => ({ agency: m.agency, reportId: m.reportId })),
    report: { ...report, findings: [...ruleFindings, ...agencyFindings] },
    incomplete,
    findings: [...ruleFindings, ...agencyFindings],
  };
}

function mixedFormatFinding(year: number, expected: FormatId, part: FormatRollup, alone: boolean): Finding {
  const agencies = part.members.map((m) => m.agency);
  return {
    rule: ROLLUP_MIXED_FORMAT,
    severity: 'warning',
    message: alone
      ? {
          zh: `${year}年度应使用 ${expected} 格式，但全部 ${agencies.length} 份报告使用 ${part.format} 格式，按 ${part.format} 格式合计`,
          en: `Reports for ${year} should use the ${expected} format, but all ${agencies.length} use the ${part.format} format; they are summed in that format`,
        }
      : {
          zh: `${year}年度应使用 ${expected} 格式；以下 ${agencies.length} 个机关的报告使用 ${part.format} 格式，两种格式的表格不同，单独合计、未并入主表：${names(agencies)}`,
          en: `Reports for ${year} should use the ${expected} format; ${agencies.length} agencies used the ${part.format} format, whose tables differ, so they are summed separately: ${names(agencies)}`,
        },
    paths: [],
  };
}

/**
 * Sums the members' Table 3 and Table 4 per format. `members` are the current reports of the
 * agencies below `region` for `year`, one per agency; their order is kept in the output.
 */
export function rollUpRegion(region: AgencyLabel, year: number, members: readonly MemberReport[]): RegionRollup {
  const expectedFormat = expectedFormatForYear(year);
  const byFormat = new Map<FormatId, MemberReport[]>();
  for (const m of members) {
    let list = byFormat.get(m.figures.format);
    if (!list) byFormat.set(m.figures.format, (list = []));
    list.push(m);
  }
  const formats = [...byFormat.keys()].sort((a, b) => (a === expectedFormat ? -1 : b === expectedFormat ? 1 : a.localeCompare(b)));
  const parts = formats.map((f) => sumFormat(region, year, f, byFormat.get(f)!));
  const findings = parts
    .filter((p) => p.format !== expectedFormat)
    .map((p) => mixedFormatFinding(year, expectedFormat, p, parts.length === 1));
  return { region, year, expectedFormat, parts, findings };
}

/**
 * @module From a token stream to the canonical report: format, metadata,
 * sections and the three tables, with every reading decision as a finding.
 */
import type { TokenStream } from '../tokens.js';
import { buildReport, type AnnualReport } from '../../domain/annual-report/report.js';
import { expectedFormatForYear, getFormat } from '../../domain/annual-report/formats/index.js';
import type { FormatId } from '../../domain/annual-report/columns.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { CellSink } from './cell-sink.js';
import type { SourceShape } from './collect-values.js';
import { detectFormat } from './detect-format.js';
import { readMeta } from './metadata.js';
import { findHeadings, sectionTexts } from './sections.js';
import { readTable2 } from './table2.js';
import { readTable3, type TableSpan } from './table3.js';
import { readTable4 } from './table4.js';
import { finding, PARSE_RULES } from './findings.js';
import { TokenForms } from './token-forms.js';
import type { Finding } from '../../domain/shared/finding.js';

/**
 * Layouts whose blank cells leave no trace: PDF text (`pdf-lines`) and one-cell-per-line text
 * without blank-line separators (`lines:dense`). A row with fewer values than columns is then
 * placed by its arithmetic or left undetermined, never filled up from the left.
 */
const BLANKS_LOST: ReadonlySet<string> = new Set(['pdf-lines', 'lines:dense']);

/** The format in force (国办公开办函〔2021〕30号), for a document that shows none. */
const CURRENT_FORMAT: FormatId = '2021';

export function assembleReport(stream: TokenStream): AnnualReport {
  const { tokens } = stream;
  const rowStructured = tokens.some((t) => t.kind === 'rowEnd');
  const shape: SourceShape = { rowStructured, blanksLost: BLANKS_LOST.has(stream.layout) };
  const doc = new TokenForms(tokens);
  const meta = readMeta(tokens);
  const headingFindings: Finding[] = [];
  const headings = findHeadings(doc, headingFindings);
  const headingAt = (key: string) => headings.find((h) => h.key === key)?.index ?? -1;
  // The tables start after the overview: skip its narrative when the headings tell where it ends.
  const tablesFrom = [headingAt('proactiveDisclosure'), headingAt('applications'), 0].find((i) => i >= 0)!;
  const signals = detectFormat(doc, tablesFrom);
  const known: FormatId | null = signals.table3 ?? signals.table2 ?? (meta.year ? expectedFormatForYear(meta.year) : null);
  // Nothing tells the format (a page holding only Table 4, say): read as the current one, which
  // reads Table 4 and the rows both formats share exactly as the other would, and say so.
  const format: FormatId = known ?? CURRENT_FORMAT;
  const sink = new CellSink(format);
  if (signals.table2 && signals.table3 && signals.table2 !== signals.table3) {
    sink.add(
      finding(
        PARSE_RULES.formatConflict,
        'warning',
        `表二按 ${signals.table2} 版格式填写，表三按 ${signals.table3} 版格式填写；按表三的 ${signals.table3} 版读取。`,
        `Table 2 follows the ${signals.table2} format and Table 3 the ${signals.table3} format; read as ${signals.table3}.`,
      ),
    );
  }
  const def = getFormat(format);

  const t3 = readTable3(doc, def, shape, tablesFrom, tokens.length, sink);
  const t2End = t3.found ? t3.start : headingAt('applications') >= 0 ? headingAt('applications') : tokens.length;
  const t2 = readTable2(doc, def, shape, tablesFrom, t2End, sink);
  const t4From = t3.found ? t3.end : Math.max(0, headingAt('reviewLitigation'));
  const t4To = headingAt('problemsImprovements') > t4From ? headingAt('problemsImprovements') : tokens.length;
  const t4 = readTable4(doc, shape, t4From, t4To, sink);
  if (!t2.found && !t3.found && !t4.found) throw notAReport();
  if (!known) {
    // Without a format, a table counts only where it holds a number: table words alone are no report.
    if (!sink.values.some((v) => v !== null && v !== undefined)) throw notAReport();
    sink.add(
      finding(
        PARSE_RULES.formatConflict,
        'warning',
        `文档没有显示所用的格式（表二表头、表三“（六）其他处理”或报告年度），按现行 ${CURRENT_FORMAT} 版格式读取；表四和两版共有的行读法相同。`,
        `Nothing in the document shows its format (Table-2 headers, Table 3's (六)其他处理, or the report year); read as the current ${CURRENT_FORMAT} format, which reads Table 4 and the rows both formats share the same way.`,
      ),
    );
  }

  const spans = ([t2, t3, t4] as TableSpan[]).filter((s) => s.found);
  const inTables = (i: number) => spans.some((s) => i >= s.start && i < s.end);
  const sections = sectionTexts(tokens, headings, inTables, tokens.length);
  return buildReport({
    format,
    year: meta.year,
    agency: meta.agency,
    title: meta.title,
    publishedAt: meta.publishedAt,
    sections,
    slots: sink,
    units: sink.units,
    findings: [...headingFindings, ...sink.findings],
  });
}

function notAReport(): GongkaiError {
  return new GongkaiError('NOT_A_REPORT', {
    zh: '未在文档中找到政府信息公开工作年度报告的统计表（表二、表三或表四），这不像是一份年度报告。',
    en: 'No statutory table of an annual open-government-information report was found; this does not look like an annual report.',
  });
}

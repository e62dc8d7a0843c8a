/**
 * @module The report as Markdown: `#` title, `##` section headings with their
 * text, and the tables as GitHub pipe tables with one header row (Table 3 and 4
 * headers flattened with `·`, Table 3 group labels prefixed to the row label).
 */
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { SECTIONS } from '../../domain/annual-report/sections.js';
import {
  T2_ROW_HEADER,
  T3_COLUMNS,
  T3_NOTE,
  formatValue,
  paragraphs,
  reportTitle,
  sectionTable,
  table2Layout,
  table3Layout,
  table4Layout,
  unitSentence,
} from '../layout.js';
import type { LayoutCell } from '../layout.js';
import { escapeMarkdown, escapeMarkdownCell } from './escape-markdown.js';

function pipeRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => escapeMarkdownCell(c)).join(' | ')} |`;
}

/** A pipe table: header, alignment row (label columns left, values right), body. */
function pipeTable(header: readonly string[], labelColumns: number, rows: readonly (readonly string[])[]): string {
  const align = header.map((_, i) => (i < labelColumns ? '---' : '---:'));
  return [pipeRow(header), `| ${align.join(' | ')} |`, ...rows.map(pipeRow)].join('\n');
}

const values = (cells: readonly LayoutCell[]): string[] => cells.map((c) => formatValue(c.value));

function table2Markdown(report: AnnualReport): string[] {
  const blocks: string[] = [];
  for (const part of table2Layout(report)) {
    blocks.push(escapeMarkdown(part.caption));
    blocks.push(
      pipeTable(
        [T2_ROW_HEADER, ...part.columns.map((c) => c.label)],
        1,
        part.rows.map((r) => [r.label, ...values(r.cells)]),
      ),
    );
  }
  const units = unitSentence(report);
  if (units) blocks.push(escapeMarkdown(units));
  return blocks;
}

function table3Markdown(report: AnnualReport): string[] {
  const header = [T3_NOTE, ...T3_COLUMNS.map((c) => (c.group ? `${c.group}·${c.label}` : c.label))];
  return [pipeTable(header, 1, table3Layout(report).map((r) => [r.flatLabel, ...values(r.cells)]))];
}

function table4Markdown(report: AnnualReport): string[] {
  const groups = table4Layout(report);
  const header = groups.flatMap((g) => g.cells.map((c) => [g.parent, g.label, c.label].filter(Boolean).join('·')));
  return [pipeTable(header, 0, [groups.flatMap((g) => values(g.cells))])];
}

export function reportToMarkdown(report: AnnualReport): string {
  const blocks: string[] = [`# ${escapeMarkdown(reportTitle(report))}`];
  const meta = [
    report.agency !== null ? `机关：${report.agency}` : null,
    report.year !== null ? `年度：${report.year}年` : null,
    report.publishedAt !== null ? `发布日期：${report.publishedAt}` : null,
  ].filter((m): m is string => m !== null);
  if (meta.length) blocks.push(meta.map((m) => `- ${escapeMarkdown(m)}`).join('\n'));
  const tables = { table2: table2Markdown, table3: table3Markdown, table4: table4Markdown };
  for (const s of SECTIONS) {
    blocks.push(`## ${escapeMarkdown(s.heading)}`);
    blocks.push(...paragraphs(report.sections[s.key]).map(escapeMarkdown));
    const key = sectionTable(s.key);
    if (key) blocks.push(...tables[key](report));
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * @module The report as a Word document (docx, ADR 0021): A4 portrait with the
 * margins of official documents (GB/T 9704), 仿宋 body text, 黑体 headings,
 * and the statutory tables in 宋体 with merged header cells and repeating
 * header rows. Table 2 is one small table per Art. 20 item, because Word only
 * repeats the first rows of a table as its header.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { SECTIONS } from '../../domain/annual-report/sections.js';
import {
  T2_ROW_HEADER,
  T3_APPLICANT_HEADER,
  T3_COLUMNS,
  T3_NOTE,
  T3_ORG_COLUMNS,
  T3_ORG_GROUP,
  formatValue,
  paragraphs,
  reportTitle,
  sectionTable,
  table2Layout,
  table2Width,
  table3Layout,
  table4Layout,
  unitSentence,
} from '../layout.js';

/** A4 in twips, and GB/T 9704 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm). */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' };
const TABLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
/** Sizes in half-points: 三号 16 pt, 二号 22 pt, 五号 10.5 pt, 小五 9 pt. */
const SIZE = { body: 32, title: 44, table: 21, wideTable: 18 };

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const TABLE_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const HEAD_SHADING = { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' };

interface CellOptions {
  readonly head?: boolean;
  readonly align?: 'left' | 'center';
  readonly rowSpan?: number;
  readonly columnSpan?: number;
  readonly size: number;
}

/** A table cell with one paragraph of text (none for a blank cell). */
function cell(value: string, widths: readonly number[], opts: CellOptions): TableCell {
  const width = widths.reduce((a, b) => a + b, 0);
  return new TableCell({
    children: [
      new Paragraph({
        alignment: opts.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: value === '' ? [] : [new TextRun({ text: value, font: TABLE_FONT, size: opts.size, bold: opts.head ?? false })],
      }),
    ],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    ...(opts.head ? { shading: HEAD_SHADING } : {}),
    ...(opts.rowSpan && opts.rowSpan > 1 ? { rowSpan: opts.rowSpan } : {}),
    ...(opts.columnSpan && opts.columnSpan > 1 ? { columnSpan: opts.columnSpan } : {}),
  });
}

function table(columnWidths: readonly number[], headerRows: readonly TableCell[][], bodyRows: readonly TableCell[][]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    alignment: AlignmentType.CENTER,
    rows: [
      // Header rows repeat on each page. Never pass `tableHeader: false` (stack.md §4).
      ...headerRows.map((children) => new TableRow({ children, tableHeader: true, cantSplit: true })),
      ...bodyRows.map((children) => new TableRow({ children, cantSplit: true })),
    ],
  });
}

/** Splits `total` into a first column of `first` and `n` equal columns (rounding into the last). */
function grid(total: number, first: readonly number[], n: number): number[] {
  const rest = total - first.reduce((a, b) => a + b, 0);
  const each = Math.floor(rest / n);
  return [...first, ...Array.from({ length: n }, (_, i) => (i === n - 1 ? rest - each * (n - 1) : each))];
}

// ---- Tables --------------------------------------------------------------------

function table2Docx(report: AnnualReport): (Paragraph | Table)[] {
  const parts = table2Layout(report);
  const width = table2Width(parts);
  const widths = grid(TEXT_WIDTH, [Math.round(TEXT_WIDTH * 0.34)], width);
  const size = SIZE.table;
  const out: (Paragraph | Table)[] = [];
  for (const part of parts) {
    const span = (i: number): number => (i === part.columns.length - 1 ? width - part.columns.length + 1 : 1);
    const colWidths = (i: number): number[] => widths.slice(i + 1, i + 1 + span(i));
    const head = [
      [cell(part.caption, widths, { head: true, columnSpan: width + 1, size })],
      [
        cell(T2_ROW_HEADER, widths.slice(0, 1), { head: true, size }),
        ...part.columns.map((c, i) => cell(c.label, colWidths(i), { head: true, columnSpan: span(i), size })),
      ],
    ];
    const body = part.rows.map((row) => [
      cell(row.label, widths.slice(0, 1), { align: 'left', size }),
      ...row.cells.map((c, i) => cell(formatValue(c.value), colWidths(i), { columnSpan: span(i), size })),
    ]);
    out.push(table(widths, head, body), new Paragraph({ spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [] }));
  }
  const units = unitSentence(report);
  if (units) out.push(bodyParagraph(units));
  return out;
}

function table3Docx(report: AnnualReport): Table {
  const size = SIZE.wideTable;
  const widths = grid(TEXT_WIDTH, [860, 1100, 2540], T3_COLUMNS.length);
  const labelWidths = widths.slice(0, 3);
  const valueWidth = (i: number): number[] => widths.slice(3 + i, 4 + i);
  const head = [
    [
      cell(T3_NOTE, labelWidths, { align: 'left', rowSpan: 3, columnSpan: 3, size }),
      cell(T3_APPLICANT_HEADER, widths.slice(3), { head: true, columnSpan: T3_COLUMNS.length, size }),
    ],
    T3_COLUMNS.filter((c) => c.group === null || c === T3_ORG_COLUMNS[0]).map((c) => {
      const i = T3_COLUMNS.indexOf(c);
      return c.group === null
        ? cell(c.label, valueWidth(i), { head: true, rowSpan: 2, size })
        : cell(T3_ORG_GROUP, widths.slice(3 + i, 3 + i + T3_ORG_COLUMNS.length), { head: true, columnSpan: T3_ORG_COLUMNS.length, size });
    }),
    T3_ORG_COLUMNS.map((c) => cell(c.label, valueWidth(T3_COLUMNS.indexOf(c)), { head: true, size })),
  ];
  const body = table3Layout(report).map((row) => {
    const cells: TableCell[] = [];
    if (row.topStart) cells.push(cell(row.topStart.label, widths.slice(0, 1), { align: 'left', rowSpan: row.topStart.span, size }));
    if (row.subStart) cells.push(cell(row.subStart.label, widths.slice(1, 2), { align: 'left', rowSpan: row.subStart.span, size }));
    const first = row.level - 1;
    cells.push(cell(row.label, widths.slice(first, 3), { align: 'left', columnSpan: 3 - first, size }));
    row.cells.forEach((c, i) => cells.push(cell(formatValue(c.value), valueWidth(i), { size })));
    return cells;
  });
  return table(widths, head, body);
}

function table4Docx(report: AnnualReport): Table {
  const size = SIZE.wideTable;
  const groups = table4Layout(report);
  const n = groups.reduce((a, g) => a + g.cells.length, 0);
  const widths = grid(TEXT_WIDTH, [], n);
  const top: TableCell[] = [];
  const second: TableCell[] = [];
  let col = 0;
  groups.forEach((g, gi) => {
    const k = g.cells.length;
    if (g.parent === null) {
      top.push(cell(g.label, widths.slice(col, col + k), { head: true, rowSpan: 2, columnSpan: k, size }));
    } else {
      if (groups[gi - 1]?.parent !== g.parent) {
        const m = k * groups.filter((x) => x.parent === g.parent).length;
        top.push(cell(g.parent, widths.slice(col, col + m), { head: true, columnSpan: m, size }));
      }
      second.push(cell(g.label, widths.slice(col, col + k), { head: true, columnSpan: k, size }));
    }
    col += k;
  });
  const labels = groups.flatMap((g) => g.cells).map((c, i) => cell(c.label, widths.slice(i, i + 1), { head: true, size }));
  const values = groups.flatMap((g) => g.cells).map((c, i) => cell(formatValue(c.value), widths.slice(i, i + 1), { size }));
  return table(widths, [top, second, labels], [values]);
}

// ---- Document ------------------------------------------------------------------

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun(text)] });
}

export async function reportToDocx(report: AnnualReport): Promise<Uint8Array> {
  const title = reportTitle(report);
  const meta = [report.agency, report.publishedAt].filter((v): v is string => v !== null).join('　');
  const tables = { table2: table2Docx, table3: (r: AnnualReport) => [table3Docx(r)], table4: (r: AnnualReport) => [table4Docx(r)] };
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] })];
  if (meta) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(meta)] }));
  for (const s of SECTIONS) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.heading)] }));
    for (const p of paragraphs(report.sections[s.key])) children.push(bodyParagraph(p));
    const key = sectionTable(s.key);
    if (key) children.push(...tables[key](report));
  }
  const doc = new Document({
    creator: 'gongkai',
    title,
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: SIZE.body },
          paragraph: { spacing: { line: 560, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
        title: {
          run: { font: { ...BODY_FONT, eastAsia: '宋体' }, size: SIZE.title, bold: true, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 280, line: 720, lineRule: LineRuleType.EXACT } },
        },
        heading1: {
          run: { font: HEADING_FONT, size: SIZE.body, bold: false, color: '000000' },
          paragraph: { indent: { firstLine: 640 }, spacing: { before: 0, after: 0, line: 560, lineRule: LineRuleType.EXACT }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: MARGIN,
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

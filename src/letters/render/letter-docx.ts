/**
 * @module A letter as a Word document (docx, ADR 0021): A4 with the margins of
 * GB/T 9704, the title in 宋体 二号 bold, the body in 仿宋 三号 with a fixed
 * 28-point line, tables in 宋体, the reference number under the title, and the
 * seal area at the end: a dashed blank box (盖章处) above the agency's name
 * and the date, all right-aligned. Font names are hints Word resolves on the
 * reader's computer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Letter, LetterBlock } from '../letter.js';
import { PAGE_MM, SEAL_BOX_MM, WORDS, attachmentLines } from './letter-layout.js';

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number): number => Math.round(v * TWIPS_PER_MM);

const PAGE = { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height) };
const MARGIN = { top: mm(PAGE_MM.top), bottom: mm(PAGE_MM.bottom), left: mm(PAGE_MM.left), right: mm(PAGE_MM.right) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' });
const BODY_FONT = font('仿宋');
const TITLE_FONT = font('宋体');
const TABLE_FONT = font('宋体');
/** Half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt, 五号 10.5 pt. */
const SIZE = { title: 44, body: 32, table: 24, small: 21 };
/** 28 pt fixed line (GB/T 9704: 22 lines of 28 characters on a page). */
const LINE = 560;
const INDENT = 640;

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const DASHED = { style: BorderStyle.DASHED, size: 6, color: '777777' };
const GRID = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function para(text: string, options: { indent?: boolean; align?: 'left' | 'center' | 'right' | 'justified'; keepNext?: boolean } = {}): Paragraph {
  const align = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justified: AlignmentType.JUSTIFIED }[options.align ?? 'justified'];
  return new Paragraph({
    alignment: align,
    ...(options.indent === false ? {} : { indent: { firstLine: INDENT } }),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: [new TextRun(text)],
  });
}

function cellText(value: string, opts: { head?: boolean; align?: 'left' | 'center' | 'right' } = {}): Paragraph {
  const align = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[opts.align ?? 'left'];
  return new Paragraph({
    alignment: align,
    spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    children: [new TextRun({ text: value, font: TABLE_FONT, size: SIZE.table, bold: opts.head ?? false })],
  });
}

function gridCell(value: string, width: number, opts: { head?: boolean; align?: 'left' | 'center' | 'right' } = {}): TableCell {
  return new TableCell({
    children: [cellText(value, opts)],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
  });
}

function gridTable(widths: readonly number[], rows: readonly TableCell[][], head: readonly TableCell[] | null): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: GRID,
    alignment: AlignmentType.CENTER,
    rows: [
      ...(head ? [new TableRow({ children: [...head], tableHeader: true, cantSplit: true })] : []),
      ...rows.map((children) => new TableRow({ children, cantSplit: true })),
    ],
  });
}

const NUMERIC = /^[\d,.]+$/;

function blockDocx(block: LetterBlock): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [para(block.text)];
    case 'items':
      return block.items.map((item, i) => para(`${i + 1}. ${item}`));
    case 'fields': {
      const widths = [Math.round(TEXT_WIDTH * 0.28), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.28)];
      return [
        para(block.caption, { indent: false, align: 'center', keepNext: true }),
        gridTable(widths, block.rows.map((r) => [gridCell(r.label, widths[0]!), gridCell(r.value, widths[1]!)]), null),
      ];
    }
    case 'table': {
      const n = block.head.length;
      const first = Math.round(TEXT_WIDTH * 0.34);
      const each = Math.floor((TEXT_WIDTH - first) / (n - 1));
      const widths = [first, ...Array.from({ length: n - 1 }, (_, i) => (i === n - 2 ? TEXT_WIDTH - first - each * (n - 2) : each))];
      return [
        para(block.caption, { indent: false, align: 'center', keepNext: true }),
        gridTable(
          widths,
          block.rows.map((r) => r.map((c, i) => gridCell(c, widths[i]!, { align: i > 0 && NUMERIC.test(c) ? 'right' : 'left' }))),
          block.head.map((c, i) => gridCell(c, widths[i]!, { head: true, align: 'center' })),
        ),
      ];
    }
  }
}

/** 盖章处: a dashed blank box, then the agency's name and the date, on the right; kept on one page. */
function sealDocx(letter: Letter): Table {
  const width = mm(SEAL_BOX_MM + 20);
  const boxBorders = { top: DASHED, bottom: DASHED, left: DASHED, right: DASHED };
  const line = (text: string): TableRow =>
    new TableRow({ cantSplit: true, children: [new TableCell({ width: { size: width, type: WidthType.DXA }, children: [para(text, { indent: false, align: 'center', keepNext: true })] })] });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.RIGHT,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: mm(SEAL_BOX_MM), rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            borders: boxBorders,
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                keepNext: true,
                children: [new TextRun({ text: `（${WORDS.seal}）`, size: SIZE.small, color: '595959' })],
              }),
            ],
          }),
        ],
      }),
      line(letter.seal.agency),
      line(letter.seal.dateText),
    ],
  });
}

/** The letter as the bytes of a .docx file. */
export async function letterToDocx(letter: Letter): Promise<Uint8Array> {
  const attachments = attachmentLines(letter.attachments);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ style: 'Title', children: [new TextRun(letter.title)] }),
    para(WORDS.reference(letter.reference), { indent: false, align: 'center' }),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    para(WORDS.salutation(letter.addressee.name), { indent: false, align: 'left' }),
    ...letter.blocks.flatMap(blockDocx),
    ...(attachments.length ? [new Paragraph({ children: [] }), ...attachments.map((a, i) => para(i === 0 ? `${WORDS.attachments}${a}` : `${'\u3000'.repeat(3)}${a}`))] : []),
    ...(letter.contact.length ? [new Paragraph({ children: [] }), ...letter.contact.map((c) => para(c))] : []),
    new Paragraph({ keepNext: true, children: [] }),
    sealDocx(letter),
  ];
  const doc = new Document({
    creator: 'gongkai',
    title: letter.title,
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: SIZE.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
        title: {
          run: { font: TITLE_FONT, size: SIZE.title, bold: true, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 240, line: 720, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

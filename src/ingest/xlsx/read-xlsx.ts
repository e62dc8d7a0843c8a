/**
 * @module The XLSX reader: exceljs, every visible sheet in order, every row with
 * content → its cells' displayed text, then `rowEnd`.
 *
 * A merged range is emitted once, at its master (top-left) cell. Empty cells
 * before the row's last non-empty cell are emitted as blank cells ("") so the
 * column positions inside a row are kept; fully empty rows are skipped. Hidden
 * sheets are skipped: agencies keep last year's figures or helper tables there.
 */
import ExcelJS from 'exceljs';
import { GongkaiError } from '../../domain/shared/errors.js';
import { zipUncompressedSize } from '../detect.js';
import type { Reader, Token, TokenStream } from '../tokens.js';
import { cell, ROW_END } from '../tokens.js';
import { cellValueText } from './cell-text.js';

/** A workbook that unpacks to more than this is refused before exceljs inflates it. */
export const MAX_XLSX_UNZIPPED_BYTES = 512 * 1024 * 1024;

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const size = zipUncompressedSize(bytes);
  if (size !== null && size > MAX_XLSX_UNZIPPED_BYTES) {
    throw new GongkaiError('INPUT_TOO_LARGE', {
      zh: '该 Excel 文件解压后过大，无法读取。',
      en: 'This Excel file is too large once unpacked and cannot be read.',
    });
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.slice().buffer);
  } catch (cause) {
    throw new GongkaiError('INPUT_UNREADABLE', {
      zh: '无法读取该 Excel 文件（.xlsx）：文件已损坏，或不是 .xlsx 格式（旧版 .xls 请先另存为 .xlsx）。',
      en: 'Cannot read this Excel file (.xlsx): the file is damaged or not in .xlsx format (save an old .xls as .xlsx first).',
    }, { cause });
  }
  return wb;
}

/**
 * exceljs's `cell.value` drops a formula's cached result when it is falsy
 * (0, FALSE, ""), so formula cells read `cell.result` instead.
 */
function isFormula(value: unknown): boolean {
  return value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
}

/**
 * A sheet's rows as tokens. Every row with content is emitted across the sheet's full width, so a
 * blank cell at the end of a row still holds its column (a row of six numbers and a blank 总计 is
 * not a row of six cells); blank cells the assembler does not need are ignored by it.
 */
function sheetTokens(ws: ExcelJS.Worksheet): Token[] {
  const tokens: Token[] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: { text: string; address: string }[] = [];
    let content = false;
    for (let col = 1; col <= width; col++) {
      const c = row.getCell(col);
      // Slaves of a merged range: the master already carries the text.
      if (c.isMerged && c.master.address !== c.address) continue;
      const text = cellValueText(isFormula(c.value) ? c.result : c.value, c.numFmt);
      cells.push({ text, address: c.address });
      if (/\S/.test(text)) content = true;
    }
    if (!content) return;
    for (const c of cells) tokens.push(cell(c.text, { kind: 'sheet', sheet: ws.name, cell: c.address }));
    tokens.push(ROW_END);
  });
  return tokens;
}

export const xlsxReader: Reader = {
  type: 'xlsx',
  async read(bytes: Uint8Array): Promise<TokenStream> {
    const wb = await loadWorkbook(bytes);
    const tokens: Token[] = [];
    try {
      for (const ws of wb.worksheets) {
        if (ws.state === 'hidden' || ws.state === 'veryHidden') continue;
        for (const t of sheetTokens(ws)) tokens.push(t);
      }
    } catch (cause) {
      throw new GongkaiError('INPUT_UNREADABLE', {
        zh: '读取该 Excel 文件的单元格时出错：文件可能已损坏。',
        en: 'Reading the cells of this Excel file failed: the file may be damaged.',
      }, { cause });
    }
    return { type: 'xlsx', layout: 'sheets', tokens };
  },
};

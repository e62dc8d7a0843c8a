/**
 * @module Reading an agency list from CSV or XLSX into import rows.
 *
 * The first row names the columns (any order; English names work too):
 * 名称 (name, required), 上级 (parent), 层级 (level, required),
 * 统一社会信用代码 (uscc), 别名 (aliases, separated by 、，,；;|).
 */
import { GongkaiError, isGongkaiError } from '../../domain/shared/errors.js';
import { parseAgencyLevel } from '../../domain/agency/parse-agency-level.js';
import { decodeText } from '../../ingest/detect.js';
import { parseCsv } from '../../ingest/own/read-csv.js';
import type { AgencyImportRow } from '../../domain/agency/agency-import-row.js';

type Column = 'name' | 'parent' | 'level' | 'uscc' | 'aliases';

const HEADERS: ReadonlyMap<string, Column> = new Map([
  ['名称', 'name'], ['机关名称', 'name'], ['单位名称', 'name'], ['name', 'name'],
  ['上级', 'parent'], ['上级机关', 'parent'], ['上级单位', 'parent'], ['parent', 'parent'],
  ['层级', 'level'], ['级别', 'level'], ['level', 'level'],
  ['统一社会信用代码', 'uscc'], ['信用代码', 'uscc'], ['uscc', 'uscc'],
  ['别名', 'aliases'], ['aliases', 'aliases'],
]);

const ALIAS_SEPARATOR = /[、，,；;|\n]/u;

/** Aliases written in one cell or text box, separated by 、，,；;| or new lines. */
export function splitAliases(text: string): string[] {
  return text
    .split(ALIAS_SEPARATOR)
    .map((a) => a.trim())
    .filter(Boolean);
}

function bad(zh: string, en: string): GongkaiError {
  return new GongkaiError('INVALID_VALUE', { zh: `机关表：${zh}`, en: `Agency list: ${en}` });
}

/** Rows of text cells (the header first) → import rows. `lineOf(i)` numbers row i for messages. */
export function agencyRowsFromTable(table: readonly (readonly string[])[], lineOf: (index: number) => number = (i) => i + 1): AgencyImportRow[] {
  const header = table[0];
  if (!header) throw bad('文件是空的。', 'the file is empty.');
  const index = new Map<Column, number>();
  header.forEach((h, i) => {
    const col = HEADERS.get(h.normalize('NFKC').replace(/^\uFEFF/, '').trim().toLowerCase());
    if (col && !index.has(col)) index.set(col, i);
  });
  for (const [col, label] of [['name', '名称'], ['level', '层级']] as const) {
    if (!index.has(col)) throw bad(`缺少“${label}”列。`, `the “${label}” (${col}) column is missing.`);
  }
  const cell = (row: readonly string[], col: Column) => {
    const i = index.get(col);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const rows: AgencyImportRow[] = [];
  table.slice(1).forEach((row, k) => {
    const line = lineOf(k + 1);
    if (row.every((c) => !c.trim())) return;
    const name = cell(row, 'name');
    if (!name) throw bad(`第 ${line} 行没有名称。`, `line ${line} has no name.`);
    const levelText = cell(row, 'level');
    const level = parseAgencyLevel(levelText);
    if (!level) throw bad(`第 ${line} 行的层级“${levelText}”无法识别（可用：省、市、县、区、部门、乡镇、街道）。`, `line ${line}: unknown level “${levelText}” (use province, city, county, department, township).`);
    rows.push({
      line,
      name,
      parent: cell(row, 'parent') || null,
      level,
      uscc: cell(row, 'uscc') || null,
      aliases: splitAliases(cell(row, 'aliases')),
    });
  });
  return rows;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

async function readXlsx(bytes: Uint8Array): Promise<{ table: string[][]; lines: number[] }> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new GongkaiError('INPUT_UNREADABLE', { zh: 'XLSX 文件无法读取。', en: 'The XLSX file cannot be read.' }, { cause: e });
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw bad('工作簿中没有工作表。', 'the workbook has no sheet.');
  const table: string[][] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text ?? '');
    table.push(cells);
    lines.push(rowNumber);
  });
  return { table, lines };
}

/** CSV (UTF-8, UTF-16 or GBK) or XLSX (first sheet), told apart by content. */
export async function readAgencyTable(bytes: Uint8Array): Promise<AgencyImportRow[]> {
  if (isZip(bytes)) {
    const { table, lines } = await readXlsx(bytes);
    return agencyRowsFromTable(table, (i) => lines[i] ?? i + 1);
  }
  let table: string[][];
  try {
    table = parseCsv(decodeText(bytes));
  } catch (e) {
    throw isGongkaiError(e) ? bad(e.zh, e.en) : e;
  }
  return agencyRowsFromTable(table);
}

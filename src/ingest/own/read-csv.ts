/**
 * @module Reads the project's own long-form CSV (`path,label,value`, see
 * `render/csv/long-form`) back into a report: exact numbers, empty → null.
 * The label column is for people and is ignored.
 */
import { FORMAT_IDS } from '../../domain/annual-report/columns.js';
import type { FormatId } from '../../domain/annual-report/columns.js';
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import type { CellSpec } from '../../domain/annual-report/formats/index.js';
import { REPORT_SCHEMA, setPath } from '../../domain/annual-report/report.js';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { SECTION_KEYS } from '../../domain/annual-report/sections.js';
import { CSV_HEADER, META_FIELDS, SECTION_PREFIX, UNIT_PREFIX, unguardText } from '../../render/csv/long-form.js';
import { decodeUtf8, notAReport, validateReport } from './validate-report.js';

const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const INTEGER = /^-?\d+$/;

/** Splits RFC 4180 text into records of fields (CRLF or LF line ends). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let line = 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          throw notAReport(`CSV 第 ${line} 行：引号后有多余字符`, `CSV line ${line}: stray characters after a closing quote`);
        }
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw notAReport(`CSV 第 ${line} 行：引号未闭合`, `CSV line ${line}: unterminated quoted field`);
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function parseNumber(text: string, path: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (!NUMBER.test(t)) {
    throw notAReport(`单元格 ${path} 的值不是数字：${JSON.stringify(text)}`, `Cell ${path} is not a number: ${JSON.stringify(text)}`);
  }
  return Number(t);
}

/** Parses a long-form report CSV (bytes or text) and validates the result. */
export function readReportCsv(input: Uint8Array | string): AnnualReport {
  const records = parseCsv(decodeUtf8(input, 'CSV')).filter((r) => !(r.length === 1 && r[0] === ''));
  const header = records[0];
  if (!header || header.join(',') !== CSV_HEADER.join(',')) {
    throw notAReport(
      `不是 gongkai 长表 CSV：首行应为 "${CSV_HEADER.join(',')}"`,
      `Not a gongkai long-form CSV: the first line must be "${CSV_HEADER.join(',')}"`,
    );
  }
  const values = new Map<string, string>();
  records.slice(1).forEach((r, i) => {
    const [path, , value] = r;
    if (r.length !== 3 || path === undefined || value === undefined) {
      throw notAReport(`CSV 第 ${i + 2} 条记录应有 3 列，实有 ${r.length} 列`, `CSV record ${i + 2} must have 3 fields, found ${r.length}`);
    }
    if (values.has(path)) throw notAReport(`CSV 中路径 ${path} 重复`, `Path ${path} appears twice in the CSV`);
    values.set(path, value);
  });

  const format = values.get('meta.format');
  if (format === undefined || !(FORMAT_IDS as readonly string[]).includes(format)) {
    throw notAReport(
      `meta.format 应为 ${FORMAT_IDS.join(' 或 ')}，实为 ${JSON.stringify(format ?? null)}`,
      `meta.format must be ${FORMAT_IDS.join(' or ')}, found ${JSON.stringify(format ?? null)}`,
    );
  }
  const specs = new Map<string, CellSpec>(cellSpecs(format as FormatId).map((s) => [s.path, s]));
  const doc: Record<string, unknown> = {
    schema: REPORT_SCHEMA,
    format,
    sections: {},
    table2: {},
    table3: {},
    table4: {},
    units: {},
    sources: { table2: {}, table3: {}, table4: {} },
    findings: [],
  };
  const text = (v: string): string | null => (v === '' ? null : unguardText(v));

  for (const [path, value] of values) {
    const meta = META_FIELDS.find((m) => m.path === path);
    if (meta) {
      if (meta.key === 'year') {
        const t = value.trim();
        if (t !== '' && !INTEGER.test(t)) throw notAReport(`meta.year 不是整数：${JSON.stringify(value)}`, `meta.year is not an integer: ${JSON.stringify(value)}`);
        doc['year'] = t === '' ? null : Number(t);
      } else if (meta.key !== 'format') {
        doc[meta.key] = text(value);
      }
    } else if (path.startsWith(SECTION_PREFIX) && (SECTION_KEYS as readonly string[]).includes(path.slice(SECTION_PREFIX.length))) {
      (doc['sections'] as Record<string, unknown>)[path.slice(SECTION_PREFIX.length)] = text(value);
    } else if (path.startsWith(UNIT_PREFIX) && specs.get(path.slice(UNIT_PREFIX.length))?.kind === 'amount') {
      (doc['units'] as Record<string, unknown>)[path.slice(UNIT_PREFIX.length)] = value === '' ? null : value;
    } else if (specs.has(path)) {
      setPath(doc, path, parseNumber(value, path));
    } else {
      throw notAReport(`CSV 含有 ${format} 格式中不存在的路径：${path}`, `The CSV has a path that format ${format} does not define: ${path}`);
    }
  }
  for (const m of META_FIELDS) if (!(m.key in doc)) doc[m.key] = null;
  for (const k of SECTION_KEYS) {
    const sections = doc['sections'] as Record<string, unknown>;
    if (!(k in sections)) sections[k] = null;
  }
  const missing = [...specs.keys()].filter((p) => !values.has(p));
  if (missing.length > 0) {
    throw notAReport(
      `CSV 缺少 ${missing.length} 个模板单元格，例如 ${missing.slice(0, 3).join('、')}`,
      `The CSV lacks ${missing.length} template cells, e.g. ${missing.slice(0, 3).join(', ')}`,
    );
  }
  return validateReport(doc, 'CSV');
}

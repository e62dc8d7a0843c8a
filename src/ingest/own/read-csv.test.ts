import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../domain/shared/errors.js';
import { reportToCsv } from '../../render/csv/index.js';
import { CORPUS_2021, corpusReport } from '../../render/corpus.test-util.js';
import { parseCsv, readReportCsv } from './read-csv.js';

function refusal(input: string): GongkaiError {
  try {
    readReportCsv(input);
  } catch (e) {
    expect(e).toBeInstanceOf(GongkaiError);
    expect((e as GongkaiError).code).toBe('NOT_A_REPORT');
    return e as GongkaiError;
  }
  throw new Error('expected NOT_A_REPORT');
}

const csv = (): string => reportToCsv(corpusReport(CORPUS_2021));
const replaceLine = (text: string, path: string, line: string): string =>
  text.replace(new RegExp(`^${path.replace(/\./g, '\\.')},[^\\r\\n]*\\r\\n`, 'm'), line);

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, embedded line breaks, CRLF and LF', () => {
    expect(parseCsv('a,"b,c","d ""e""\r\nf"\r\ng,,\nh')).toEqual([
      ['a', 'b,c', 'd "e"\r\nf'],
      ['g', '', ''],
      ['h'],
    ]);
  });

  it('refuses an unterminated quote and text after a closing quote', () => {
    expect(() => parseCsv('a,"b')).toThrow(/unterminated/);
    expect(() => parseCsv('a,"b"c')).toThrow(/stray/);
  });
});

describe('readReportCsv', () => {
  it('reads exact numbers and empty as null, with or without a BOM, CRLF or LF', () => {
    let text = csv();
    text = replaceLine(text, 'table2.adminFees.amountWan', 'table2.adminFees.amountWan,x,88.78248\r\n');
    text = replaceLine(text, 'table3.granted.commercial', 'table3.granted.commercial,x,\r\n');
    for (const variant of [text, text.slice(1), text.replace(/\r\n/g, '\n')]) {
      const r = readReportCsv(variant);
      expect((r.table2['adminFees'] as Record<string, unknown>)['amountWan']).toBe(88.78248);
      expect((r.table3['granted'] as Record<string, unknown>)['commercial']).toBeNull();
      expect((r.table3['granted'] as Record<string, unknown>)['total']).toBe(10);
    }
  });

  it('ignores the label column', () => {
    const text = replaceLine(csv(), 'table3.granted.total', 'table3.granted.total,随便写的标签,10\r\n');
    expect((readReportCsv(text).table3['granted'] as Record<string, unknown>)['total']).toBe(10);
  });

  it('refuses a wrong header', () => {
    expect(refusal('a,b,c\r\n').zh).toMatch(/首行应为 "path,label,value"/);
    expect(refusal('').en).toMatch(/first line/);
  });

  it('refuses a missing or unknown format', () => {
    expect(refusal(replaceLine(csv(), 'meta.format', '')).en).toMatch(/meta\.format/);
    expect(refusal(replaceLine(csv(), 'meta.format', 'meta.format,,2030\r\n')).en).toMatch(/2030/);
  });

  it('refuses an unknown path, including a cell of the other format', () => {
    expect(refusal(`${csv()}table2.regulations.newlyMade,x,1\r\n`).en).toMatch(/does not define: table2\.regulations\.newlyMade/);
    expect(refusal(`${csv()}meta.colour,x,red\r\n`).en).toMatch(/meta\.colour/);
    expect(refusal(`${csv()}unit.table3.granted.total,x,yuan\r\n`).en).toMatch(/unit\.table3\.granted\.total/);
  });

  it('refuses duplicates, missing cells, wrong field counts and non-numbers', () => {
    expect(refusal(`${csv()}table3.granted.total,x,10\r\n`).en).toMatch(/twice/);
    expect(refusal(replaceLine(csv(), 'table4.reconsideration.total', '')).en).toMatch(/lacks 1 template cells, e\.g\. table4\.reconsideration\.total/);
    expect(refusal(replaceLine(csv(), 'table3.granted.total', 'table3.granted.total,x\r\n')).en).toMatch(/3 fields/);
    expect(refusal(replaceLine(csv(), 'table3.granted.total', 'table3.granted.total,x,十\r\n')).zh).toMatch(/table3\.granted\.total 的值不是数字/);
    expect(refusal(replaceLine(csv(), 'table3.granted.total', 'table3.granted.total,x,1e\r\n')).code).toBe('NOT_A_REPORT');
  });

  it('refuses a bad year, date or unit code through the contract schema', () => {
    expect(refusal(replaceLine(csv(), 'meta.year', 'meta.year,x,2024.5\r\n')).en).toMatch(/meta\.year/);
    expect(refusal(replaceLine(csv(), 'meta.publishedAt', 'meta.publishedAt,x,17/02/2025\r\n')).en).toMatch(/publishedAt/);
    expect(refusal(`${csv()}unit.table2.adminFees.amountWan,x,dollars\r\n`).en).toMatch(/units/);
  });
});

/**
 * The DOCX reader: mammoth's HTML through the HTML reader. The fixture has real
 * merged cells (gridSpan / vMerge), which must come out once each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../domain/shared/errors.js';
import { docxReader } from './read-docx.js';
import { tokenRows as rows, FIXTURES } from '../token-rows.test-util.js';

const docx = new Uint8Array(readFileSync(join(FIXTURES, 'docx', '003.docx')));

describe('docxReader', () => {
  it('reads the title, headings and the Table-3 row 一、本年新收 with its seven values', async () => {
    const s = await docxReader.read(docx);
    expect(s.type).toBe('docx');
    const r = rows(s.tokens);
    expect(r[0]).toEqual(['2024年兴和县政府信息公开工作年度报告']);
    expect(r).toContainEqual(['三、收到和处理政府信息公开申请情况']);
    expect(r.find((x) => x[0] === '一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '26', '0', '0', '0', '0', '0', '26']);
  });

  it('emits merged cells once: row- and column-spanning labels appear on their first row only', async () => {
    const r = rows((await docxReader.read(docx)).tokens);
    expect(r.find((x) => x[0] === '三、本年度办理结果')).toEqual(['三、本年度办理结果', '(一)予以公开', '10', '0', '0', '0', '0', '0', '10']);
    expect(r.filter((x) => x.includes('三、本年度办理结果'))).toHaveLength(1);
    expect(r.find((x) => x[0] === '2.其他法律行政法规禁止公开')).toHaveLength(8);
    expect(r.find((x) => x[0] === '行政复议')).toEqual(['行政复议', '行政诉讼']);
    expect(r.find((x) => x.length === 15)).toEqual(['5', '2', '0', '0', '7', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('locates cells by element paths of the converted HTML', async () => {
    const s = await docxReader.read(docx);
    const cell = s.tokens.find((t) => t.kind === 'cell' && t.text === '13704');
    expect(cell).toMatchObject({ at: { kind: 'element', path: expect.stringMatching(/^table\[1\]\/tr\[\d+\]\/td\[2\]$/) } });
  });

  it('refuses a damaged file and a zip that is not a Word document with INPUT_UNREADABLE', async () => {
    for (const bad of [docx.subarray(0, 2000), new TextEncoder().encode('not a zip at all'), new Uint8Array(readFileSync(join(FIXTURES, 'xlsx', '004.xlsx')))]) {
      const e = await Promise.resolve().then(() => docxReader.read(bad)).then(() => null, (err: unknown) => err);
      expect(e).toBeInstanceOf(GongkaiError);
      expect(e).toMatchObject({ code: 'INPUT_UNREADABLE', zh: expect.stringContaining('Word'), en: expect.stringContaining('.docx') });
    }
  });
});

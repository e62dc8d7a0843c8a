import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../domain/cases/case-events.js';
import { composeLetter } from '../compose-letter.js';
import { AGENCY, APPLICANT, application, d, decidedCase, input, register } from '../example-letters.test-util.js';
import type { Letter } from '../letter.js';
import { letterToDocx } from './letter-docx.js';

async function read(letter: Letter): Promise<{ text: string; xml: string }> {
  const bytes = await letterToDocx(letter);
  const zip = await JSZip.loadAsync(bytes);
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return { text: value, xml: (await zip.file('word/document.xml')!.async('string')) + (await zip.file('word/styles.xml')!.async('string')) };
}

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);

describe('letterToDocx', () => {
  it('reads back with the title, agency, articles, dates and seal area', async () => {
    const { text } = await read(composeLetter('acknowledgement', input([register('2024-09-27')])));
    const l = lines(text);
    expect(l[0]).toBe('政府信息公开申请受理回执');
    expect(l).toContain('文号：2024-017-受理');
    expect(l).toContain('王小明：');
    expect(text).toContain('《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十一条');
    expect(text).toContain('《条例》第三十三条第二款');
    expect(text).toContain('于2024年10月30日前作出答复');
    // The seal area closes the letter: the box, the agency, the date.
    expect(l.slice(-3)).toEqual(['（盖章处）', AGENCY.name, '2024年9月27日']);
  });

  it('is an A4 page with GB/T 9704 margins, 仿宋 body and 宋体 title, in Chinese', async () => {
    const { xml } = await read(composeLetter('acknowledgement', input([register('2024-09-27')])));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(xml).toContain('w:eastAsia="zh-CN"');
  });

  it('draws the seal box dashed and 45 mm high', async () => {
    const { xml } = await read(composeLetter('acknowledgement', input([register('2024-09-27')])));
    expect(xml).toMatch(/<w:trHeight w:val="2551" w:hRule="exact"\/>/);
    expect(xml).toMatch(/<w:top w:val="dashed"/);
  });

  it('writes the fee computation as a table with its total', async () => {
    const events: CaseEvent[] = [register('2024-09-27'), { type: 'feeNotice', on: d('2024-09-30'), basis: { method: 'perVolume', pages: 250 }, amountYuan: 4700 }];
    const { text, xml } = await read(composeLetter('fee', input(events)));
    expect(text).toContain('第101—200页');
    expect(text).toContain('人民币肆仟柒佰元整');
    expect(text).toContain('即于2024年11月1日前）缴纳');
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('has the remedies in a decision letter', async () => {
    const { text } = await read(composeLetter('decision', input(decidedCase('refused:processInfo'))));
    expect(text).toContain('（以下简称《条例》）第十六条第二款');
    expect(text).toContain('60日内向某某县人民政府申请行政复议');
    expect(text).toContain('6个月内向某某县人民法院提起行政诉讼');
  });

  it('carries nothing of the applicant in a consultation letter', async () => {
    const quoting = `${APPLICANT.name}（电话${APPLICANT.phone}，${APPLICANT.email}）要求公开的拆迁补偿协议`;
    const events: CaseEvent[] = [register('2024-09-27', application(quoting)), { type: 'consult', on: d('2024-09-30'), party: 'thirdParty', name: '某某建设有限公司' }];
    const bytes = await letterToDocx(composeLetter('consultation', input(events)));
    const zip = await JSZip.loadAsync(bytes);
    const everything = (await Promise.all(Object.values(zip.files).map((f) => f.async('string')))).join('\n');
    for (const secret of Object.values(APPLICANT)) expect(everything).not.toContain(secret);
    expect(everything).toContain('拆迁补偿协议');
  });
});

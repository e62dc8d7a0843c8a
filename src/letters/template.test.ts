import { describe, expect, it } from 'vitest';
import { isGongkaiError } from '../domain/shared/errors.js';
import { fillTemplate, rich, type Facts, type LetterTemplate } from './template.js';

const template = (body: LetterTemplate['body']): LetterTemplate => ({ kind: 'decision', variant: 'disclosed', title: 'T', body });
const facts = (values: Facts['values'], blocks: Facts['blocks'] = {}): Facts => ({ values, blocks });
const texts = (t: LetterTemplate, f: Facts): string[] => fillTemplate(t, f).blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type));

describe('fillTemplate', () => {
  it('names a law in full with its short name once, then by the short name', () => {
    const filled = fillTemplate(template(['根据[[条例第三十条]]。', '根据[[条例第三十一条]]。']), facts({}));
    expect(filled.blocks.map((b) => b.type === 'paragraph' && b.text)).toEqual([
      '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十条。',
      '根据《条例》第三十一条。',
    ]);
    expect(filled.citations.map((c) => c.key)).toEqual(['条例第三十条', '条例第三十一条']);
  });

  it('puts no brackets within brackets: inside parentheses the full name comes without the short one', () => {
    expect(texts(template(['甲（[[条例第三十条]]），乙[[条例第三十一条]]。']), facts({}))).toEqual([
      '甲（《中华人民共和国政府信息公开条例》第三十条），乙《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十一条。',
    ]);
  });

  it('gives a further article of the same law alone after 、 or 和', () => {
    expect(texts(template(['[[条例第二条]]、[[条例第三十八条]]和[[收费办法第三条]]、[[收费办法第四条]]']), facts({}))).toEqual([
      '《中华人民共和国政府信息公开条例》（以下简称《条例》）第二条、第三十八条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）（以下简称《收费办法》）第三条、第四条',
    ]);
  });

  it('inserts facts verbatim, expands text of its own making, and prints conditional parts only when they apply', () => {
    const t = template(['{{甲}}{{乙}}', { if: '丙', text: '有丙' }, { unless: '丙', text: '无丙' }, { if: '丁', text: '有丁' }, { block: '块' }]);
    const f = facts({ 甲: '[[条例第三十条]]{{乙}}', 乙: rich('依[[条例第三十条]]'), 丙: undefined, 丁: ' ' }, { 块: { type: 'items', items: ['一'] } });
    expect(texts(t, f)).toEqual(['[[条例第三十条]]{{乙}}依《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十条', '无丙', 'items']);
  });

  it('reports missing facts and blocks, and marks the gap', () => {
    const filled = fillTemplate(template(['见{{甲}}', { block: '块' }]), facts({ 甲: undefined }, { 块: undefined }));
    expect(filled.missing).toEqual(['甲', '块']);
    expect(filled.blocks).toEqual([{ type: 'paragraph', text: '见＿＿＿＿' }]);
  });

  it('refuses a placeholder, block or article the template should not use', () => {
    for (const body of [['{{无此项}}'], [{ block: '无此块' }], ['[[条例第九十九条]]'], [{ if: '无此项', text: '' }]] as LetterTemplate['body'][]) {
      let code = '';
      try {
        fillTemplate(template(body), facts({}));
      } catch (e) {
        code = isGongkaiError(e) ? e.code : 'other';
      }
      expect(code, JSON.stringify(body)).toBe('INVALID_VALUE');
    }
  });
});

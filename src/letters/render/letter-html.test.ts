import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { composeLetter } from '../compose-letter.js';
import { AGENCY, d, input, register } from '../example-letters.test-util.js';
import type { CaseEvent } from '../../domain/cases/case-events.js';
import { letterToHtml } from './letter-html.js';

const feeCase: CaseEvent[] = [register('2024-09-27'), { type: 'feeNotice', on: d('2024-09-30'), basis: { method: 'perVolume', pages: 250 }, amountYuan: 4700 }];

describe('letterToHtml', () => {
  it('is a zh-CN page with the title, reference, addressee, body and seal area', () => {
    const letter = composeLetter('acknowledgement', input([register('2024-09-27')]));
    const $ = load(letterToHtml(letter));
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('h1').text()).toBe('政府信息公开申请受理回执');
    expect($('p.reference').text()).toBe('文号：2024-017-受理');
    expect($('p.addressee').text()).toBe('王小明：');
    expect($('main').text()).toContain('于2024年10月30日前作出答复');
    const seal = $('[role="group"][aria-label="盖章处"]');
    expect(seal.find('.seal-box').text()).toBe('（盖章处）');
    expect(seal.find('.seal-agency').text()).toBe(AGENCY.name);
    expect(seal.find('time').attr('datetime')).toBe('2024-09-27');
    expect(seal.find('time').text()).toBe('2024年9月27日');
    expect($('script').length).toBe(0);
  });

  it('prints A4 with the GB/T 9704 margins and 仿宋 body text', () => {
    const html = letterToHtml(composeLetter('acknowledgement', input([register('2024-09-27')])));
    expect(html).toContain('@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toMatch(/body \{[^}]*"仿宋"/);
  });

  it('gives tables a caption and header cells with a scope', () => {
    const $ = load(letterToHtml(composeLetter('fee', input(feeCase))));
    const table = $('table.computation');
    expect(table.find('caption').text()).toBe('信息处理费计算');
    expect(table.find('thead th[scope="col"]').map((_, e) => $(e).text()).get()).toEqual(['计费区间', '数量', '单价（元）', '金额（元）']);
    expect(table.find('tbody th[scope="row"]').last().text()).toBe('合计');
    expect(table.find('tbody tr').last().find('td.num').last().text()).toBe('4,700');
    expect($('table.fields').length).toBe(0);
  });

  it('escapes what people wrote', () => {
    const html = letterToHtml(composeLetter('acknowledgement', input([register('2024-09-27')], { agency: { name: '<script>alert(1)</script>办公室' } })));
    expect(html).not.toContain('<script>alert');
    expect(load(html)('.seal-agency').text()).toBe('<script>alert(1)</script>办公室');
  });

  it('lists attachments and the agency’s contact', () => {
    const $ = load(letterToHtml(composeLetter('decision', input([register('2024-09-27'), { type: 'decide', on: d('2024-10-10'), outcome: 'disclosed' }], { details: { attachments: ['布局调整方案', '说明'] } }))));
    expect($('.attachments').text()).toBe('附件：1. 布局调整方案2. 说明');
    expect($('.contact').text()).toContain(`联系电话：${AGENCY.phone}`);
  });
});

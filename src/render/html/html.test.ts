import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import { SECTIONS } from '../../domain/annual-report/sections.js';
import type { Finding } from '../../domain/shared/finding.js';
import { CORPUS_2019, CORPUS_2021, SAMPLE_SECTIONS, corpusReport, expectedCells } from '../corpus.test-util.js';
import { escapeHtml } from './escape-html.js';
import { htmlRenderer, reportToHtml } from './index.js';

const load = (html: string) => cheerio.load(html);

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('政府信息公开')).toBe('政府信息公开');
  });
});

describe('html renderer', () => {
  it('writes a complete HTML5 document: lang, charset, title, stylesheet, no scripts', async () => {
    const html = new TextDecoder().decode(await htmlRenderer.render(corpusReport(CORPUS_2021, { sections: SAMPLE_SECTIONS })));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    const $ = load(html);
    expect($('meta[charset="utf-8"]')).toHaveLength(1);
    expect($('title').text()).toBe('兴和县2024年政府信息公开工作年度报告');
    expect($('h1').text()).toBe('兴和县2024年政府信息公开工作年度报告');
    expect($('style').text()).toContain('@page');
    expect($('script')).toHaveLength(0);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('has the six section headings in order, with text split into paragraphs', () => {
    const $ = load(reportToHtml(corpusReport(CORPUS_2021, { sections: SAMPLE_SECTIONS })));
    expect($('section > h2').map((_, e) => $(e).text()).get().slice(0, 6)).toEqual(SECTIONS.map((s) => s.heading));
    expect($('#overview p').map((_, e) => $(e).text()).get()).toEqual(['本年度主动公开政府信息2340条。', '（一）主动公开情况', '通过门户网站发布信息。']);
    expect($('#proactiveDisclosure p')).toHaveLength(0);
    expect($('#proactiveDisclosure table#table2')).toHaveLength(1);
    expect($('#applications table#table3')).toHaveLength(1);
    expect($('#reviewLitigation table#table4')).toHaveLength(1);
  });

  it('escapes every piece of report text', () => {
    const evil = '<script>alert("x")</script>';
    const html = reportToHtml(
      corpusReport(CORPUS_2021, {
        agency: `<img src=x onerror=alert(1)>`,
        title: `"><script>alert(2)</script>`,
        sections: { overview: `第一段${evil}\n<b>第二段</b>` },
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const $ = load(html);
    expect($('script')).toHaveLength(0);
    expect($('#overview p').first().text()).toBe(`第一段${evil}`);
    expect($('title').text()).toBe(`"><script>alert(2)</script>`);
  });

  for (const id of [CORPUS_2021, CORPUS_2019]) {
    it(`puts every template cell in one td with its data-path and value (${id})`, () => {
      const report = corpusReport(id);
      const $ = load(reportToHtml(report));
      const tds = $('td[data-path]');
      expect(tds.map((_, e) => $(e).attr('data-path')).get()).toEqual(cellSpecs(report.format).map((s) => s.path));
      for (const [path, value] of expectedCells(id)) {
        expect($(`td[data-path="${path}"]`).text(), path).toBe(value === null ? '' : String(value));
      }
    });

    it(`gives every value cell header ids that exist (${id})`, () => {
      const $ = load(reportToHtml(corpusReport(id)));
      const ids = new Set($('[id]').map((_, e) => $(e).attr('id')).get());
      $('td[data-path], th[headers]').each((_, e) => {
        for (const ref of ($(e).attr('headers') ?? '').split(' ')) expect(ids.has(ref), ref).toBe(true);
      });
    });
  }

  it('draws Table 2 as one sub-table per Art. 20 item with caption and header rows', () => {
    const $ = load(reportToHtml(corpusReport(CORPUS_2021)));
    const bodies = $('#table2 tbody');
    expect(bodies).toHaveLength(4);
    const first = bodies.first().find('tr');
    expect(first.eq(0).text()).toBe('第二十条第（一）项');
    expect(first.eq(0).find('th').attr('colspan')).toBe('4');
    expect(first.eq(1).find('th').map((_, e) => $(e).text()).get()).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    // A one-column part spans the value columns.
    expect($('td[data-path="table2.licensing.decisions"]').attr('colspan')).toBe('3');
    expect($('td[data-path="table2.licensing.decisions"]').text()).toBe('13704');
    expect($('td[data-path="table2.adminFees.amountWan"]').text()).toBe('88.78248');
  });

  it('draws the real three-row Table 3 header and the merged group labels', () => {
    const $ = load(reportToHtml(corpusReport(CORPUS_2021)));
    const head = $('#table3 thead tr');
    expect(head).toHaveLength(3);
    const note = head.eq(0).children().first();
    expect(note.text()).toBe('本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和');
    expect([note.attr('rowspan'), note.attr('colspan')]).toEqual(['3', '3']);
    expect(head.eq(0).find('th').text()).toBe('申请人情况');
    expect(head.eq(0).find('th').attr('colspan')).toBe('7');
    expect(head.eq(1).find('th').map((_, e) => `${$(e).text()}:${$(e).attr('rowspan') ?? ''}:${$(e).attr('colspan') ?? ''}`).get()).toEqual([
      '自然人:2:',
      '法人或其他组织::5',
      '总计:2:',
    ]);
    expect(head.eq(2).find('th').map((_, e) => $(e).text()).get()).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    const group = (label: string) => $('#table3 th[scope="rowgroup"]').filter((_, e) => $(e).text() === label);
    expect(group('三、本年度办理结果').attr('rowspan')).toBe('22');
    expect(group('（三）不予公开').attr('rowspan')).toBe('8');
    expect(group('（四）无法提供').attr('rowspan')).toBe('3');
    expect(group('（五）不予处理').attr('rowspan')).toBe('5');
    expect(group('（六）其他处理').attr('rowspan')).toBe('3');
    expect($('#table3 tbody tr')).toHaveLength(25);
    expect($('#t3-r-newReceived').attr('colspan')).toBe('3');
    expect($('#t3-r-granted').attr('colspan')).toBe('2');
    expect($('td[data-path="table3.granted.total"]').text()).toBe('10');
    expect($('td[data-path="table3.notProcessed.petition.naturalPerson"]').attr('headers')!.split(' ')).toEqual(
      expect.arrayContaining(['t3-c-naturalPerson', 't3-g-notProcessed', 't3-r-notProcessed-petition']),
    );
  });

  it('draws the 2019 Table 3 with (六)其他处理 as a single row', () => {
    const $ = load(reportToHtml(corpusReport(CORPUS_2019)));
    expect($('#table3 tbody tr')).toHaveLength(23);
    expect($('#t3-r-otherHandling-total').text()).toBe('（六）其他处理');
    expect($('#t3-r-otherHandling-total').attr('colspan')).toBe('2');
    expect($('#table3 th[scope="rowgroup"]').first().attr('rowspan')).toBe('20');
  });

  it('draws the three-row Table 4 header', () => {
    const $ = load(reportToHtml(corpusReport(CORPUS_2021)));
    const head = $('#table4 thead tr');
    expect(head.eq(0).find('th').map((_, e) => `${$(e).text()}:${$(e).attr('colspan')}`).get()).toEqual(['行政复议:5', '行政诉讼:10']);
    expect(head.eq(0).find('th').first().attr('rowspan')).toBe('2');
    expect(head.eq(1).find('th').map((_, e) => $(e).text()).get()).toEqual(['未经复议直接起诉', '复议后起诉']);
    expect(head.eq(2).find('th')).toHaveLength(15);
    expect($('#table4 tbody td').map((_, e) => $(e).text()).get().slice(0, 5)).toEqual(['5', '2', '0', '0', '7']);
  });

  it('renders blank cells empty and states detected units', () => {
    const $ = load(reportToHtml(corpusReport(CORPUS_2019, { units: { 'table2.centralProcurement.amount': 'yuan' } })));
    expect($('td[data-path="table2.otherServices.yearChange"]').text()).toBe('');
    expect($('td[data-path="table2.penalty.yearChange"]').text()).toBe('-19');
    expect($('td[data-path="table2.centralProcurement.amount"]').attr('data-unit')).toBe('yuan');
    expect($('.table-note').text()).toContain('政府集中采购·采购总金额：元');
  });

  it('highlights cells named by error and warning findings and lists all findings', () => {
    const findings: Finding[] = [
      { rule: 'R2', severity: 'error', message: { zh: '总计<不等于>各列之和', en: 'total ≠ sum' }, paths: ['table3.granted.total'], expected: 10, actual: 11 },
      { rule: 'W5', severity: 'warning', message: { zh: '正文与表格不符', en: 'text vs table' }, paths: ['table3.granted.total', 'table4.reconsideration.total'] },
      { rule: 'P-INFO', severity: 'info', message: { zh: '提示', en: 'note' }, paths: ['table3.carriedOver.total'] },
    ];
    const $ = load(reportToHtml(corpusReport(CORPUS_2021), { findings }));
    const granted = $('td[data-path="table3.granted.total"]');
    expect(granted.hasClass('finding-error')).toBe(true);
    expect(granted.attr('title')).toContain('总计<不等于>各列之和');
    expect(granted.attr('aria-describedby')).toBe('finding-1 finding-2');
    expect(granted.text()).toBe('10');
    expect($('td[data-path="table4.reconsideration.total"]').hasClass('finding-warning')).toBe(true);
    expect($('td[data-path="table3.carriedOver.total"]').attr('class')).toBe('num');
    const items = $('.findings li');
    expect(items).toHaveLength(3);
    expect(items.first().attr('id')).toBe('finding-1');
    expect(items.first().text()).toContain('总计<不等于>各列之和');
    expect(items.first().text()).toContain('table3.granted.total');
  });

  it('has no findings section unless findings are given', () => {
    expect(load(reportToHtml(corpusReport(CORPUS_2021)))('.findings')).toHaveLength(0);
  });
});

describe('html renderer: cell links', () => {
  it('with cellLinks, every value cell carries its id and links to its target; blank cells keep a name', () => {
    const blankPath = 'table4.reconsideration.upheld';
    const report = corpusReport(CORPUS_2021, { sections: SAMPLE_SECTIONS, cells: { ...expectedCells(CORPUS_2021), [blankPath]: null } });
    const slug = (p: string) => p.replace(/\./g, '-');
    const $ = load(reportToHtml(report, { cellLinks: { id: (p) => `cell-${slug(p)}`, href: (p) => `#src-${slug(p)}` } }));
    const cells = $('td[data-path]');
    expect(cells.length).toBe(cellSpecs('2021').length);
    cells.each((_, td) => {
      const path = $(td).attr('data-path')!;
      expect($(td).attr('id')).toBe(`cell-${slug(path)}`);
      const a = $(td).children('a');
      expect(a.attr('href')).toBe(`#src-${slug(path)}`);
      expect(a.text().trim(), path).not.toBe('');
    });
    expect($(`td[data-path="${blankPath}"] a`).text()).toBe('·空白');
    // Without the option nothing changes: no ids, no links.
    const plain = load(reportToHtml(report));
    expect(plain('td[data-path] a')).toHaveLength(0);
    expect(plain('td[data-path][id]')).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../domain/annual-report/sections.js';
import { CORPUS_2019, CORPUS_2021, SAMPLE_SECTIONS, corpusReport } from '../corpus.test-util.js';
import { escapeMarkdown, escapeMarkdownCell } from './escape-markdown.js';
import { markdownRenderer, reportToMarkdown } from './index.js';

/** Splits a pipe row into its cells, honouring `\|`. */
const cells = (line: string): string[] =>
  line
    .slice(2, -2)
    .split(/ (?<!\\)\| /)
    .map((c) => c.replace(/\\(.)/g, '$1'));

const rowOf = (md: string, label: string): string[] | undefined =>
  md
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .map(cells)
    .find((c) => c[0] === label);

describe('escapeMarkdown', () => {
  it('escapes pipes, inline markup, HTML and block starts', () => {
    expect(escapeMarkdownCell('a|b')).toBe('a\\|b');
    expect(escapeMarkdownCell('第一行\n第二行')).toBe('第一行 第二行');
    expect(escapeMarkdown('<script>*x*</script>')).toBe('\\<script\\>\\*x\\*\\</script\\>');
    expect(escapeMarkdown('# 标题\n- 项\n1. 项\n普通')).toBe('\\# 标题\n\\- 项\n1\\. 项\n普通');
    expect(escapeMarkdown('（一）主动公开情况')).toBe('（一）主动公开情况');
  });
});

describe('markdown renderer', () => {
  it('writes the title, metadata and the six section headings with their text', async () => {
    const md = new TextDecoder().decode(await markdownRenderer.render(corpusReport(CORPUS_2021, { sections: SAMPLE_SECTIONS })));
    expect(md.startsWith('# 兴和县2024年政府信息公开工作年度报告\n')).toBe(true);
    expect(md).toContain('- 机关：兴和县\n- 年度：2024年\n- 发布日期：2025-02-17');
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(SECTIONS.map((s) => `## ${s.heading}`));
    expect(md).toContain('## 一、总体情况\n\n本年度主动公开政府信息2340条。\n\n（一）主动公开情况\n\n通过门户网站发布信息。\n');
  });

  it('writes Table 2 as one pipe table per Art. 20 item', () => {
    const md = reportToMarkdown(corpusReport(CORPUS_2021));
    expect(md).toContain('第二十条第（一）项\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| --- | ---: | ---: | ---: |\n| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 5 | 4 | 4 |');
    expect(rowOf(md, '行政许可')).toEqual(['行政许可', '13704']);
    expect(rowOf(md, '行政事业性收费')).toEqual(['行政事业性收费', '88.78248']);
  });

  it('flattens the Table 3 header and prefixes group labels to row labels', () => {
    const md = reportToMarkdown(corpusReport(CORPUS_2021));
    const header = md.split('\n').find((l) => l.startsWith('| 本列数据的勾稽关系'))!;
    expect(cells(header)).toEqual([
      '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
      '自然人',
      '法人或其他组织·商业企业',
      '法人或其他组织·科研机构',
      '法人或其他组织·社会公益组织',
      '法人或其他组织·法律服务机构',
      '法人或其他组织·其他',
      '总计',
    ]);
    expect(rowOf(md, '一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '26', '0', '0', '0', '0', '0', '26']);
    expect(rowOf(md, '（三）不予公开 1.属于国家秘密')).toBeDefined();
    expect(rowOf(md, '（四）无法提供 1.本机关不掌握相关政府信息')?.[1]).toBe('9');
    expect(rowOf(md, '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请')?.[7]).toBe('1');
    expect(rowOf(md, '三、本年度办理结果 （七）总计')?.[7]).toBe('26');
  });

  it('writes Table 4 with one flattened header row and one value row', () => {
    const md = reportToMarkdown(corpusReport(CORPUS_2021));
    const lines = md.split('\n');
    const i = lines.findIndex((l) => l.startsWith('| 行政复议·结果维持'));
    expect(cells(lines[i]!)).toHaveLength(15);
    expect(cells(lines[i]!)[5]).toBe('行政诉讼·未经复议直接起诉·结果维持');
    expect(cells(lines[i + 2]!).slice(0, 5)).toEqual(['5', '2', '0', '0', '7']);
  });

  it('leaves blank cells empty (2019)', () => {
    const md = reportToMarkdown(corpusReport(CORPUS_2019));
    expect(rowOf(md, '其他对外管理服务事项')).toEqual(['其他对外管理服务事项', '24', '', '24']);
    expect(rowOf(md, '行政处罚')).toEqual(['行政处罚', '191', '-19', '74']);
    expect(rowOf(md, '三、本年度办理结果 （六）其他处理')).toBeDefined();
  });

  it('escapes | and markup in report text', () => {
    const md = reportToMarkdown(corpusReport(CORPUS_2021, { agency: 'A|B', sections: { overview: '| x | y |\n<script>alert(1)</script>' } }));
    expect(md).toContain('- 机关：A\\|B');
    expect(md).toContain('\\| x \\| y \\|');
    expect(md).not.toContain('<script>');
  });
});

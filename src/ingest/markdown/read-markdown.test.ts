/**
 * The Markdown line reader on what PDF converters really produce: pipe tables
 * without delimiter rows, ragged rows, missing outer pipes, split headers,
 * `<br>` in cells, and HTML tables mixed in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownReader, readMarkdownString } from './read-markdown.js';
import { isDelimiterRow, splitPipeRow } from './pipe-row.js';
import { tokenRows as rows, FIXTURES } from '../token-rows.test-util.js';

const read = (md: string): string[][] => rows(readMarkdownString(md).tokens);

describe('readMarkdownString', () => {
  it('reads a pipe row as its cells then rowEnd, and skips delimiter rows', () => {
    const s = readMarkdownString('| 信息内容 | 本年制发件数 |\n|:---|---:|\n| 规章 | 0 |\n');
    expect(rows(s.tokens)).toEqual([['信息内容', '本年制发件数'], ['规章', '0']]);
    expect(s.layout).toBe('pipes');
  });

  it('tolerates missing delimiter rows, missing outer pipes and ragged rows', () => {
    expect(read('规范性文件 | 0 | 0 | 0\n| 第二十条第（五）项 |\n| 行政许可 | 0 | 0 | 0 | |')).toEqual([
      ['规范性文件', '0', '0', '0'],
      ['第二十条第（五）项'],
      ['行政许可', '0', '0', '0', ''],
    ]);
  });

  it('keeps empty cells between pipes as blank cells, in place', () => {
    expect(read('| 二、上年结转 | | 0 | 0 |')).toEqual([['二、上年结转', '', '0', '0']]);
  });

  it('reads <br> inside a cell as a space, &nbsp; as U+00A0, and \\| as a pipe', () => {
    expect(read('| 三、本年度<br>办理结果 | &nbsp; | a \\| b |')).toEqual([['三、本年度 办理结果', '\u00a0', 'a | b']]);
  });

  it('strips heading marks, bullets, quotes and emphasis from text lines, keeping numbering', () => {
    expect(read('# **涧西区** 报告 #\n\n- 列表项\n> 引用\n1.本机关不掌握相关政府信息\n(一) 予以公开\n__强调__ 与 `代码`')).toEqual([
      ['涧西区 报告'], ['列表项'], ['引用'], ['1.本机关不掌握相关政府信息'], ['(一) 予以公开'], ['强调 与 代码'],
    ]);
  });

  it('drops rules, comments, images and blank lines; keeps link text', () => {
    expect(read('---\n<!-- page 2 -->\n<!--\nmulti\n-->\n![图](a.png)\n[首页](http://x)\n\n   \n')).toEqual([['首页']]);
  });

  it('hands embedded HTML tables to the HTML reader, located at their first line', () => {
    const s = readMarkdownString('前言\n<table>\n<tr><td>行政许可</td><td>5</td></tr>\n</table>\n后记');
    expect(rows(s.tokens)).toEqual([['前言'], ['行政许可', '5'], ['后记']]);
    expect(s.tokens.find((t) => t.kind === 'cell' && t.text === '5')).toMatchObject({ at: { kind: 'line', line: 2 } });
  });

  it('locates cells by line and column (1-based)', () => {
    const s = readMarkdownString('标题\n| 规章 | 0 |');
    const cells = s.tokens.filter((t) => t.kind === 'cell');
    expect(cells.map((t) => t.kind === 'cell' && t.at)).toEqual([
      { kind: 'line', line: 1, column: 1 },
      { kind: 'line', line: 2, column: 3 },
      { kind: 'line', line: 2, column: 8 },
    ]);
  });

  it('reads fenced code as plain lines and never throws on junk', () => {
    expect(read('```\n| not | a | table |\n```')).toEqual([['| not | a | table |']]);
    expect(() => readMarkdownString('|||\n\\\n**\n<table\n')).not.toThrow();
    expect(readMarkdownString('').tokens).toEqual([]);
  });
});

describe('pipe rows', () => {
  it('splits on unescaped pipes and drops only the outer empty pieces', () => {
    expect(splitPipeRow('| a | b |').map((c) => c.raw.trim())).toEqual(['a', 'b']);
    expect(splitPipeRow('a | b').map((c) => c.raw.trim())).toEqual(['a', 'b']);
    expect(splitPipeRow('|||').map((c) => c.raw)).toEqual(['', '']);
    expect(splitPipeRow('a \\| b').map((c) => c.raw)).toEqual(['a \\| b']);
  });

  it('knows delimiter rows, and does not take a row of "-" (none) for one', () => {
    expect(isDelimiterRow('|---|:--:|--:|')).toBe(true);
    expect(isDelimiterRow('--- | ---')).toBe(true);
    expect(isDelimiterRow('| :- | - |')).toBe(true);
    expect(isDelimiterRow('| - | - |')).toBe(false);
    expect(isDelimiterRow('| 规章 | --- |')).toBe(false);
  });
});

describe('markdownReader on the broken 涧西区 2019 report (004)', () => {
  const stream = markdownReader.read(new Uint8Array(readFileSync(join(FIXTURES, 'md', '004-broken.md'))));
  const r = stream instanceof Promise ? [] : rows(stream.tokens);

  it('reads the Table-3 row 一、本年新收 with its seven values', () => {
    expect(r.find((x) => x[0] === '一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '15', '0', '0', '0', '0', '0', '15']);
  });

  it('keeps the published extra blank cell of 上年结转 in place', () => {
    expect(r.find((x) => x[0] === '二、上年结转政府信息公开申请数量')).toEqual(['二、上年结转政府信息公开申请数量', '', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('reads rows that lost their outer pipes and the header split over two lines', () => {
    expect(r.find((x) => x[0] === '3.要求提供公开出版物')?.length).toBe(8);
    expect(r.find((x) => x[2]?.startsWith('法人或其他组织'))?.[2]).toBe('法人或其他组织 商业企业');
  });

  it('reads the Table-4 row of 15 values', () => {
    expect(r.find((x) => x.length === 15 && x.every((c) => c === '0'))).toBeDefined();
  });
});

/**
 * The HTML reader on saved government pages: article found, chrome gone, Word
 * markup flattened, tables one cell per <td>, blanks kept, GBK decoded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Token } from '../tokens.js';
import { htmlReader, readHtmlString } from './read-html.js';
import { decodeHtmlBytes, declaredCharset, readsAsUtf8 } from './decode-html.js';
import { FIXTURES } from '../token-rows.test-util.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** Rows of cell texts, split at rowEnd. */
function rows(tokens: readonly Token[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'cell') cur.push(t.text);
    else if (t.kind === 'rowEnd') {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function rowStartingWith(tokens: readonly Token[], label: string): string[] | undefined {
  return rows(tokens).find((r) => r[0]?.replace(/[\s\u00a0]/g, '') === label);
}

function allText(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.kind === 'cell' ? t.text : '\n')).join('\u0001');
}

describe('htmlReader on a saved page with Word-pasted content (003)', () => {
  const stream = htmlReader.read(fixture('html/003-word-pasted.html'));
  const { tokens } = stream instanceof Promise ? { tokens: [] as Token[] } : stream;

  it('reads the Table-3 row 一、本年新收 with its seven values, then rowEnd', () => {
    const i = tokens.findIndex((t) => t.kind === 'cell' && t.text === '一、本年新收政府信息公开申请数量');
    expect(i).toBeGreaterThan(0);
    const next = tokens.slice(i + 1, i + 9);
    expect(next.slice(0, 7).map((t) => (t.kind === 'cell' ? t.text : t.kind))).toEqual(['26', '0', '0', '0', '0', '0', '26']);
    expect(next[7]).toEqual({ kind: 'rowEnd' });
  });

  it('chooses the article container and keeps the title and metadata above it as leading tokens', () => {
    if (stream instanceof Promise) throw new Error('sync reader expected');
    expect(stream.layout).toBe('html:.TRS_Editor');
    const first = rows(tokens).slice(0, 2).map((r) => r.join(' '));
    expect(first[0]).toBe('2024年兴和县政府信息公开工作年度报告');
    expect(first[1]).toMatch(/^发布日期：2025-02-17/);
  });

  it('drops scripts, styles, nav, header, footer, sidebar, forms and hidden elements', () => {
    const text = allText(tokens);
    for (const chrome of ['_hmt', 'getElementById', 'font-family', '首页', '互动交流', '当前位置', '相关文件', '请输入关键词', '搜索', '打印本页', '分享到', '版权所有', '兴和县人民政府办公室主办']) {
      expect(text, chrome).not.toContain(chrome);
    }
  });

  it('joins labels split across Word spans and keeps their spaces as in the page', () => {
    expect(rowStartingWith(tokens, '第二十条第(一)项')).toEqual(['第二十条第(一)项']);
    const header = rows(tokens).find((r) => r[0]?.startsWith('自'));
    expect(header?.[0]).toBe('自\u00a0然\u00a0人');
  });

  it('emits each merged cell once: the group label only on its first row', () => {
    expect(rowStartingWith(tokens, '三、本年度办理结果')).toEqual(['三、本年度办理结果', '(一)予以公开', '10', '0', '0', '0', '0', '0', '10']);
    expect(rowStartingWith(tokens, '(三)不予公开')?.length).toBe(9);
    expect(rowStartingWith(tokens, '2.其他法律行政法规禁止公开')?.length).toBe(8);
    expect(allText(tokens).split('三、本年度办理结果').length).toBe(2);
  });

  it('skips Word column-width rows of empty cells and conditional-comment XML', () => {
    expect(rows(tokens).some((r) => r.every((c) => c === ''))).toBe(false);
    expect(allText(tokens)).not.toContain('WordDocument');
  });

  it('locates table cells and paragraphs with short element paths', () => {
    const cell = tokens.find((t) => t.kind === 'cell' && t.text === '13704');
    expect(cell?.kind === 'cell' && cell.at).toEqual({ kind: 'element', path: expect.stringMatching(/^table\[\d+\]\/tr\[\d+\]\/td\[\d+\]$/) });
    const para = tokens.find((t) => t.kind === 'cell' && t.text === '一、总体情况');
    expect(para?.kind === 'cell' && para.at).toEqual({ kind: 'element', path: expect.stringMatching(/^p\[\d+\]$/) });
  });
});

describe('htmlReader on a GBK page (002)', () => {
  const bytes = fixture('html/002-gbk.html');
  const stream = htmlReader.read(bytes);
  const tokens = stream instanceof Promise ? [] : stream.tokens;

  it('decodes GB2312/GBK by the declared charset', () => {
    expect(declaredCharset(bytes)).toBe('gb2312');
    expect(rowStartingWith(tokens, '行政许可')?.slice(0, 2)).toEqual(['行政许可', '5227']);
  });

  it('emits NBSP-only cells as blank cells, never dropping them', () => {
    expect(rowStartingWith(tokens, '一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '11', '\u00a0', '\u00a0', '\u00a0', '\u00a0', '\u00a0', '11']);
    expect(rowStartingWith(tokens, '二、上年结转政府信息公开申请数量')?.[7]).toBe('\u00a00');
  });

  it('keeps the metadata table and the title that sit outside the article', () => {
    const r = rows(tokens);
    expect(r[0]).toEqual(['发布日期:', '2022.02.21', '索 引 号 :', '00062100-X-2502-2012-1005']);
    expect(r.slice(0, 5).some((x) => x[0] === '成安县2021年度政府信息公开年度报告')).toBe(true);
    expect(allText(tokens)).not.toContain('欢迎访问');
  });

  it('keeps a published Table 4 of 11 cells as 11 cells', () => {
    const t4 = rows(tokens).find((x) => x.length === 11 && x[0] === '0');
    expect(t4).toEqual(['0', '0', '0', '0', '\u00a00', '0', '0', '0', '0', '\u00a0', '\u00a0']);
  });
});

describe('readHtmlString', () => {
  const read = (html: string): string[][] => rows(readHtmlString(html).tokens);

  it('never lets a script inside a cell through', () => {
    const r = read('<table><tr><td>一、本年新收<script>alert(1)</script></td><td><script>alert(1)</script>26</td></tr></table>');
    expect(r).toEqual([['一、本年新收', '26']]);
  });

  it('splits <br> inside a paragraph into cells, but joins it to a space inside a cell', () => {
    expect(read('<p>第一行<br>第二行<br/><br>第三行</p>')).toEqual([['第一行'], ['第二行'], ['第三行']]);
    expect(read('<table><tr><td>三、本年度<br>办理结果</td><td><p>(六)</p><p>其他处理</p></td></tr></table>')).toEqual([['三、本年度 办理结果', '(六) 其他处理']]);
  });

  it('joins inline fragments without spaces and decodes entities', () => {
    expect(read('<p><span>本年</span><font>新收</font><b>政府</b>信息<o:p></o:p></p>')).toEqual([['本年新收政府信息']]);
    expect(read('<p>A &amp; B &lt;1&gt;</p>')).toEqual([['A & B <1>']]);
  });

  it('keeps blank cells: empty, spaces only and NBSP only', () => {
    expect(read('<table><tr><td>规章</td><td></td><td> </td><td>&nbsp;</td><td>0</td></tr></table>')).toEqual([['规章', '', '', '\u00a0', '0']]);
  });

  it('does not repeat spanning cells', () => {
    const r = read('<table><tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>1</td><td>2</td></tr></table>');
    expect(r).toEqual([['A', 'B'], ['1', '2']]);
  });

  it('flattens nested tables in order', () => {
    const r = read('<table><tr><td>外</td><td><table><tr><td>内1</td><td>1</td></tr><tr><td>内2</td><td>2</td></tr></table></td></tr></table>');
    expect(r).toEqual([['外'], ['内1', '1'], ['内2', '2']]);
  });

  it('treats a whole-page layout table as a container, not as one cell', () => {
    const html = `<body><table width="100%"><tr><td>
      <h1>某县2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>正文。</p>
      <table><tr><td>行政许可</td><td>5</td></tr></table>
    </td></tr></table></body>`;
    expect(read(html)).toEqual([['某县2021年政府信息公开工作年度报告'], ['一、总体情况'], ['正文。'], ['行政许可', '5']]);
  });

  it('drops hidden elements and Word conditional comments', () => {
    const r = read('<div><!--[if gte mso 9]><xml><w:WordDocument/></xml><![endif]--><p style="display: none">隐藏</p><p hidden>也隐藏</p><p style="mso-hide:all">Word 隐藏</p><p>可见</p></div>');
    expect(r).toEqual([['可见']]);
  });

  it('reads the whole body without a known article container, minus chrome', () => {
    const html = '<html><head><title>标题_网站</title></head><body><div class="nav-bar"><a>首页</a></div><div class="box"><p>一、总体情况</p></div><footer>版权</footer></body></html>';
    const s = readHtmlString(html);
    expect(s.layout).toBe('html');
    expect(rows(s.tokens)).toEqual([['标题_网站'], ['一、总体情况']]);
  });

  it('splits lines of <pre> text', () => {
    expect(read('<pre>规章\t0\n规范性文件\t5</pre>')).toEqual([['规章 0'], ['规范性文件 5']]);
  });

  it('survives empty input, junk and pathological nesting', () => {
    expect(readHtmlString('').tokens).toEqual([]);
    expect(() => readHtmlString('<<<>>><td></tr>&&&;<table><table>')).not.toThrow();
    const deep = `${'<div>'.repeat(20_000)}深${'</div>'.repeat(20_000)}`;
    expect(rows(readHtmlString(deep).tokens)).toEqual([['深']]);
  });
});

describe('decodeHtmlBytes', () => {
  const gbk = new Uint8Array([0xb3, 0xc9, 0xb0, 0xb2, 0xcf, 0xd8]); // 成安县

  it('uses <meta charset> and http-equiv declarations', () => {
    const head = new TextEncoder().encode('<meta charset="GBK"><p>');
    expect(decodeHtmlBytes(new Uint8Array([...head, ...gbk]))).toBe('<meta charset="GBK"><p>成安县');
  });

  it('sniffs GB18030 when nothing is declared and the bytes are not UTF-8', () => {
    expect(decodeHtmlBytes(new Uint8Array([...new TextEncoder().encode('<p>'), ...gbk]))).toBe('<p>成安县');
  });

  it('prefers valid UTF-8 over a stale GBK declaration', () => {
    const bytes = new TextEncoder().encode('<meta charset="gb2312"><p>成安县</p>');
    expect(decodeHtmlBytes(bytes)).toContain('成安县');
  });

  it('honours a BOM', () => {
    expect(decodeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>一</p>')]))).toBe('<p>一</p>');
  });

  it('says when a page reads as its UTF-8 bytes, exactly where it decodes them so', () => {
    const enc = (s: string): number[] => [...new TextEncoder().encode(s)];
    const gbkPage = [...enc('<meta charset="GBK"><p>'), ...gbk];
    const cases: number[][] = [
      enc('<p>一</p>'),
      enc('<meta charset="gb2312"><p>成安县</p>'),
      enc('<meta charset="gbk"><p>ascii</p>'),
      enc('<meta charset="windows-1252"><p>ascii</p>'),
      enc('<meta charset="windows-1252"><p>é</p>'),
      enc('<meta charset="utf-16"><p>一</p>'),
      enc('<?xml version="1.0" encoding="big5"?><p>x</p>'),
      [0xef, 0xbb, 0xbf, ...enc('<p>一</p>')],
      [0xff, 0xfe, ...enc('<p>')],
      gbkPage,
      [...enc('<p>'), ...gbk],
    ];
    for (const c of cases) {
      const bytes = new Uint8Array(c);
      const utf8 = Buffer.from(bytes).toString('utf8');
      if (readsAsUtf8(bytes)) expect(decodeHtmlBytes(bytes)).toBe(utf8);
      expect(htmlReader.read(bytes)).toEqual(readHtmlString(decodeHtmlBytes(bytes)));
    }
    expect(cases.map((c) => readsAsUtf8(new Uint8Array(c)))).toEqual([true, true, true, false, true, true, false, false, false, false, false]);
  });
});

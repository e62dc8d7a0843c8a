/**
 * @module Report blocks as a government web page: the CMS article container
 * (or none), site chrome around it (header, nav, sidebar, footer with phone
 * numbers, dates and visit counters), headings as the site writes them, and
 * Word-pasted bodies.
 */
import type { Block } from './doc.js';
import { esc, htmlTable, type HtmlTableOpts } from './render-table.js';

export interface PageOpts {
  /** `simple`: header/nav/footer elements; `noisy`: chrome in classless divs that no selector knows; `none`: a bare fragment. */
  readonly chrome?: 'none' | 'simple' | 'noisy';
  /** Article container: a known CMS class, none, or a layout table with a sidebar cell. */
  readonly container?: 'trs' | 'zoom' | 'none' | 'layoutTable';
  /** How section headings are written. */
  readonly headings?: 'p' | 'h2' | 'strong';
  readonly table?: HtmlTableOpts;
  /** Word's paste of the whole body (MsoNormal paragraphs). */
  readonly word?: boolean;
  /** A `表三 …` caption paragraph before each table. */
  readonly tableCaptions?: boolean;
  readonly siteName?: string;
}

const TABLE_TITLES = { t2: '表一 主动公开政府信息情况', t3: '表二 收到和处理政府信息公开申请情况', t4: '表三 政府信息公开行政复议、行政诉讼情况' } as const;

function para(text: string, word: boolean): string {
  return word
    ? `<p class=MsoNormal style='text-indent:32pt'><span style='font-family:仿宋_GB2312'>${esc(text)}<o:p></o:p></span></p>`
    : `<p>${esc(text)}</p>`;
}

function heading(text: string, level: 1 | 2, opts: PageOpts): string {
  const how = opts.headings ?? 'p';
  if (how === 'h2') return level === 1 ? `<h2>${esc(text)}</h2>` : `<h3>${esc(text)}</h3>`;
  if (how === 'strong') return `<p style="text-indent:2em"><strong>${esc(text)}</strong></p>`;
  return para(text, !!opts.word);
}

export function bodyHtml(blocks: readonly Block[], opts: PageOpts): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push(opts.word ? `<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt'>${esc(b.text)}</span></b></p>` : `<p style="text-align:center"><strong>${esc(b.text)}</strong></p>`);
        break;
      case 'meta':
        break;
      case 'para':
        out.push(para(b.text, !!opts.word));
        break;
      case 'heading':
        out.push(heading(b.text, b.level, opts));
        break;
      case 'table':
        if (opts.tableCaptions) out.push(`<p style="text-align:center">${TABLE_TITLES[b.key]}</p>`);
        for (const g of b.grids) {
          if (g.title) out.push(para(g.title, !!opts.word));
          out.push(htmlTable(g, opts.table ?? {}));
        }
        break;
    }
  }
  return out.join('\n');
}

function titleOf(blocks: readonly Block[]): string {
  return blocks
    .filter((b) => b.kind === 'title')
    .map((b) => b.text)
    .join('');
}

function metaOf(blocks: readonly Block[]): string {
  const b = blocks.find((x) => x.kind === 'meta');
  return b ? b.text : '';
}

export function htmlPage(blocks: readonly Block[], opts: PageOpts = {}): string {
  const title = titleOf(blocks);
  const site = opts.siteName ?? '人民政府门户网站';
  const body = bodyHtml(blocks, opts);
  const container = opts.container ?? 'trs';
  const article =
    container === 'trs'
      ? `<div class="TRS_Editor">\n${body}\n</div>`
      : container === 'zoom'
        ? `<div id="zoom">\n${body}\n</div>`
        : body;
  const head = `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}_${site}</title>\n<style>td{font-size:12px}</style>\n<script>var visits = 1024; document.write("");</script>\n</head>\n<body>`;
  const chrome = opts.chrome ?? 'simple';
  if (chrome === 'none') return `${head}\n<h1>${esc(title)}</h1>\n<div class="info">${esc(metaOf(blocks))}</div>\n${article}\n</body>\n</html>\n`;
  if (chrome === 'simple') {
    return [
      head,
      `<header class="header"><div class="logo">${site}</div><div class="search"><input type="text" placeholder="请输入关键词"></div></header>`,
      `<nav class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></nav>`,
      `<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 政府信息公开年报</div>`,
      `<div class="article-title"><h1>${esc(title)}</h1></div>`,
      `<div class="info"><span>${esc(metaOf(blocks))}</span> <span>浏览次数：2318</span> <span>字号：[大 中 小]</span></div>`,
      container === 'layoutTable' ? layoutTable(article) : article,
      `<footer class="footer"><p>主办单位：${site}办公室 联系电话：0571-87654321 传真：0571-87654322</p><p>网站标识码：3301000012 备案号：浙ICP备12345678号-1 本站总访问量：5201314</p></footer>`,
      '</body>\n</html>\n',
    ].join('\n');
  }
  // Noisy: a classless layout whose side column and bottom are full of table words and numbers.
  return [
    head,
    `<div class="top"><div class="wz">${site}</div><div class="rq">2024年3月15日 星期五 农历二月初六</div></div>`,
    `<div class="dh"><a href="/">首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/xzxk/">行政许可</a> | <a href="/xzcf/">行政处罚</a> | <a href="/tjxx/">统计信息</a></div>`,
    '<div class="w1200">',
    `<div class="lm_left"><div class="lm_tit">信息公开目录</div><ul><li><a href="#">行政许可</a></li><li><a href="#">行政处罚</a></li><li><a href="#">行政强制</a></li><li><a href="#">行政事业性收费</a></li><li><a href="#">政府集中采购</a></li><li><a href="#">规章</a></li><li><a href="#">规范性文件</a></li><li>总计：3650条</li><li>本年新增：512条</li></ul></div>`,
    `<div class="lm_right">`,
    `<div class="biaoti">${esc(title)}</div>`,
    `<div class="xx">${esc(metaOf(blocks))}\u3000来源：本站\u3000点击数：8848</div>`,
    container === 'layoutTable' ? layoutTable(article) : article,
    `<div class="xgwz"><div class="lm_tit">相关文章</div><ul><li><a href="#">${esc(title.replace(/\d{4}/, (y) => String(Number(y) - 1)))}</a> 2023-01-15</li><li><a href="#">关于公布2023年度行政许可事项清单的通知</a></li><li><a href="#">第二十条第（一）项 规章 规范性文件清单</a></li></ul></div>`,
    '</div>',
    '</div>',
    `<div class="db"><p>版权所有：${site} 地址：人民路88号 邮编：310000</p><p>电话：0571-88886666 总计访问量：12345678 今日访问：321 行政许可咨询：12345</p></div>`,
    '</body>\n</html>\n',
  ].join('\n');
}

/** The article inside a two-column layout table: a sidebar cell, then the content cell. */
function layoutTable(article: string): string {
  return [
    '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>',
    '<td width="200" valign="top"><div class="side"><p>栏目导航</p><p>政府信息公开指南</p><p>政府信息公开制度</p><p>法定主动公开内容</p><p>政府信息公开年报</p><p>依申请公开</p></div></td>',
    `<td valign="top">${article}</td>`,
    '</tr></table>',
  ].join('\n');
}

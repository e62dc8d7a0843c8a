/**
 * @module Tests of html-tree and html-scanner against htmlparser2 itself: the tree we build must be
 * the tree htmlparser2 builds (the parser the reader used before), element for element, with the
 * attributes the reader reads and the same text — for broken markup, generated markup, and the
 * reader's fixture pages cut off anywhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { parseHtml, parseUtf8Html, textContent } from './html-tree.js';
import type { DomNode } from './dom.js';
import { hidesElement } from './hidden-style.js';
import { FIXTURES } from '../token-rows.test-util.js';

const KEPT = new Set(['class', 'id', 'style', 'hidden', 'colspan', 'rowspan', 'role']);

/** Elements (kept attributes), end of elements and runs of text, in document order. */
function outline(root: DomNode): string[] {
  const out: string[] = [];
  const walk = (n: DomNode): void => {
    if (n.type === 'text') {
      const last = out.length - 1;
      if (last >= 0 && out[last]!.startsWith('"')) out[last] = JSON.stringify(JSON.parse(out[last]!) + (n.data ?? ''));
      else out.push(JSON.stringify(n.data ?? ''));
    } else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      // A style that cannot hide its element is left out of our tree (styleMayHide): compared by what it does.
      const attribs = Object.entries(n.attribs ?? {}).filter(([k, v]) => KEPT.has(k) && (k !== 'style' || hidesElement(v)));
      out.push(`<${n.name} ${JSON.stringify(attribs)}>`);
      for (const c of n.children ?? []) walk(c);
      out.push(`</${n.name}>`);
    } else if (n.type === 'root') {
      for (const c of n.children ?? []) walk(c);
    }
  };
  walk(root);
  return out;
}

function expectSameTree(html: string): void {
  const theirs = parseDocument(html, { decodeEntities: true }) as unknown as DomNode;
  const ours = parseHtml(html);
  expect(outline(ours.root), html).toEqual(outline(theirs));
  const head = findHeadTitle(theirs);
  expect(ours.headTitle ? textContent(ours.headTitle) : null).toBe(head ? textContent(head) : null);
  // The same document read from its UTF-8 bytes (lone surrogates have no UTF-8: they become U+FFFD).
  const bytes = Buffer.from(html, 'utf8');
  const decoded = bytes.toString('utf8');
  const fromBytes = parseUtf8Html(bytes);
  expect(outline(fromBytes.root), html).toEqual(decoded === html ? outline(theirs) : outline(parseDocument(decoded, { decodeEntities: true }) as unknown as DomNode));
  expect(fromBytes.stats.elements.map((e) => [e.name, e.ordinal, e.textLen, e.tables, e.dropped])).toEqual(
    parseHtml(decoded).stats.elements.map((e) => [e.name, e.ordinal, e.textLen, e.tables, e.dropped]),
  );
}

function findHeadTitle(root: DomNode): DomNode | null {
  for (const n of root.children ?? []) {
    if (n.type === 'tag' && n.name === 'title' && root.type === 'tag' && root.name === 'head') return n;
    const deeper = findHeadTitle(n);
    if (deeper) return deeper;
  }
  return null;
}

const BROKEN = [
  '<p>a<p>b<div>c</p>d',
  '<span style="color:red" style="display:none">x</span><b style="display:none" style="color:red">y</b><i style=DISPLAY:NONE>z</i>',
  '<table><tr><td>1<td>2<tr><td>3</table>',
  '<ul><li>a<li>b</ul>',
  '<svg><g/><rect/></svg><div/>x',
  '<svg/><div/>y</div>',
  '</p></br></img>x',
  '<title>a &amp; b</title><TITLE>x</TITLE>',
  '<script>if (a<b) { "</div>" }</script>after',
  '<style>p { }</STYLE >x',
  '<textarea><p>&amp;</textarea>',
  '<tmp>raw</xmp>still',
  '<xe>x</xe>',
  'a</>b</ >c',
  'a<3b< c<',
  '<!-->x<!--->y<!-- z -->w',
  '<![CDATA[ c ]]>after<![CDA',
  '<!DOCTYPE html><?xml version="1.0"?><!>x>',
  '<a href=x/>y</a>',
  '<td colspan=2 rowspan="3" class=\'a b\' CLASS="no" id=x/>',
  '<p =x  hidden style="display:none">&nbsp;&copy&notit;&#128;&#xD800;&#0;&#65</p>',
  '<div class="&amp;&amp=&ampx">t</div>',
  '<title>a</&amp;</title>',
  '<head><title>T&amp;</title></head><body><h1>H</h1>',
  '<p>unclosed <b>bold <i>it',
  '<div>x</a b',
  '<scr',
  '<x/',
  '<p>a</p  ',
  '<a b="c',
  '</3 bogus',
  '\x1c\x0fscript>',
  '<script>x\x1c\x0fscript>y',
  '<script>\x1c\x0fscript>y',
  '<script></a\x1c/script>y',
  '<title>a\x1c/title>b',
  '<title><\x1c/title>x</title>',
  '<p>中文</div 中',
  '<p>𠀀</p 𠀀',
  '<a title="é">x</a é/',
  '<\u00e9tag>x</\u00c9TAG>',
];

describe('parseHtml', () => {
  it('builds htmlparser2’s tree for broken markup', () => {
    for (const html of BROKEN) expectSameTree(html);
  });

  it('builds htmlparser2’s tree for generated markup', () => {
    const piece = fc.constantFrom(
      '<p>', '</p>', '<div class="content">', '</div>', '<table>', '<tr>', '<td colspan=2>', '</td>', '</tr>', '</table>', '<br>',
      '</br>', '<br/>', '<svg>', '</svg>', '<g/>', '<title>', '</title>', '<script>', '</script>', '<style>', '<textarea>', '<xmp>',
      '<li>', '<o:p></o:p>', '<span style="display:none">', '</span>', '<!-- c -->', '<!--', '-->', '<![CDATA[', ']]>', '<!x>',
      '<?pi?>', '<', '>', '</', '</>', '&', '&nbsp;', '&amp', '&copy', '&#65;', '&#x4E00;', '&#128;', '"', "'", '=', '/', ' ',
      '\n', '自然人', '12', '中', '𠀀', 'é', '<TD>', '<Td ID=a>', '<td id=b id=c>', '</TD>', '<h1>', '<body>', '<head>',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => expectSameTree(pieces.join(''))), { numRuns: 500 });
  });

  it('builds htmlparser2’s tree for the fixture pages, cut off anywhere', () => {
    const pages = readdirSync(join(FIXTURES, 'html'))
      .filter((f) => !f.includes('gbk'))
      .map((f) => readFileSync(join(FIXTURES, 'html', f), 'utf8'));
    for (const page of pages) expectSameTree(page);
    fc.assert(
      fc.property(fc.nat(pages.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), (i, cut) => {
        const page = pages[i]!;
        expectSameTree(page.slice(0, Math.floor(page.length * cut)));
      }),
      { numRuns: 200 },
    );
  });
});

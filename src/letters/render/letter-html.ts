/**
 * @module A letter as one self-contained HTML page: printable on A4 (the PDF
 * is this page printed by Chromium), readable on screen, no scripts, every
 * piece of text escaped. The seal area is a labelled blank box above the
 * agency's name and the date.
 */
import { h, htmlPage, lines, text, type Html } from '../../render/html/escape-html.js';
import type { Letter, LetterBlock } from '../letter.js';
import { FONTS, PAGE_MM, SEAL_BOX_MM, WORDS, attachmentLines } from './letter-layout.js';

const family = (names: readonly string[], generic: string): string => [...names.map((n) => `"${n}"`), generic].join(', ');

const STYLESHEET = `
@page { size: A4 portrait; margin: ${PAGE_MM.top}mm ${PAGE_MM.right}mm ${PAGE_MM.bottom}mm ${PAGE_MM.left}mm; }
html { color: #000; background: #fff; }
body { margin: 0; font-family: ${family(FONTS.body, 'serif')}; font-size: 16pt; line-height: 28pt; }
.letter { max-width: ${PAGE_MM.width - PAGE_MM.left - PAGE_MM.right}mm; margin: 0 auto; padding: 2em 1em; }
h1 { font-family: ${family(FONTS.title, 'serif')}; font-size: 22pt; line-height: 1.5; font-weight: bold; text-align: center; margin: 0 0 .5em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.reference { text-align: center; text-indent: 0; margin-bottom: 1em; }
p.addressee { text-indent: 0; }
ol.items { margin: 0; padding-left: 4em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; font-family: ${family(FONTS.table, 'serif')}; font-size: 12pt; line-height: 1.6; }
caption { font-weight: bold; padding-bottom: .25em; }
th, td { border: 1px solid #000; padding: .2em .5em; text-align: left; vertical-align: top; }
th { font-weight: normal; white-space: nowrap; }
thead th { text-align: center; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.attachments, .contact { margin-top: 1em; }
.attachments p, .contact p { text-indent: 0; }
.attachments p.first { padding-left: 0; }
.attachments p + p { padding-left: 3em; }
.seal { display: flex; justify-content: flex-end; margin-top: 2em; break-inside: avoid; }
.seal-column { display: flex; flex-direction: column; align-items: center; min-width: ${SEAL_BOX_MM + 20}mm; }
.seal-box { width: ${SEAL_BOX_MM}mm; height: ${SEAL_BOX_MM}mm; border: 1px dashed #666; color: #595959; font-size: 10pt; line-height: 1.4; display: flex; align-items: center; justify-content: center; }
.seal p { text-indent: 0; text-align: center; }
@media screen { body { background: #eee; } .letter { background: #fff; margin: 1em auto; padding: 2em 3em; } }
@media print { .letter { max-width: none; padding: 0; } }
`;

const NUMERIC = /^[\d,.]+$/;

function blockHtml(block: LetterBlock): Html {
  switch (block.type) {
    case 'paragraph':
      return h('p', {}, text(block.text));
    case 'items':
      return h('ol', { class: 'items' }, block.items.map((i) => h('li', {}, text(i))));
    case 'fields':
      return h(
        'table',
        { class: 'fields' },
        h('caption', {}, text(block.caption)),
        h('tbody', {}, block.rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, text(r.label)), h('td', {}, text(r.value))))),
      );
    case 'table':
      return h(
        'table',
        { class: 'computation' },
        h('caption', {}, text(block.caption)),
        h('thead', {}, h('tr', {}, block.head.map((c) => h('th', { scope: 'col' }, text(c))))),
        h(
          'tbody',
          {},
          block.rows.map((r) =>
            h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, text(c)) : h('td', NUMERIC.test(c) ? { class: 'num' } : {}, text(c))))),
          ),
        ),
      );
  }
}

function attachmentsHtml(letter: Letter): Html | [] {
  if (letter.attachments.length === 0) return [];
  const [first, ...rest] = attachmentLines(letter.attachments);
  return h('div', { class: 'attachments' }, h('p', { class: 'first' }, text(`${WORDS.attachments}${first!}`)), rest.map((a) => h('p', {}, text(a))));
}

/** The letter as a complete HTML document (UTF-8, zh-CN). */
export function letterToHtml(letter: Letter): string {
  const body = h(
    'main',
    { class: 'letter', 'data-kind': letter.kind },
    lines([
      h('h1', {}, text(letter.title)),
      h('p', { class: 'reference' }, text(WORDS.reference(letter.reference))),
      h('p', { class: 'addressee' }, text(WORDS.salutation(letter.addressee.name))),
      ...letter.blocks.map(blockHtml),
      attachmentsHtml(letter),
      letter.contact.length ? h('div', { class: 'contact' }, letter.contact.map((c) => h('p', {}, text(c)))) : [],
      h(
        'div',
        { class: 'seal', role: 'group', 'aria-label': WORDS.seal },
        h(
          'div',
          { class: 'seal-column' },
          h('div', { class: 'seal-box' }, text(`（${WORDS.seal}）`)),
          h('p', { class: 'seal-agency' }, text(letter.seal.agency)),
          h('p', { class: 'seal-date' }, h('time', { datetime: letter.seal.date }, text(letter.seal.dateText))),
        ),
      ),
    ]),
  );
  return htmlPage(letter.title, STYLESHEET, body);
}

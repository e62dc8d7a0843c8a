import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../token-rows.test-util.js';
import { decodeHtmlBytes } from './decode-html.js';
import { htmlSource, lineAtOffset } from './locate-element.js';
import { readHtmlString } from './read-html.js';

describe('locating the reader’s element paths in the page source', () => {
  for (const name of ['html/003-word-pasted.html', 'html/002-gbk.html']) {
    it(`every cell of ${name} points at its own start tag`, () => {
      const html = decodeHtmlBytes(new Uint8Array(readFileSync(join(FIXTURES, name))));
      const src = htmlSource(html);
      const seen = new Map<number, string>();
      let tableCells = 0;
      for (const t of readHtmlString(html).tokens) {
        if (t.kind !== 'cell' || t.at.kind !== 'element') continue;
        const path = t.at.path;
        const at = src.locate(path);
        expect(at, path).toBeTypeOf('number');
        // The tag named by the path's last element step (a `line[k]` step is a line inside it).
        const steps = path.split('/').filter((s) => !s.startsWith('line['));
        const tag = /^[a-z0-9]+/i.exec(steps.at(-1)!)![0];
        expect(html.slice(at!, at! + tag.length + 1).toLowerCase(), path).toBe(`<${tag}`);
        const prev = seen.get(at!);
        // Two paths share an element only as lines of one block.
        if (prev !== undefined) expect(prev.split('/line[')[0], path).toBe(path.split('/line[')[0]);
        seen.set(at!, path);
        if (/\/t[dh]\[\d+\]$/.test(path)) {
          tableCells++;
          // The cell's text (first few characters) follows its tag in the source.
          const plain = html.slice(at!, at! + 4000).replace(/<[^>]*>/g, '').replace(/&nbsp;|\s|\u00a0/g, '');
          expect(plain, path).toContain(t.text.replace(/[\s\u00a0]/g, '').slice(0, 4));
        }
      }
      expect(tableCells).toBeGreaterThan(50);
    });
  }

  it('names nothing for paths that are not there', () => {
    const src = htmlSource('<html><body><p>甲</p><table><tr><td>1</td></tr></table></body></html>');
    expect(src.locate('p[1]')).toBe(12);
    expect(src.locate('table[1]/tr[1]/td[1]')).toBe(src.text.indexOf('<td>'));
    for (const p of ['p[2]', 'table[1]/tr[2]/td[1]', 'table[1]/tr[1]/td[9]', 'table[3]', 'bogus', '<p>[1]', 'table[1]/caption']) expect(src.locate(p), p).toBeUndefined();
  });

  it('counts lines by newline', () => {
    expect(lineAtOffset('a\nb\nc', 0)).toBe(1);
    expect(lineAtOffset('a\nb\nc', 2)).toBe(2);
    expect(lineAtOffset('a\nb\nc', 4)).toBe(3);
  });
});

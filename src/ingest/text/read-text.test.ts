import { describe, expect, it } from 'vitest';
import { DENSE_LINES, readTextString } from './read-text.js';
import { tokenRows } from '../token-rows.test-util.js';

const cells = (text: string) => readTextString(text).tokens.flatMap((t) => (t.kind === 'cell' ? [t.text] : t.kind === 'gap' ? [`<gap ${t.size}>`] : []));

describe('readTextString', () => {
  it('reads one cell per line with blank lines between, extra blank lines as gaps', () => {
    const s = readTextString('规章\n\n0\n\n\n\n0\n\n0\n');
    expect(s.layout).toBe('lines');
    expect(cells('规章\n\n0\n\n\n\n0\n\n0\n')).toEqual(['规章', '0', '<gap 2>', '0', '0']);
  });

  it('calls text without blank-line separators or whitespace-only lines dense (blank cells leave no trace)', () => {
    expect(readTextString('规章\n0\n0\n行政许可\n5\n').layout).toBe(DENSE_LINES);
    expect(readTextString('规章\n0\n\u00a0\n0\n').layout).toBe('lines');
  });

  it('drops page numbers and the running title, also inside a table', () => {
    const text = ['某县2021年政府信息公开工作年度报告', '', '规章', '', '0', '', '- 2 -', '', '某县2021年政府信息公开工作年度报告', '', '0'].join('\n');
    expect(cells(text)).toEqual(['某县2021年政府信息公开工作年度报告', '规章', '0', '0']);
  });

  it('reads tab-separated rows as rows', () => {
    const s = readTextString('a\tb\tc\n'.repeat(6));
    expect(s.layout).toBe('tabs');
    expect(tokenRows(s.tokens)[0]).toEqual(['a', 'b', 'c']);
  });
});

import { describe, expect, it } from 'vitest';
import { DENSE_LINES, pipeRowCells, readTextString } from './read-text.js';
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

  it('reads a table row copied from a web page: empty cells between pipes, span fillers at the end', () => {
    const row = (line: string) => pipeRowCells(line).map((c) => c.trim());
    // A value before an empty last cell keeps its own cell (it used to swallow the pipe: "0  |").
    expect(row('行政事业性收费  | 5  | 7  | |')).toEqual(['行政事业性收费', '5', '7', '']);
    expect(row('一、本年新收政府信息公开申请数量 | 4 | | | | | | 4 |')).toEqual(['一、本年新收政府信息公开申请数量', '4', '', '', '', '', '', '4']);
    expect(row('第二十条第（一）项 | |||')).toEqual(['第二十条第（一）项']);
    expect(row('三、本年度办理结果 | （一）予以公开  | 3 | 0 | 0 | 0 | 0 | 1 | 4 | |')).toEqual(['三、本年度办理结果', '（一）予以公开', '3', '0', '0', '0', '0', '1', '4', '']);
    expect(row('行政许可 | 12 | ||')).toEqual(['行政许可', '12']);
    expect(row('本年新 |')).toEqual(['本年新']);
  });
});


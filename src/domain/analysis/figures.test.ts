import { describe, expect, it } from 'vitest';
import { cellSpecs } from '../annual-report/formats/index.js';
import { sampleReport } from '../annual-report/rules/test-helpers.test-util.js';
import { FIGURES_LAYOUT, figure, figuresOf, sumCells } from './figures.js';

describe('figures', () => {
  it('pins the cell order that FIGURES_LAYOUT names (change both together)', () => {
    // FNV-1a over every path of both formats, in order.
    let hash = 0x811c9dc5;
    for (const ch of JSON.stringify([cellSpecs('2019').map((s) => s.path), cellSpecs('2021').map((s) => s.path)])) {
      hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    }
    expect([FIGURES_LAYOUT, hash.toString(16)]).toEqual(['cells/1', 'a79cfd85']);
  });

  it('reads every cell of a report back by path', () => {
    const r = sampleReport('2021', { cells: { 'table3.granted.research': null } });
    const f = figuresOf(r);
    expect(f).toMatchObject({ format: '2021', year: r.year, publishedAt: r.publishedAt });
    expect(f.values).toHaveLength(cellSpecs('2021').length);
    expect(figure(f, 'table3.granted.total')).toBe(3);
    expect(figure(f, 'table2.adminFees.amountWan')).toBe(1.5);
    expect(figure(f, 'table3.granted.research')).toBeNull();
    expect(figure(f, 'table3.otherHandling.total.total')).toBeUndefined(); // 2021 stores no （六） subtotal
  });

  it('adds cells, and reports the blank ones instead of reading them as 0', () => {
    const f = figuresOf(sampleReport('2019', { cells: { 'table3.carriedOver.total': null } }));
    expect(sumCells(f, ['table3.newReceived.total', 'table3.granted.total'])).toEqual({ kind: 'value', value: 4 + 3 });
    expect(sumCells(f, ['table3.newReceived.total', 'table3.carriedOver.total'])).toEqual({ kind: 'blank', paths: ['table3.carriedOver.total'] });
    expect(sumCells(f, ['table9.nothing.total'])).toEqual({ kind: 'blank', paths: ['table9.nothing.total'] });
  });
});

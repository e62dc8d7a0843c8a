import { describe, expect, it } from 'vitest';
import { buildReport } from '../domain/annual-report/report.js';
import { formatValue, paragraphs, reportTitle, table2Layout, table3Layout, table4Layout, unitSentence } from './layout.js';

describe('table layouts', () => {
  it('places Table 3 rows on three label levels with group spans (2021)', () => {
    const rows = table3Layout(buildReport({ format: '2021' }));
    expect(rows).toHaveLength(25);
    const by = new Map(rows.map((r) => [r.path, r]));
    expect(by.get('newReceived')).toMatchObject({ level: 1, groups: [] });
    expect(by.get('granted')).toMatchObject({ level: 2, topStart: { label: '三、本年度办理结果', span: 22 } });
    expect(by.get('partialGrant')!.topStart).toBeUndefined();
    expect(by.get('denied.stateSecret')).toMatchObject({ level: 3, subStart: { label: '（三）不予公开', span: 8 }, flatLabel: '（三）不予公开 1.属于国家秘密' });
    expect(by.get('denied.stateSecret')!.topStart).toBeUndefined();
    expect(by.get('denied.lawForbidden')!.subStart).toBeUndefined();
    expect(by.get('otherHandling.overdueCorrection')!.subStart).toEqual({ label: '（六）其他处理', span: 3 });
    expect(by.get('totalProcessed')).toMatchObject({ level: 2, groups: ['三、本年度办理结果'], flatLabel: '三、本年度办理结果 （七）总计' });
    expect(by.get('carriedForward')).toMatchObject({ level: 1 });
    // Every merged cell covers exactly the rows that carry its label.
    for (const [i, r] of rows.entries()) {
      if (r.topStart) expect(rows.slice(i, i + r.topStart.span).every((x) => x.groups[0] === r.topStart!.label)).toBe(true);
      if (r.subStart) expect(rows.slice(i, i + r.subStart.span).every((x) => x.groups[1] === r.subStart!.label)).toBe(true);
    }
  });

  it('has one (六)其他处理 data row in 2019', () => {
    const rows = table3Layout(buildReport({ format: '2019' }));
    expect(rows).toHaveLength(23);
    expect(rows.find((r) => r.path === 'otherHandling.total')).toMatchObject({ level: 2, label: '（六）其他处理' });
    expect(rows.find((r) => r.topStart)!.topStart!.span).toBe(20);
  });

  it('lists Table 2 parts and Table 4 groups from the format', () => {
    expect(table2Layout(buildReport({ format: '2019' })).map((p) => p.caption)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
      '第二十条第（九）项',
    ]);
    const t4 = table4Layout(buildReport({ format: '2021' }));
    expect(t4.map((g) => [g.parent, g.label, g.cells.length])).toEqual([
      [null, '行政复议', 5],
      ['行政诉讼', '未经复议直接起诉', 5],
      ['行政诉讼', '复议后起诉', 5],
    ]);
  });
});

describe('layout helpers', () => {
  it('formats values as plain numbers and blanks as empty', () => {
    expect(formatValue(null)).toBe('');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(-19)).toBe('-19');
    expect(formatValue(88.78248)).toBe('88.78248');
    expect(formatValue(63744431.4)).toBe('63744431.4');
    expect(formatValue(1e21)).toBe('1000000000000000000000');
    expect(formatValue(1e-7)).toBe('0.0000001');
  });

  it('builds a title when the report has none', () => {
    expect(reportTitle(buildReport({ format: '2021', agency: '兴和县', year: 2024 }))).toBe('兴和县2024年政府信息公开工作年度报告');
    expect(reportTitle(buildReport({ format: '2021', title: '自定标题' }))).toBe('自定标题');
    expect(reportTitle(buildReport({ format: '2021' }))).toBe('政府信息公开工作年度报告');
  });

  it('splits section text into trimmed non-blank paragraphs', () => {
    expect(paragraphs(' 一 \r\n\n二\r三 ')).toEqual(['一', '二', '三']);
    expect(paragraphs(null)).toEqual([]);
  });

  it('states detected units', () => {
    expect(unitSentence(buildReport({ format: '2021' }))).toBeNull();
    expect(unitSentence(buildReport({ format: '2021', units: { 'table2.adminFees.amountWan': 'wan' } }))).toBe('注：金额单位——行政事业性收费·本年收费金额（单位：万元）：万元。');
  });
});

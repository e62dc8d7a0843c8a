import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../domain/analysis/figures.js';
import { agencyTrends } from '../../domain/analysis/trends.js';
import { sampleReport } from '../../domain/annual-report/rules/test-helpers.test-util.js';
import { renderSvgChart } from './svg-chart.js';
import { chartDescription, chartOption, pointText } from './trend-charts.js';

describe('renderSvgChart', () => {
  it('draws an SVG with a viewBox and no style block, and gives distinct ids to each chart', async () => {
    const option = { xAxis: { type: 'category' as const, data: ['2023年', '2024年'] }, yAxis: { type: 'value' as const }, series: [{ type: 'line' as const, name: '本年新收', data: [3, null] }] };
    const a = await renderSvgChart(option, { width: 400, height: 200 });
    const b = await renderSvgChart(option, { width: 400, height: 200 });
    expect(a).toMatch(/^<svg [^>]*viewBox="0 0 400 200"/);
    expect(a).not.toMatch(/<style|<script/);
    expect(a).toContain('2024年');
    const ids = (s: string) => [...s.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids(a)) expect(ids(b)).not.toContain(id);
  });
});

describe('trend charts', () => {
  const t = agencyTrends({ id: 1, name: '甲县' }, [
    { year: 2021, reportId: 1, figures: figuresOf(sampleReport('2021', { year: 2021 })) },
    { year: 2023, reportId: 2, figures: figuresOf(sampleReport('2021', { year: 2023, cells: { 'table3.newReceived.total': 9 } })) },
  ]);
  const applications = t.groups.find((g) => g.key === 'applications')!;

  it('turns points that are not numbers into gaps', () => {
    const option = chartOption(applications, t.years) as { series: { data: (number | null)[] }[] };
    expect(option.series[0]!.data).toEqual([4, null, 9]);
    expect(pointText({ kind: 'noReport' })).toBe('无报告');
  });

  it('describes the chart in words: first and last value of each series', () => {
    const text = chartDescription(applications, t.years);
    expect(text).toContain('2021—2023年');
    expect(text).toContain('本年新收由 4（2021年）变为 9（2023年）');
  });
});

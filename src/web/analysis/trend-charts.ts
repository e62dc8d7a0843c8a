/**
 * @module An agency's trends on its page: per group of series, a chart (server-side SVG) in a
 * `<figure>` whose image has a text alternative naming the first and last values of each series,
 * and beside it the same numbers in a table. Points that are not numbers are gaps in the chart and
 * words in the table (空白, 无此项, 无报告).
 */
import { html, raw } from 'hono/html';
import type { EChartsOption } from 'echarts';
import type { AgencyTrends, TrendGroup, TrendPoint, TrendSeries } from '../../domain/analysis/trends.js';
import type { Markup } from '../views/markup.js';
import { renderSvgChart } from './svg-chart.js';

/** Drawn at a phone-friendly size; CSS scales the SVG to the column (up to 45em). */
const SIZE = { width: 560, height: 340 } as const;
const FONT = 15;
/** Distinct marker shapes, so series differ by more than colour. */
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect'] as const;

export const POINT_WORDS: Readonly<Record<Exclude<TrendPoint['kind'], 'value'>, string>> = {
  blank: '空白',
  notInFormat: '无此项',
  noReport: '无报告',
};

export function pointText(p: TrendPoint): string {
  return p.kind === 'value' ? String(p.value) : POINT_WORDS[p.kind];
}

const numeric = (p: TrendPoint): number | null => (p.kind === 'value' ? p.value : null);

/** Groups drawn as stacked bars (parts of one whole); the others are lines. */
const STACKED = new Set(['outcomes']);

export function chartOption(group: TrendGroup, years: readonly number[]): EChartsOption {
  const stacked = STACKED.has(group.key);
  return {
    grid: { left: 56, right: 24, top: 24, bottom: 72, containLabel: true },
    legend: { bottom: 0, left: 'center', itemGap: 16, textStyle: { fontSize: FONT } },
    xAxis: { type: 'category', data: years.map((y) => `${y}年`), axisLabel: { fontSize: FONT } },
    yAxis: { type: 'value', minInterval: group.series.every((s) => s.unit === 'count') ? 1 : 0, axisLabel: { fontSize: FONT } },
    series: group.series.map((s, i) =>
      stacked
        ? { name: s.label.zh, type: 'bar' as const, stack: 'total', data: s.points.map((p) => numeric(p) ?? '-') }
        : { name: s.label.zh, type: 'line' as const, connectNulls: false, symbol: SYMBOLS[i % SYMBOLS.length], symbolSize: 8, data: s.points.map(numeric) },
    ),
  };
}

/** `本年新收由 4（2019年）变为 26（2024年）`, or what is known. */
function seriesSentence(s: TrendSeries, years: readonly number[]): string {
  const known = s.points.flatMap((p, i) => (p.kind === 'value' ? [{ year: years[i]!, value: p.value }] : []));
  if (known.length === 0) return `${s.label.zh}无数值`;
  const first = known[0]!;
  const last = known[known.length - 1]!;
  if (known.length === 1) return `${s.label.zh}仅 ${first.year}年有数值：${first.value}`;
  return `${s.label.zh}由 ${first.value}（${first.year}年）变为 ${last.value}（${last.year}年）`;
}

function yearSpan(years: readonly number[]): string {
  return years.length > 1 ? `${years[0]}—${years[years.length - 1]}年` : `${years[0]}年`;
}

export function chartDescription(group: TrendGroup, years: readonly number[]): string {
  const span = yearSpan(years);
  const kind = STACKED.has(group.key) ? '堆叠柱状图' : '折线图';
  return `${kind}：${group.label.zh}，${span}。${group.series.map((s) => seriesSentence(s, years)).join('；')}。各年数值见下表。`;
}

function trendTable(group: TrendGroup, years: readonly number[], id: string): Markup {
  return html`<div class="table-wrap"><table class="list trend-table" id="${id}-table">
<caption>${group.label.zh}：各年数值</caption>
<thead><tr><th scope="col">指标</th>${years.map((y) => html`<th scope="col">${y}年</th>`)}</tr></thead>
<tbody>${group.series.map(
    (s) => html`<tr><th scope="row">${s.label.zh}</th>${s.points.map((p) => html`<td class="${p.kind === 'value' ? 'num' : 'num missing'}">${pointText(p)}</td>`)}</tr>`,
  )}</tbody>
</table></div>`;
}

/** One section per group: heading, chart figure, table. */
export async function trendSections(trends: AgencyTrends): Promise<Markup[]> {
  const out: Markup[] = [];
  for (const group of trends.groups) {
    const id = `trend-${group.key}`;
    // The SVG comes from ECharts, fed only with our own labels and numbers; nothing from a document.
    const svg = await renderSvgChart(chartOption(group, trends.years), SIZE);
    out.push(html`<section class="trend" aria-labelledby="${id}">
<h3 id="${id}">${group.label.zh}</h3>
<figure class="chart" aria-labelledby="${id}-caption">
<div class="chart-image" role="img" aria-label="${chartDescription(group, trends.years)}">${raw(svg)}</div>
<figcaption id="${id}-caption">图：${group.label.zh}（${yearSpan(trends.years)}）。数值见下表。</figcaption>
</figure>
${trendTable(group, trends.years, id)}
</section>`);
  }
  return out;
}

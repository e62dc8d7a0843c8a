/**
 * @module Charts drawn on the server as SVG with Apache ECharts (ADR 0043): no client script,
 * nothing the strict CSP would block. ECharts is loaded on the first chart only. Every chart is
 * disposed after rendering — a live chart keeps a timer that would hold the process open.
 */
import type * as EChartsModuleNs from 'echarts';
import type { EChartsOption } from 'echarts';

type EChartsModule = typeof EChartsModuleNs;
let loading: Promise<EChartsModule> | undefined;

function echarts(): Promise<EChartsModule> {
  loading ??= import('echarts');
  return loading;
}

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The chart as one `<svg>` element (with a `viewBox`, so CSS can scale it). The hover rules
 * ECharts adds in a `<style>` block are dropped: there is no pointer interaction to style.
 */
export async function renderSvgChart(option: EChartsOption, size: ChartSize): Promise<string> {
  const lib = await echarts();
  const chart = lib.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, aria: { enabled: false }, ...option });
    return chart.renderToSVGString().replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
  } finally {
    chart.dispose();
  }
}

/**
 * @module The tables of the analysis views as data (data-table.ts): what the CSV and XLSX
 * downloads hold and what the API returns beside them. The labels are those of the pages.
 */
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import { getCell } from '../../domain/annual-report/report.js';
import { METRICS, METRIC_KEYS, MIN_CASES, type MetricKey, type Rate, type RankedRow } from '../../domain/analysis/comparison.js';
import type { RegionRollup } from '../../domain/analysis/region-rollup.js';
import type { AgencyStatus, RegionStatus, Timeliness } from '../../domain/analysis/region-status.js';
import type { AgencyTrends } from '../../domain/analysis/trends.js';
import type { AgencyLevel } from '../../domain/agency/agency.js';
import type { DataTable, DataValue } from './data-table.js';
import { POINT_WORDS } from './trend-charts.js';

export const LEVEL_LABELS: Readonly<Record<AgencyLevel, string>> = { province: '省级', city: '市级', county: '县级', department: '部门', township: '乡镇（街道）' };
const TABLE_LABELS = { table2: '表二', table3: '表三', table4: '表四' } as const;

const BLANK_NOTE = '空白的合计单元格：至少一个机关的报告该格空白，合计不完整；空白不按 0 计。“已知部分合计”为其余机关之和。';

export function rollupTable(r: RegionRollup): DataTable {
  const rows: DataValue[][] = [];
  for (const part of r.parts) {
    const incomplete = new Map(part.incomplete.map((c) => [c.path, c]));
    for (const spec of cellSpecs(part.format)) {
      if (spec.table === 'table2') continue;
      const gap = incomplete.get(spec.path);
      rows.push([
        part.format,
        TABLE_LABELS[spec.table],
        spec.rowLabel,
        spec.colLabel,
        spec.path,
        getCell(part.report, spec.path) ?? null,
        gap ? gap.knownSum : null,
        gap ? gap.blankIn.map((a) => a.name).join('、') : null,
      ]);
    }
  }
  return {
    name: 'sums',
    title: `${r.region.name}${r.year}年度表三、表四合计`,
    columns: [
      { label: '表格格式', kind: 'text' },
      { label: '表', kind: 'text' },
      { label: '行', kind: 'text' },
      { label: '列', kind: 'text' },
      { label: '路径', kind: 'text' },
      { label: '合计', kind: 'count' },
      { label: '已知部分合计', kind: 'count' },
      { label: '该格空白的机关', kind: 'text' },
    ],
    rows,
    notes: [
      BLANK_NOTE,
      '只合计同一表格格式的报告：2019 格式（2019—2020 年度）与 2021 格式（2021 年度起）的表格不同，分别合计。',
      '每个机关取其当年的现行报告（已匹配机关、编号最大的一份）的最新版本。',
    ],
  };
}

export function timelinessText(t: Timeliness | undefined): string {
  if (!t) return '未报送';
  switch (t.kind) {
    case 'onTime':
      return '按期';
    case 'late':
      return `逾期 ${t.daysLate} 天`;
    case 'dateUnknown':
      return '发布日期不明';
    case 'noDeadline':
      return '无统一期限';
  }
}

function deadlineOf(t: Timeliness | undefined): string | null {
  return t && t.kind !== 'noDeadline' ? t.deadline : null;
}

export function statusTable(s: RegionStatus, regionName: string): DataTable {
  const names = new Map(s.rows.map((r) => [r.agency.id, r.agency.name]));
  const row = (r: AgencyStatus): DataValue[] => [
    r.agency.name,
    LEVEL_LABELS[r.agency.level],
    r.agency.parentId === null ? null : (names.get(r.agency.parentId) ?? null),
    r.report ? r.report.reportId : null,
    r.report ? r.report.format : null,
    r.report?.publishedAt ?? null,
    deadlineOf(r.report?.timeliness),
    timelinessText(r.report?.timeliness),
    r.report ? r.report.errors : null,
    r.report ? r.report.errorRules.join('、') : null,
    r.report ? r.report.warnings : null,
    r.report ? r.report.reportsThatYear : null,
  ];
  return {
    name: 'status',
    title: `${regionName}${s.year}年度报送情况`,
    columns: [
      { label: '机关', kind: 'text' },
      { label: '层级', kind: 'text' },
      { label: '上级机关', kind: 'text' },
      { label: '报告编号', kind: 'count' },
      { label: '表格格式', kind: 'text' },
      { label: '发布日期', kind: 'text' },
      { label: '公布期限', kind: 'text' },
      { label: '按期情况', kind: 'text' },
      { label: '错误数', kind: 'count' },
      { label: '错误规则', kind: 'text' },
      { label: '警告数', kind: 'count' },
      { label: '当年报告份数', kind: 'count' },
    ],
    rows: s.rows.map(row),
    notes: [
      '公布期限（《政府信息公开条例》第四十九条）：政府部门为次年 1 月 31 日，县级以上人民政府为次年 3 月 31 日；乡镇（街道）按当地安排，此处不计期限。',
      '发布日期取自报告本身；报告未写明的记为“发布日期不明”。',
      '同一机关同一年度有多份报告时，采用编号最大（最后上传）的一份。',
    ],
  };
}

/** `（予以公开 + 部分公开）÷ （七）总计`: a sum in parentheses, so the order is plain. */
export function formulaText(k: MetricKey): string {
  const part = (t: string) => (t.replace(/（[^）]*）/g, '').includes('+') ? `（${t}）` : t);
  return `${part(METRICS[k].numerator.zh)} ÷ ${part(METRICS[k].denominator.zh)}`;
}

function rateCells(rate: Rate): DataValue[] {
  switch (rate.status) {
    case 'ok':
      return [rate.value, rate.numerator, rate.denominator, '可比'];
    case 'tooFew':
      return [rate.value, rate.numerator, rate.denominator, rate.denominator === 0 ? '无案件' : '样本过小'];
    case 'incomplete':
      return [null, null, null, '数据不全'];
  }
}

export function comparisonTable(rows: readonly RankedRow[], regionName: string, year: number): DataTable {
  return {
    name: 'comparison',
    title: `${regionName}${year}年度各机关比较`,
    columns: [
      { label: '排名', kind: 'count' },
      { label: '机关', kind: 'text' },
      { label: '报告编号', kind: 'count' },
      { label: '表格格式', kind: 'text' },
      ...METRIC_KEYS.flatMap((k) => [
        { label: METRICS[k].label.zh, kind: 'rate' as const },
        { label: `${METRICS[k].label.zh}·分子`, kind: 'count' as const },
        { label: `${METRICS[k].label.zh}·分母`, kind: 'count' as const },
        { label: `${METRICS[k].label.zh}·状态`, kind: 'text' as const },
      ]),
    ],
    rows: rows.map((r) => [r.rank, r.agency.name, r.reportId, r.format, ...METRIC_KEYS.flatMap((k) => rateCells(r.metrics[k]))]),
    notes: [
      ...METRIC_KEYS.map((k) => `${METRICS[k].label.zh} = ${formulaText(k)}。`),
      `分母少于 ${MIN_CASES} 件时，比率照常列出但标为“样本过小”，不参加排名：件数太少时一件之差就使比率变动十个百分点以上，排名只反映偶然。`,
      '所需单元格有空白时标为“数据不全”，不按 0 计算。排名按所选指标，并列者名次相同。',
    ],
  };
}

export function trendsTable(t: AgencyTrends): DataTable {
  const rows: DataValue[][] = [];
  for (const g of t.groups)
    for (const s of g.series)
      s.points.forEach((p, i) => {
        rows.push([g.label.zh, s.label.zh, t.years[i]!, p.kind === 'value' ? p.value : null, p.kind === 'value' ? null : POINT_WORDS[p.kind]]);
      });
  return {
    name: 'trends',
    title: `${t.agency.name}历年趋势`,
    columns: [
      { label: '分组', kind: 'text' },
      { label: '指标', kind: 'text' },
      { label: '年度', kind: 'count' },
      { label: '数值', kind: 'amount' },
      { label: '说明', kind: 'text' },
    ],
    rows,
    notes: [
      '每年取该机关当年的现行报告（已匹配机关、编号最大的一份）。',
      '说明：空白——报告中相关单元格空白（不按 0 计）；无此项——该年所用表格格式没有此项（如 2019 格式没有收费金额）；无报告——该年没有报告。',
      '行政事业性收费金额单位为万元（2021 格式表二）。',
    ],
  };
}

/**
 * @module Test helper: small, fully consistent reports of either format, so each rule test
 * changes only the cells it needs. Every template cell has a value; the sample passes every rule.
 */
import type { FormatId } from '../columns.js';
import { cellSpecs } from '../formats/index.js';
import { buildReport, type AnnualReport, type CellValue, type ReportInit } from '../report.js';

const TABLE2: Readonly<Record<FormatId, Readonly<Record<string, number>>>> = {
  '2019': {
    'regulations.totalPublished': 3,
    'normativeDocs.newlyMade': 2,
    'normativeDocs.newlyPublished': 2,
    'normativeDocs.totalPublished': 10,
    'licensing.prevYearItems': 10,
    'licensing.yearChange': 2,
    'licensing.decisions': 50,
    'otherServices.prevYearItems': 4,
    'otherServices.decisions': 8,
    'penalty.prevYearItems': 5,
    'penalty.yearChange': -1,
    'penalty.decisions': 3,
    'coercion.prevYearItems': 1,
    'adminFees.prevYearItems': 2,
    'centralProcurement.items': 3,
    'centralProcurement.amount': 12.5,
  },
  '2021': {
    'normativeDocs.issued': 2,
    'normativeDocs.repealed': 1,
    'normativeDocs.inForce': 11,
    'licensing.decisions': 50,
    'penalty.decisions': 3,
    'adminFees.amountWan': 1.5,
  },
};

const OTHER_ROW: Readonly<Record<FormatId, string>> = { '2019': 'otherHandling.total', '2021': 'otherHandling.overdueCorrection' };

function table3(format: FormatId): Record<string, number> {
  return {
    'newReceived.naturalPerson': 3,
    'newReceived.commercial': 1,
    'newReceived.total': 4,
    'carriedOver.naturalPerson': 1,
    'carriedOver.total': 1,
    'granted.naturalPerson': 2,
    'granted.commercial': 1,
    'granted.total': 3,
    'unableToProvide.notHeld.naturalPerson': 1,
    'unableToProvide.notHeld.total': 1,
    [`${OTHER_ROW[format]}.naturalPerson`]: 1,
    [`${OTHER_ROW[format]}.total`]: 1,
    'totalProcessed.naturalPerson': 4,
    'totalProcessed.commercial': 1,
    'totalProcessed.total': 5,
  };
}

const TABLE4: Readonly<Record<string, number>> = {
  'reconsideration.upheld': 1,
  'reconsideration.corrected': 1,
  'reconsideration.total': 2,
  'litigationDirect.pending': 1,
  'litigationDirect.total': 1,
};

/** Every template cell of the sample: the values above, 0 elsewhere. */
export function sampleCells(format: FormatId): Record<string, CellValue> {
  const given: Record<string, number> = {};
  for (const [k, v] of Object.entries(TABLE2[format])) given[`table2.${k}`] = v;
  for (const [k, v] of Object.entries(table3(format))) given[`table3.${k}`] = v;
  for (const [k, v] of Object.entries(TABLE4)) given[`table4.${k}`] = v;
  return Object.fromEntries(cellSpecs(format).map((s) => [s.path, given[s.path] ?? 0]));
}

export const SAMPLE_YEAR: Readonly<Record<FormatId, number>> = { '2019': 2019, '2021': 2022 };

export type SampleInit = Partial<Omit<ReportInit, 'format' | 'cells'>> & { cells?: Readonly<Record<string, CellValue>> };

/** A consistent report; `init.cells` overrides single cells, other fields replace the defaults. */
export function sampleReport(format: FormatId, init: SampleInit = {}): AnnualReport {
  const year = init.year !== undefined ? init.year : SAMPLE_YEAR[format];
  const { cells, ...rest } = init;
  return buildReport({
    format,
    year,
    agency: '示例县人民政府',
    title: `示例县人民政府${year ?? ''}年政府信息公开工作年度报告`,
    publishedAt: year === null ? null : `${year + 1}-01-20`,
    sections: {
      overview: `${year ?? '本'}年，共收到政府信息公开申请4件，全部按期答复。因政府信息公开产生行政复议2件，行政诉讼1件。`,
      otherMatters: format === '2021' ? '本年度未收取信息处理费。' : '无。',
    },
    units: format === '2019' ? { 'table2.centralProcurement.amount': 'wan' } : {},
    ...rest,
    cells: { ...sampleCells(format), ...cells },
  });
}

/**
 * Last year's report matching `sampleReport(format)`: its 结转下年 (1 natural person) is this
 * year's 上年结转, and for 2021 its 现行有效 行政规范性文件 is 10 (10 + 2 − 1 = 11).
 */
export function samplePrevious(format: FormatId, init: SampleInit = {}): AnnualReport {
  const other = OTHER_ROW[format];
  return sampleReport(format, {
    year: SAMPLE_YEAR[format] - 1,
    ...init,
    cells: {
      [`table3.${other}.naturalPerson`]: 0,
      [`table3.${other}.total`]: 0,
      'table3.totalProcessed.naturalPerson': 3,
      'table3.totalProcessed.total': 4,
      'table3.carriedForward.naturalPerson': 1,
      'table3.carriedForward.total': 1,
      ...(format === '2021' ? { 'table2.normativeDocs.inForce': 10 } : {}),
      ...init.cells,
    },
  });
}

import { describe, expect, it } from 'vitest';
import { cellSpecs } from '../annual-report/formats/index.js';
import { FORMAT_IDS } from '../annual-report/columns.js';
import { sampleReport } from '../annual-report/rules/test-helpers.test-util.js';
import { TREND_GROUPS, agencyTrends } from './trends.js';
import { figuresOf } from './figures.js';

const AGENCY = { id: 7, name: '甲县' };

describe('TREND_GROUPS', () => {
  it('names only cells each format really has', () => {
    for (const g of TREND_GROUPS)
      for (const s of g.series)
        for (const f of FORMAT_IDS) {
          const paths = s.cells[f];
          if (paths === null) continue;
          const known = new Set(cellSpecs(f).map((c) => c.path));
          for (const p of paths) expect(known.has(p), `${g.key}.${s.key} ${f}: ${p}`).toBe(true);
        }
  });
});

describe('agencyTrends', () => {
  // 2019 (format 2019), no 2020 report, 2021 and 2022 (format 2021).
  const r2019 = sampleReport('2019', { year: 2019, cells: { 'table2.licensing.decisions': 40, 'table3.newReceived.total': 4 } });
  const r2021 = sampleReport('2021', { year: 2021, cells: { 'table2.licensing.decisions': 55, 'table2.adminFees.amountWan': 0.1 } });
  const r2022 = sampleReport('2021', { year: 2022, cells: { 'table3.granted.total': null, 'table2.adminFees.amountWan': 0.2 } });
  const t = agencyTrends(AGENCY, [
    { year: 2022, reportId: 3, figures: figuresOf(r2022) },
    { year: 2019, reportId: 1, figures: figuresOf(r2019) },
    { year: 2021, reportId: 2, figures: figuresOf(r2021) },
  ]);
  const series = (g: string, s: string) => t.groups.find((x) => x.key === g)!.series.find((x) => x.key === s)!.points;

  it('covers every year from the first report to the last', () => {
    expect(t.years).toEqual([2019, 2020, 2021, 2022]);
    expect(t.reports).toEqual([{ reportId: 1, format: '2019' }, null, { reportId: 2, format: '2021' }, { reportId: 3, format: '2021' }]);
  });

  it('adds new and carried-over applications (the sample: 4 new, 1 carried over)', () => {
    expect(series('applications', 'received')).toEqual([{ kind: 'value', value: 5 }, { kind: 'noReport' }, { kind: 'value', value: 5 }, { kind: 'value', value: 5 }]);
  });

  it('maps Table 2 per format and marks figures a format lacks', () => {
    expect(series('enforcement', 'licensing').map((p) => (p.kind === 'value' ? p.value : p.kind))).toEqual([40, 'noReport', 55, 50]);
    expect(series('fees', 'adminFeesWan')).toEqual([{ kind: 'notInFormat', format: '2019' }, { kind: 'noReport' }, { kind: 'value', value: 0.1 }, { kind: 'value', value: 0.2 }]);
  });

  it('keeps a blank a blank', () => {
    expect(series('outcomes', 'granted')[3]).toEqual({ kind: 'blank', paths: ['table3.granted.total'] });
  });

  it('adds the two litigation groups per outcome (the sample: 1 direct, pending)', () => {
    expect(series('litigation', 'pending')[0]).toEqual({ kind: 'value', value: 1 });
    expect(series('litigation', 'total')[0]).toEqual({ kind: 'value', value: 1 });
    expect(series('reconsideration', 'corrected')[0]).toEqual({ kind: 'value', value: 1 });
  });

  it('is empty without reports', () => {
    expect(agencyTrends(AGENCY, [])).toMatchObject({ years: [], reports: [] });
  });
});

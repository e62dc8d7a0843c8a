import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellSpecs } from '../annual-report/formats/index.js';
import { getCell, type AnnualReport } from '../annual-report/report.js';
import { checkReport } from '../annual-report/rules/index.js';
import { sampleReport } from '../annual-report/rules/test-helpers.test-util.js';
import { figure, figuresOf, type MemberReport } from './figures.js';
import { ROLLUP_INCOMPLETE, ROLLUP_MIXED_FORMAT, rollUpRegion } from './region-rollup.js';
import { consistentReport, rng } from './consistent-cells.test-util.js';

const REGION = { id: 1, name: '示范市' };
const member = (id: number, name: string, report: AnnualReport): MemberReport => ({ agency: { id, name }, reportId: 100 + id, figures: figuresOf(report) });
const hardRuleFindings = (r: AnnualReport) => checkReport(r).filter((f) => ['R1', 'R2', 'R3', 'R3b', 'R4'].includes(f.rule));
const t34 = (format: '2019' | '2021') => cellSpecs(format).filter((s) => s.table !== 'table2');

describe('rollUpRegion', () => {
  it('sums every Table-3 and Table-4 cell of the members', () => {
    const next = rng(7);
    const reports = [consistentReport('2021', 2024, next), consistentReport('2021', 2024, next), consistentReport('2021', 2024, next)];
    const out = rollUpRegion(REGION, 2024, reports.map((r, i) => member(i + 2, `县${i}`, r)));
    expect(out.parts).toHaveLength(1);
    const part = out.parts[0]!;
    expect(part.format).toBe('2021');
    expect(part.report.agency).toBe('示范市');
    expect(part.incomplete).toEqual([]);
    for (const spec of t34('2021')) {
      let expected = 0;
      for (const r of reports) expected += getCell(r, spec.path)!;
      expect(getCell(part.report, spec.path), spec.path).toBe(expected);
    }
    // Table 2 is not summed.
    expect(getCell(part.report, 'table2.licensing.decisions')).toBeNull();
    expect(part.findings).toEqual([]);
  });

  it('gives the sample figures three times over for three copies of the sample', () => {
    const r = sampleReport('2019');
    const out = rollUpRegion(REGION, 2019, [member(2, 'A', r), member(3, 'B', r), member(4, 'C', r)]);
    const sum = out.parts[0]!.report;
    // The sample: 4 new applications, 1 carried over, 3 granted, 5 processed; 2 reconsiderations (1 upheld, 1 corrected).
    expect(getCell(sum, 'table3.newReceived.total')).toBe(12);
    expect(getCell(sum, 'table3.carriedOver.total')).toBe(3);
    expect(getCell(sum, 'table3.granted.total')).toBe(9);
    expect(getCell(sum, 'table3.totalProcessed.total')).toBe(15);
    expect(getCell(sum, 'table4.reconsideration.corrected')).toBe(3);
    expect(getCell(sum, 'table4.reconsideration.total')).toBe(6);
  });

  it('passes R1–R4 whenever every member does (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 8 }), fc.constantFrom('2019' as const, '2021' as const), (seed, n, format) => {
        const next = rng(seed);
        const year = format === '2019' ? 2020 : 2023;
        const reports = Array.from({ length: n }, () => consistentReport(format, year, next));
        for (const r of reports) expect(hardRuleFindings(r)).toEqual([]);
        const members = reports.map((r, i) => member(i + 2, `机关${i}`, r));
        
        const part = rollUpRegion(REGION, year, members).parts[0]!;
        expect(hardRuleFindings(part.report)).toEqual([]);
        expect(part.findings).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('carries a member’s imbalance into the sum unchanged', () => {
    const next = rng(3);
    const good = consistentReport('2021', 2022, next);
    const base = consistentReport('2021', 2022, next);
    const bad = { ...base, table3: { ...base.table3, newReceived: { ...(base.table3['newReceived'] as object), naturalPerson: (getCell(base, 'table3.newReceived.naturalPerson') ?? 0) + 2 } } } as AnnualReport;
    const part = rollUpRegion(REGION, 2022, [member(2, '甲', good), member(3, '乙', bad)]).parts[0]!;
    const r1 = part.findings.filter((f) => f.rule === 'R1');
    expect(r1).toHaveLength(1);
    expect(r1[0]!.expected! - r1[0]!.actual!).toBe(2);
    expect(r1[0]!.paths).toContain('table3.newReceived.naturalPerson');
  });

  it('never turns a blank into 0: the sum cell is blank, the known part and the agencies are listed', () => {
    const next = rng(11);
    const a = consistentReport('2021', 2024, next);
    // 乙县 leaves 直接起诉 总计 blank although its parts are filled in.
    const b = consistentReport('2021', 2024, next, { 'table4.litigationDirect.upheld': 1, 'table4.litigationDirect.total': null });
    const out = rollUpRegion(REGION, 2024, [member(2, '甲县', a), member(3, '乙县', b)]);
    const part = out.parts[0]!;
    expect(getCell(part.report, 'table4.litigationDirect.total')).toBeNull();
    const cell = part.incomplete.find((c) => c.path === 'table4.litigationDirect.total');
    expect(cell).toEqual({ path: 'table4.litigationDirect.total', knownSum: getCell(a, 'table4.litigationDirect.total'), blankIn: [{ id: 3, name: '乙县' }] });
    expect(part.incomplete).toHaveLength(1);
    const f = part.findings.filter((x) => x.rule === ROLLUP_INCOMPLETE);
    expect(f).toHaveLength(1);
    expect(f[0]!.message.zh).toContain('乙县');
    expect(f[0]!.paths).toEqual(['table4.litigationDirect.total']);
    // 乙县's total is blank while its parts are not: R4 on the known sums says so, noting the blank.
    const r4 = part.findings.find((x) => x.rule === 'R4');
    expect(r4?.blanksAsZero).toBe(true);
    expect(r4?.message.zh).toContain('空白单元格按 0 计');
  });

  it('a blank that stands for 0 leaves the known sums balanced: no rule finding, only the incomplete cell', () => {
    const a = consistentReport('2019', 2020, rng(5));
    // The sample has no 国家秘密 refusals: a blank there stands for 0.
    expect(getCell(sampleReport('2019'), 'table3.denied.stateSecret.research')).toBe(0);
    const withBlank = sampleReport('2019', { year: 2020, cells: { 'table3.denied.stateSecret.research': null } });
    const part = rollUpRegion(REGION, 2020, [member(2, '甲', a), member(3, '乙', withBlank)]).parts[0]!;
    expect(getCell(part.report, 'table3.denied.stateSecret.research')).toBeNull();
    expect(part.incomplete.map((c) => c.path)).toEqual(['table3.denied.stateSecret.research']);
    expect(part.findings.map((f) => f.rule)).toEqual([ROLLUP_INCOMPLETE]);
  });

  it('sums each format on its own and says which agencies used the other one', () => {
    const next = rng(9);
    const members = [
      member(2, '甲县', consistentReport('2021', 2021, next)),
      member(3, '乙县', consistentReport('2019', 2021, next)),
      member(4, '丙县', consistentReport('2021', 2021, next)),
    ];
    const out = rollUpRegion(REGION, 2021, members);
    expect(out.expectedFormat).toBe('2021');
    expect(out.parts.map((p) => [p.format, p.members.map((m) => m.agency.name)])).toEqual([
      ['2021', ['甲县', '丙县']],
      ['2019', ['乙县']],
    ]);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]!.rule).toBe(ROLLUP_MIXED_FORMAT);
    expect(out.findings[0]!.message.zh).toContain('乙县');
    expect(out.findings[0]!.message.zh).not.toContain('甲县');
    const expected = figure(members[0]!.figures, 'table3.newReceived.total')! + figure(members[2]!.figures, 'table3.newReceived.total')!;
    expect(getCell(out.parts[0]!.report, 'table3.newReceived.total')).toBe(expected);
    // 2021 has no stored （六）其他处理 row; 2019 has.
    expect(getCell(out.parts[1]!.report, 'table3.otherHandling.total.total')).toBe(figure(members[1]!.figures, 'table3.otherHandling.total.total'));
  });

  it('has nothing to sum without reports', () => {
    const out = rollUpRegion(REGION, 2024, []);
    expect(out.parts).toEqual([]);
    expect(out.findings).toEqual([]);
  });
});

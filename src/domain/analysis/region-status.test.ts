import { describe, expect, it } from 'vitest';
import { regionStatus, timeliness, type StatusAgency, type StatusReport } from './region-status.js';

const agencies: StatusAgency[] = [
  { id: 1, name: '示范市', level: 'city', parentId: null, depth: 0 },
  { id: 2, name: '甲县', level: 'county', parentId: 1, depth: 1 },
  { id: 3, name: '甲县教育局', level: 'department', parentId: 2, depth: 2 },
  { id: 4, name: '甲县财政局', level: 'department', parentId: 2, depth: 2 },
  { id: 5, name: '某镇', level: 'township', parentId: 2, depth: 2 },
  { id: 6, name: '乙县', level: 'county', parentId: 1, depth: 1 },
];

const report = (agencyId: number, publishedAt: string | null, findings: { rule: string; severity: string }[] = []): StatusReport => ({
  agencyId,
  reportId: agencyId * 10,
  format: '2021',
  publishedAt,
  errors: findings.filter((f) => f.severity === 'error').length,
  warnings: findings.filter((f) => f.severity === 'warning').length,
  errorRules: [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.rule))],
  reportsThatYear: 1,
});

describe('regionStatus', () => {
  const status = regionStatus(2024, agencies, [
    report(1, '2025-03-31'), // city: on the last day
    report(2, '2025-04-02', [
      { rule: 'R1', severity: 'error' },
      { rule: 'R1', severity: 'error' },
      { rule: 'W5', severity: 'warning' },
    ]),
    report(3, '2025-02-01'), // department: one day after 31 January
    report(5, '2025-06-01'), // township: no statutory date
    report(6, null, [{ rule: 'R6', severity: 'error' }]),
  ]);

  it('lists agencies without a report', () => {
    expect(status.missing.map((r) => r.agency.name)).toEqual(['甲县财政局']);
    expect(status.rows).toHaveLength(6);
  });

  it('finds late publication by the deadline of the agency’s level', () => {
    expect(status.late.map((r) => [r.agency.name, r.report?.timeliness])).toEqual([
      ['甲县', { kind: 'late', deadline: '2025-03-31', daysLate: 2 }],
      ['甲县教育局', { kind: 'late', deadline: '2025-01-31', daysLate: 1 }],
    ]);
    expect(status.rows[0]!.report?.timeliness).toEqual({ kind: 'onTime', deadline: '2025-03-31' });
    expect(status.rows[4]!.report?.timeliness).toEqual({ kind: 'noDeadline' });
    expect(status.dateUnknown.map((r) => r.agency.name)).toEqual(['乙县']);
  });

  it('lists the reports with error findings', () => {
    expect(status.withErrors.map((r) => [r.agency.name, r.report?.errors, r.report?.errorRules, r.report?.warnings])).toEqual([
      ['甲县', 2, ['R1'], 1],
      ['乙县', 1, ['R6'], 0],
    ]);
  });
});

describe('timeliness', () => {
  it('treats an unreadable date as unknown, not as late', () => {
    expect(timeliness('county', 2024, '2025年4月1日')).toEqual({ kind: 'dateUnknown', deadline: '2025-03-31' });
  });
});

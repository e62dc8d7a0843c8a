import { describe, expect, it } from 'vitest';
import { getFormat } from '../annual-report/formats/index.js';
import { OUTCOMES, outcomeLabel, outcomeRow } from './outcome.js';

describe('outcome → Table-3 row (domain.md §3.4)', () => {
  it.each([
    ['alreadyPublic', 'granted'],
    ['disclosed', 'granted'],
    ['partiallyDisclosed', 'partialGrant'],
    ['refused:stateSecret', 'denied.stateSecret'],
    ['refused:adminQuery', 'denied.adminQuery'],
    ['specialLaw', 'denied.adminQuery'],
    ['notExist', 'unableToProvide.notHeld'],
    ['notThisAgency', 'unableToProvide.notHeld'],
    ['needsCreation', 'unableToProvide.needsCreation'],
    ['unclearAfterCorrection', 'unableToProvide.unclearAfterCorrection'],
    ['notProcessed:petition', 'notProcessed.petition'],
    ['notProcessed:repeat', 'notProcessed.repeated'],
    ['notProcessed:publication', 'notProcessed.publication'],
    ['notProcessed:massive', 'notProcessed.massiveUnjustified'],
    ['notProcessed:confirm', 'notProcessed.confirmOrReissue'],
    ['abandonedNoCorrection', 'otherHandling.overdueCorrection'],
    ['abandonedNoFee', 'otherHandling.overdueFee'],
    ['otherClosed', 'otherHandling.other'],
  ] as const)('%s → %s', (outcome, row) => {
    expect(outcomeRow(outcome, '2021')).toBe(row);
  });

  it('every outcome lands on a data row of both formats; 其他处理 is one row in 2019', () => {
    for (const format of ['2019', '2021'] as const) {
      const rows = new Set(getFormat(format).table3.map((r) => r.path));
      for (const o of OUTCOMES) expect(rows.has(outcomeRow(o, format)), `${format} ${o}`).toBe(true);
    }
    expect(outcomeRow('abandonedNoFee', '2019')).toBe('otherHandling.total');
    expect(OUTCOMES.every((o) => outcomeLabel(o) !== o)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { isGongkaiError } from '../domain/shared/errors.js';
import { parseCaseFile, parseCaseJson } from './case-file.js';
import { AGENCY, APPLICANT, application } from './example-letters.test-util.js';

const file = () => ({
  schema: 'gongkai.case/1',
  agency: { name: AGENCY.name, reconsiderationBody: '某某县人民政府' },
  events: [
    { type: 'register', on: '2024-09-27', caseId: ' 2024-017 ', application: application(), receipt: { channel: 'inPerson', handedIn: '2024-09-27' } },
    { type: 'feeNotice', on: '2024-09-30', basis: { method: 'perVolume', pages: 250 }, amountYuan: 4700 },
  ],
  details: { withheld: { part: '身份证号码', ground: 'thirdPartyRights' }, attachments: ['答复材料'] },
  policy: { countFrom: 'sameDay' },
});

function errorOf(fn: () => unknown): { code: string; zh: string; en: string } {
  try {
    fn();
  } catch (e) {
    if (isGongkaiError(e)) return { code: e.code, zh: e.zh, en: e.en };
    throw e;
  }
  throw new Error('no error');
}

describe('case file (gongkai.case/1)', () => {
  it('reads the agency, the events as the case engine takes them, details and policy', () => {
    const parsed = parseCaseFile(file());
    expect(parsed.agency.name).toBe(AGENCY.name);
    expect(parsed.events).toHaveLength(2);
    expect(parsed.events[0]).toMatchObject({ type: 'register', caseId: '2024-017', agencyId: 1 });
    expect(parsed.details.withheld).toEqual({ part: '身份证号码', ground: 'thirdPartyRights' });
    expect(parsed.policy).toEqual({ counting: { countFrom: 'sameDay', outsideCoverage: 'error' }, feeClock: 'paused' });
    expect(parsed.region).toBeNull();
  });

  it('lists every problem with its path, in both languages', () => {
    const bad = file() as Record<string, unknown>;
    (bad['events'] as Record<string, unknown>[])[1]!['on'] = '2024-02-30';
    bad['agency'] = {};
    bad['colour'] = 'red';
    const e = errorOf(() => parseCaseFile(bad));
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.zh).toContain('agency.name：缺少此项');
    expect(e.zh).toContain('events[1].on：不是 YYYY-MM-DD 格式的有效日期');
    expect(e.zh).toContain('有未知的字段：colour');
    expect(e.en).toContain('The case file has 3 problem(s)');
  });

  it('refuses an unknown event type and an unknown refusal ground', () => {
    const bad = file();
    (bad.events as unknown[]).push({ type: 'approve', on: '2024-10-01' });
    (bad.details.withheld as { ground: string }).ground = 'secret';
    const e = errorOf(() => parseCaseFile(bad));
    expect(e.zh).toContain('events[2].type');
    expect(e.zh).toContain('details.withheld.ground');
  });

  it('reads JSON text with a byte-order mark, and refuses broken JSON without quoting it', () => {
    expect(parseCaseJson(`\uFEFF${JSON.stringify(file())}`).events).toHaveLength(2);
    const e = errorOf(() => parseCaseJson(`{"agency": {"name": "${APPLICANT.name}"}, oops}`));
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.zh).toContain('不是有效的 JSON');
    expect(`${e.zh}${e.en}`).not.toContain(APPLICANT.name);
  });
});

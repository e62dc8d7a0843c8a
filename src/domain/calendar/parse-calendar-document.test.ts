/**
 * Holiday-notice files: a good one loads, and every kind of bad one is refused
 * with CALENDAR_INVALID naming the place and the problem in both languages.
 */
import { describe, expect, it } from 'vitest';
import { isGongkaiError, type GongkaiError } from '../shared/errors.js';
import { parseCalendarDocument, parseCalendarJson } from './parse-calendar-document.js';
import { buildCalendar } from './work-calendar.js';
import { builtInNotices } from './national-notices.js';
import { isWorkday } from './workdays.js';
import type { IsoDate } from './iso-date.js';
import { exampleNotice2027, exampleOverlay } from './example-notices.test-util.js';

const notice2027 = () => exampleNotice2027();

function refusal(value: unknown): GongkaiError {
  try {
    parseCalendarDocument(value);
  } catch (e) {
    if (isGongkaiError(e)) return e;
    throw e;
  }
  throw new Error('accepted an invalid document');
}

function withHolidays(holidays: unknown[]): Record<string, unknown> {
  return { ...notice2027(), holidays };
}

describe('parseCalendarDocument', () => {
  it('accepts a well-formed notice and the calendar then covers its year', () => {
    const doc = parseCalendarDocument(notice2027());
    expect(doc).toMatchObject({ kind: 'national', year: 2027, amendments: [] });
    const cal = buildCalendar([...builtInNotices(), doc]);
    expect(isWorkday(cal, '2027-01-31' as IsoDate)).toBe(true);
    expect(isWorkday(cal, '2027-02-08' as IsoDate)).toBe(false);
    expect(isWorkday(cal, '2027-03-01' as IsoDate)).toBe(true);
  });

  it.each([
    ['a wrong schema tag', { ...notice2027(), schema: 'other/1' }, 'schema'],
    ['an unknown field', { ...notice2027(), extra: 1 }, 'extra'],
    ['a missing notice title', { ...notice2027(), notice: { issuer: '国务院办公厅', number: null, published: '2026-11-10' } }, 'notice.title'],
    ['a date that does not exist', withHolidays([{ name: '元旦', off: [{ from: '2027-02-30', to: '2027-03-01' }] }]), 'holidays[0].off[0].from'],
    ['no holidays at all', withHolidays([]), 'holidays'],
    ['a span that runs backwards', withHolidays([{ name: '元旦', off: [{ from: '2027-01-03', to: '2027-01-01' }] }]), '早于开始日'],
    ['a span of a month', withHolidays([{ name: '春节', off: [{ from: '2027-02-01', to: '2027-02-28' }] }]), '超过 15 天'],
    ['a day outside the notice’s year', withHolidays([{ name: '国庆节', off: [{ from: '2028-10-01', to: '2028-10-03' }] }]), '不在 2027 年'],
    ['a make-up working day on a weekday', withHolidays([{ name: '元旦', off: [{ from: '2027-01-01', to: '2027-01-01' }], workdays: ['2027-01-05'] }]), '不是星期六或星期日'],
    [
      'a day both off and worked',
      withHolidays([
        { name: '元旦', off: [{ from: '2027-01-01', to: '2027-01-03' }] },
        { name: '其他', off: [{ from: '2027-01-09', to: '2027-01-09' }], workdays: ['2027-01-02'] },
      ]),
      '重复出现',
    ],
    ['a regional overlay without a region', { ...notice2027(), kind: 'regional' }, 'region'],
    [
      'an amendment older than the notice',
      { ...notice2027(), amendments: [{ notice: { issuer: '国务院办公厅', number: null, title: '调整', published: '2026-01-01' }, holidays: [{ name: '元旦', off: [{ from: '2027-01-01', to: '2027-01-01' }] }] }] },
      '早于它所调整的通知',
    ],
  ])('refuses %s', (_what, value, mentioned) => {
    const e = refusal(value);
    expect(e.code).toBe('CALENDAR_INVALID');
    expect(`${e.zh} ${e.en}`).toContain(mentioned);
    expect(e.zh).toMatch(/未载入/);
    expect(e.en).toMatch(/not loaded/);
  });

  it('lists every problem, up to eight, then says how many more', () => {
    const holidays = Array.from({ length: 12 }, (_, i) => ({ name: `假${i}`, off: [{ from: '2027-01-01', to: '2027-01-01' }], workdays: [`2027-03-${String(i + 1).padStart(2, '0')}`] }));
    const e = refusal(withHolidays(holidays));
    expect(e.zh).toMatch(/另有 \d+ 处/);
    expect(e.en).toMatch(/and \d+ more/);
  });

  it('refuses text that is not JSON, and accepts a byte-order mark', () => {
    expect(() => parseCalendarJson('{ not json')).toThrow(/不是有效的 JSON/);
    // The input is never quoted back (a pasted file may hold anything).
    const e = (() => {
      try {
        parseCalendarJson('{"year": 2027, "note": 机密内容 }');
      } catch (x) {
        return x as Error;
      }
      throw new Error('accepted');
    })();
    expect(e.message).not.toMatch(/机密|note/);
    expect(parseCalendarJson(`\uFEFF${JSON.stringify(notice2027())}`).year).toBe(2027);
  });
});

describe('regional overlays', () => {
  const overlay = parseCalendarDocument(exampleOverlay(2024, '2024-03-12', '2024-03-16'));

  it('apply to their region only', () => {
    const national = buildCalendar([...builtInNotices(), overlay]);
    const local = buildCalendar([...builtInNotices(), overlay], { region: '示例自治州' });
    expect(isWorkday(national, '2024-03-12' as IsoDate)).toBe(true);
    expect(isWorkday(local, '2024-03-12' as IsoDate)).toBe(false);
    expect(isWorkday(local, '2024-03-16' as IsoDate)).toBe(true);
    expect(isWorkday(local, '2024-10-03' as IsoDate)).toBe(false);
  });

  it('a later document for the same year replaces the earlier one', () => {
    const corrected = parseCalendarDocument({ ...notice2027(), holidays: [{ name: '元旦', off: [{ from: '2027-01-01', to: '2027-01-01' }] }] });
    const cal = buildCalendar([...builtInNotices(), parseCalendarDocument(notice2027()), corrected]);
    expect(isWorkday(cal, '2027-02-08' as IsoDate)).toBe(true);
    expect(cal.documents.filter((d) => d.year === 2027)).toHaveLength(1);
  });
});

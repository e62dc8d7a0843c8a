/**
 * Deadlines across every holiday block and every 调休 weekend of 2019–2026.
 * Each expectation was worked out by hand from the notices, on a wall calendar,
 * and is written down as a literal; the comment shows the counting
 * (policy `nextDay`: day 1 is the first working day after the start date).
 * Notation: "Sa×" a weekend day not counted, "off" a notice day off, "(k)" the k-th working day.
 */
import { describe, expect, it } from 'vitest';
import { isGongkaiError } from '../shared/errors.js';
import { buildCalendar } from './work-calendar.js';
import { builtInCalendar, builtInNotices } from './national-notices.js';
import { addWorkdays, isWorkday, workdaysBetween } from './workdays.js';
import { countingPolicy } from './counting-policy.js';
import { parseIsoDate, type IsoDate } from './iso-date.js';

const cal = builtInCalendar();
const d = (s: string): IsoDate => parseIsoDate(s);

interface Case {
  readonly from: string;
  readonly n: number;
  readonly due: string;
  readonly why: string;
}

/** [from, n, due, counting] — by hand, from the notice of the year. */
const CASES: readonly Case[] = [
  // 2019 (国办发明电〔2018〕15号, amended by 〔2019〕3号)
  { from: '2018-12-28', n: 3, due: '2019-01-03', why: '元旦: 12-29 Sa worked (1), 12-30..01-01 off, 01-02 (2), 01-03 (3)' },
  { from: '2019-02-01', n: 3, due: '2019-02-11', why: '春节: 02-02 Sa worked (1), 02-03 Su worked (2), 02-04..02-10 off, 02-11 Mo (3)' },
  { from: '2019-04-04', n: 1, due: '2019-04-08', why: '清明: 04-05 Fr off, 04-06 Sa×, 04-07 Su×, 04-08 Mo (1)' },
  { from: '2019-04-26', n: 4, due: '2019-05-05', why: '劳动 (amended): 04-27 Sa×, 04-28 Su worked (1), 04-29 (2), 04-30 (3), 05-01..05-04 off, 05-05 Su worked (4)' },
  { from: '2019-06-06', n: 1, due: '2019-06-10', why: '端午: 06-07 Fr off, 06-08 Sa×, 06-09 Su×, 06-10 Mo (1)' },
  { from: '2019-09-12', n: 1, due: '2019-09-16', why: '中秋: 09-13 Fr off, 09-14 Sa×, 09-15 Su×, 09-16 Mo (1)' },
  { from: '2019-09-27', n: 3, due: '2019-10-08', why: '国庆: 09-28 Sa×, 09-29 Su worked (1), 09-30 (2), 10-01..10-07 off, 10-08 Tu (3)' },
  { from: '2019-10-10', n: 2, due: '2019-10-12', why: '国庆 make-up: 10-11 Fr (1), 10-12 Sa worked (2)' },
  // 2020 (国办发明电〔2019〕16号, Spring Festival extended by 〔2020〕1号)
  { from: '2019-12-31', n: 2, due: '2020-01-03', why: '元旦: 01-01 We off, 01-02 (1), 01-03 (2)' },
  { from: '2020-01-17', n: 2, due: '2020-01-20', why: '春节: 01-18 Sa×, 01-19 Su worked (1), 01-20 Mo (2)' },
  { from: '2020-01-23', n: 2, due: '2020-02-04', why: '春节 (extended): 01-24..02-02 off (02-01 Sa no longer worked), 02-03 Mo (1), 02-04 (2)' },
  { from: '2020-04-03', n: 1, due: '2020-04-07', why: '清明: 04-04..04-06 off, 04-07 Tu (1)' },
  { from: '2020-04-24', n: 3, due: '2020-04-28', why: '劳动: 04-25 Sa×, 04-26 Su worked (1), 04-27 (2), 04-28 (3)' },
  { from: '2020-04-30', n: 4, due: '2020-05-09', why: '劳动: 05-01..05-05 off, 05-06 (1), 05-07 (2), 05-08 (3), 05-09 Sa worked (4)' },
  { from: '2020-06-24', n: 1, due: '2020-06-28', why: '端午: 06-25..06-27 off, 06-28 Su worked (1)' },
  { from: '2020-09-25', n: 1, due: '2020-09-27', why: '国庆中秋: 09-26 Sa×, 09-27 Su worked (1)' },
  { from: '2020-09-30', n: 2, due: '2020-10-10', why: '国庆中秋: 10-01..10-08 off, 10-09 Fr (1), 10-10 Sa worked (2)' },
  // 2021 (国办发明电〔2020〕27号)
  { from: '2020-12-31', n: 1, due: '2021-01-04', why: '元旦: 01-01..01-03 off, 01-04 Mo (1)' },
  { from: '2021-02-05', n: 1, due: '2021-02-07', why: '春节: 02-06 Sa×, 02-07 Su worked (1)' },
  { from: '2021-02-10', n: 3, due: '2021-02-20', why: '春节: 02-11..02-17 off, 02-18 Th (1), 02-19 (2), 02-20 Sa worked (3)' },
  { from: '2021-04-02', n: 1, due: '2021-04-06', why: '清明: 04-03..04-05 off, 04-06 Tu (1)' },
  { from: '2021-04-23', n: 1, due: '2021-04-25', why: '劳动: 04-24 Sa×, 04-25 Su worked (1)' },
  { from: '2021-04-30', n: 3, due: '2021-05-08', why: '劳动: 05-01..05-05 off, 05-06 (1), 05-07 (2), 05-08 Sa worked (3)' },
  { from: '2021-06-11', n: 1, due: '2021-06-15', why: '端午: 06-12..06-14 off, 06-15 Tu (1)' },
  { from: '2021-09-17', n: 2, due: '2021-09-22', why: '中秋: 09-18 Sa worked (1), 09-19..09-21 off, 09-22 We (2)' },
  { from: '2021-09-24', n: 1, due: '2021-09-26', why: '国庆: 09-25 Sa×, 09-26 Su worked (1)' },
  { from: '2021-09-30', n: 2, due: '2021-10-09', why: '国庆: 10-01..10-07 off, 10-08 Fr (1), 10-09 Sa worked (2)' },
  // 2022 (国办发明电〔2021〕11号)
  { from: '2021-12-31', n: 1, due: '2022-01-04', why: '元旦: 01-01..01-03 off, 01-04 Tu (1)' },
  { from: '2022-01-28', n: 3, due: '2022-02-07', why: '春节: 01-29 Sa worked (1), 01-30 Su worked (2), 01-31..02-06 off, 02-07 Mo (3)' },
  { from: '2022-04-01', n: 2, due: '2022-04-06', why: '清明: 04-02 Sa worked (1), 04-03..04-05 off, 04-06 We (2)' },
  { from: '2022-04-22', n: 1, due: '2022-04-24', why: '劳动: 04-23 Sa×, 04-24 Su worked (1)' },
  { from: '2022-04-29', n: 3, due: '2022-05-07', why: '劳动: 04-30..05-04 off, 05-05 (1), 05-06 (2), 05-07 Sa worked (3)' },
  { from: '2022-06-02', n: 1, due: '2022-06-06', why: '端午: 06-03..06-05 off, 06-06 Mo (1)' },
  { from: '2022-09-09', n: 1, due: '2022-09-13', why: '中秋: 09-10..09-12 off, 09-13 Tu (1)' },
  { from: '2022-09-30', n: 3, due: '2022-10-10', why: '国庆: 10-01..10-07 off, 10-08 Sa worked (1), 10-09 Su worked (2), 10-10 Mo (3)' },
  // 2023 (国办发明电〔2022〕16号)
  { from: '2022-12-30', n: 1, due: '2023-01-03', why: '元旦: 12-31..01-02 off, 01-03 Tu (1)' },
  { from: '2023-01-20', n: 3, due: '2023-01-30', why: '春节: 01-21..01-27 off, 01-28 Sa worked (1), 01-29 Su worked (2), 01-30 Mo (3)' },
  { from: '2023-04-04', n: 1, due: '2023-04-06', why: '清明: 04-05 We off, 04-06 Th (1)' },
  { from: '2023-04-21', n: 1, due: '2023-04-23', why: '劳动: 04-22 Sa×, 04-23 Su worked (1)' },
  { from: '2023-04-28', n: 3, due: '2023-05-06', why: '劳动: 04-29..05-03 off, 05-04 (1), 05-05 (2), 05-06 Sa worked (3)' },
  { from: '2023-06-21', n: 1, due: '2023-06-25', why: '端午: 06-22..06-24 off, 06-25 Su worked (1)' },
  { from: '2023-09-28', n: 3, due: '2023-10-09', why: '中秋国庆: 09-29..10-06 off, 10-07 Sa worked (1), 10-08 Su worked (2), 10-09 Mo (3)' },
  // 2024 (国办发明电〔2023〕7号)
  { from: '2023-12-29', n: 1, due: '2024-01-02', why: '元旦: 12-30 Sa×, 12-31 Su×, 01-01 Mo off, 01-02 Tu (1)' },
  { from: '2024-02-02', n: 1, due: '2024-02-04', why: '春节: 02-03 Sa×, 02-04 Su worked (1)' },
  { from: '2024-02-09', n: 1, due: '2024-02-18', why: '春节: 02-10..02-17 off, 02-18 Su worked (1)' },
  { from: '2024-04-03', n: 1, due: '2024-04-07', why: '清明: 04-04..04-06 off, 04-07 Su worked (1)' },
  { from: '2024-04-26', n: 1, due: '2024-04-28', why: '劳动: 04-27 Sa×, 04-28 Su worked (1)' },
  { from: '2024-04-30', n: 6, due: '2024-05-11', why: '劳动: 05-01..05-05 off, 05-06 (1) … 05-10 (5), 05-11 Sa worked (6)' },
  { from: '2024-06-07', n: 1, due: '2024-06-11', why: '端午: 06-08 Sa×, 06-09 Su×, 06-10 Mo off, 06-11 Tu (1)' },
  { from: '2024-09-13', n: 2, due: '2024-09-18', why: '中秋: 09-14 Sa worked (1), 09-15..09-17 off, 09-18 We (2)' },
  {
    from: '2024-09-27',
    n: 20,
    due: '2024-10-30',
    why: '国庆: 09-29 Su (1), 09-30 (2), 10-01..10-07 off, 10-08..10-11 (3–6), 10-12 Sa (7), 10-14..18 (8–12), 10-21..25 (13–17), 10-28 (18), 10-29 (19), 10-30 (20)',
  },
  // 2025 (国办发明电〔2024〕12号; first year of the 2024 放假办法: 春节 4 days, 劳动节 2 days)
  { from: '2024-12-31', n: 1, due: '2025-01-02', why: '元旦: 01-01 We off, 01-02 Th (1)' },
  { from: '2025-01-24', n: 1, due: '2025-01-26', why: '春节: 01-25 Sa×, 01-26 Su worked (1)' },
  { from: '2025-01-27', n: 4, due: '2025-02-08', why: '春节: 01-28..02-04 off, 02-05 (1), 02-06 (2), 02-07 (3), 02-08 Sa worked (4)' },
  { from: '2025-04-03', n: 1, due: '2025-04-07', why: '清明: 04-04..04-06 off, 04-07 Mo (1)' },
  { from: '2025-04-25', n: 1, due: '2025-04-27', why: '劳动: 04-26 Sa×, 04-27 Su worked (1)' },
  { from: '2025-04-30', n: 1, due: '2025-05-06', why: '劳动: 05-01..05-05 off, 05-06 Tu (1)' },
  { from: '2025-05-30', n: 1, due: '2025-06-03', why: '端午: 05-31..06-02 off, 06-03 Tu (1)' },
  { from: '2025-09-26', n: 1, due: '2025-09-28', why: '国庆中秋: 09-27 Sa×, 09-28 Su worked (1)' },
  { from: '2025-09-30', n: 4, due: '2025-10-13', why: '国庆中秋: 10-01..10-08 off, 10-09 (1), 10-10 (2), 10-11 Sa worked (3), 10-12 Su×, 10-13 Mo (4)' },
  // 2026 (国办发明电〔2025〕7号)
  { from: '2025-12-31', n: 1, due: '2026-01-04', why: '元旦: 01-01..01-03 off, 01-04 Su worked (1)' },
  { from: '2026-02-13', n: 2, due: '2026-02-24', why: '春节: 02-14 Sa worked (1), 02-15..02-23 off, 02-24 Tu (2)' },
  { from: '2026-02-26', n: 2, due: '2026-02-28', why: '春节: 02-27 Fr (1), 02-28 Sa worked (2)' },
  {
    from: '2026-02-06',
    n: 20,
    due: '2026-03-12',
    why: '春节: 02-09..02-13 (1–5), 02-14 Sa (6), 02-15..02-23 off, 02-24..02-27 (7–10), 02-28 Sa (11), 03-02..03-06 (12–16), 03-09..03-12 (17–20)',
  },
  { from: '2026-04-03', n: 1, due: '2026-04-07', why: '清明: 04-04..04-06 off, 04-07 Tu (1)' },
  { from: '2026-04-30', n: 4, due: '2026-05-09', why: '劳动: 05-01..05-05 off, 05-06 (1), 05-07 (2), 05-08 (3), 05-09 Sa worked (4)' },
  { from: '2026-06-18', n: 1, due: '2026-06-22', why: '端午: 06-19..06-21 off, 06-22 Mo (1)' },
  { from: '2026-09-18', n: 1, due: '2026-09-20', why: '国庆: 09-19 Sa×, 09-20 Su worked (1)' },
  { from: '2026-09-24', n: 1, due: '2026-09-28', why: '中秋: 09-25..09-27 off, 09-28 Mo (1)' },
  { from: '2026-09-30', n: 3, due: '2026-10-10', why: '国庆: 10-01..10-07 off, 10-08 (1), 10-09 (2), 10-10 Sa worked (3)' },
];

describe('addWorkdays across every holiday block and make-up weekend, 2019–2026', () => {
  it.each(CASES)('$from + $n working days = $due ($why)', ({ from, n, due }) => {
    expect(addWorkdays(cal, d(from), n)).toBe(due);
  });

  it.each(CASES)('workdaysBetween($from, $due) = $n', ({ from, n, due }) => {
    expect(workdaysBetween(cal, d(from), d(due))).toBe(n);
  });

  it('covers every year 2019–2026 with at least six hand-worked cases', () => {
    for (let y = 2019; y <= 2026; y++) expect(CASES.filter((c) => c.due.startsWith(String(y))).length, String(y)).toBeGreaterThanOrEqual(6);
  });
});

describe('amendments: the calendar as it was known before the change', () => {
  it('2019 Labour Day before 国办发明电〔2019〕3号 (published 2019-03-22) was 1 May only', () => {
    const before = buildCalendar(builtInNotices(), { asOf: d('2019-03-21') });
    // 04-29 (1), 04-30 (2), 05-01 off, 05-02 (3), 05-03 (4): 04-28 was an ordinary Sunday then.
    expect(addWorkdays(before, d('2019-04-26'), 4)).toBe('2019-05-03');
    expect(isWorkday(before, d('2019-04-28'))).toBe(false);
    expect(isWorkday(cal, d('2019-04-28'))).toBe(true);
  });

  it('2020 Spring Festival before 国办发明电〔2020〕1号 (published 2020-01-27) ended 01-30, with 02-01 worked', () => {
    const before = buildCalendar(builtInNotices(), { asOf: d('2020-01-26') });
    // 01-24..01-30 off, 01-31 Fr (1), 02-01 Sa worked (2)
    expect(addWorkdays(before, d('2020-01-23'), 2)).toBe('2020-02-01');
    expect(isWorkday(before, d('2020-02-01'))).toBe(true);
    expect(isWorkday(cal, d('2020-02-01'))).toBe(false);
    expect(isWorkday(cal, d('2020-01-31'))).toBe(false);
  });
});

describe('isWorkday', () => {
  it.each([
    ['2024-02-09', true, '除夕 2024 was not a day off (the notice only encouraged leave)'],
    ['2024-02-04', true, 'Sunday worked before 春节'],
    ['2024-02-12', false, '春节'],
    ['2024-10-12', true, 'Saturday worked after 国庆'],
    ['2024-10-13', false, 'ordinary Sunday'],
    ['2024-10-14', true, 'ordinary Monday'],
    ['2025-05-10', false, 'Saturday after 劳动节 2025: no make-up day'],
    ['2018-12-29', true, 'Saturday worked, listed in the 2019 notice'],
    ['2018-12-31', false, 'Monday off, listed in the 2019 notice'],
  ] as const)('%s → %s (%s)', (date, expected, _why) => {
    expect(isWorkday(cal, d(date))).toBe(expected);
  });
});

describe('dates the calendar does not cover', () => {
  const codeOf = (f: () => unknown): string | undefined => {
    try {
      f();
      return undefined;
    } catch (e) {
      return isGongkaiError(e) ? e.code : 'not a GongkaiError';
    }
  };

  it('refuses a day in a year without a national notice, with a bilingual message', () => {
    expect(codeOf(() => isWorkday(cal, d('2027-01-04')))).toBe('CALENDAR_NOT_COVERED');
    expect(codeOf(() => isWorkday(cal, d('2018-06-01')))).toBe('CALENDAR_NOT_COVERED');
    try {
      isWorkday(cal, d('2027-03-01'));
    } catch (e) {
      expect(isGongkaiError(e) && e.zh).toContain('2027');
      expect(isGongkaiError(e) && e.en).toContain('weekendsOnly');
    }
  });

  it('refuses a count that runs into an uncovered year', () => {
    expect(codeOf(() => addWorkdays(cal, d('2026-12-24'), 10))).toBe('CALENDAR_NOT_COVERED');
    expect(codeOf(() => workdaysBetween(cal, d('2026-12-24'), d('2027-01-10')))).toBe('CALENDAR_NOT_COVERED');
  });

  it('counts weekends only when the policy says so explicitly', () => {
    const weekendsOnly = countingPolicy({ outsideCoverage: 'weekendsOnly' });
    expect(isWorkday(cal, d('2027-01-04'), weekendsOnly)).toBe(true);
    // 12-25 (1), 12-28 (2), 12-29 (3), 12-30 (4), 12-31 (5), 2027-01-01 Fr (6: no notice, so not known as 元旦), 01-04 (7) … 01-07 (10)
    expect(addWorkdays(cal, d('2026-12-24'), 10, weekendsOnly)).toBe('2027-01-07');
  });

  it('December of a year is covered by the next year’s notice too (it settles the 元旦 days)', () => {
    expect(isWorkday(cal, d('2018-12-28'))).toBe(true);
    expect(isWorkday(cal, d('2026-12-31'))).toBe(true);
  });
});

describe('counting policies', () => {
  const sameDay = countingPolicy({ countFrom: 'sameDay' });

  it('sameDay counts a working start date as day 1', () => {
    // 09-27 Fr (1), 09-29 Su (2), 09-30 (3), 10-08..10-11 (4–7), 10-12 Sa (8), 10-14..18 (9–13), 10-21..25 (14–18), 10-28 (19), 10-29 (20)
    expect(addWorkdays(cal, d('2024-09-27'), 20, sameDay)).toBe('2024-10-29');
    expect(workdaysBetween(cal, d('2024-09-27'), d('2024-10-29'), sameDay)).toBe(20);
  });

  it('sameDay on a day off starts with the next working day', () => {
    expect(addWorkdays(cal, d('2024-10-01'), 1, sameDay)).toBe('2024-10-08');
    expect(addWorkdays(cal, d('2024-10-01'), 1)).toBe('2024-10-08');
  });

  it('zero working days is the start date; counts are whole and not negative', () => {
    expect(addWorkdays(cal, d('2024-10-01'), 0)).toBe('2024-10-01');
    expect(() => addWorkdays(cal, d('2024-10-01'), -1)).toThrow(/INVALID|工作日数/);
    expect(() => addWorkdays(cal, d('2024-10-01'), 1.5)).toThrow(/工作日数/);
  });

  it('workdaysBetween is antisymmetric and zero on the same day', () => {
    expect(workdaysBetween(cal, d('2024-10-30'), d('2024-09-27'))).toBe(-20);
    expect(workdaysBetween(cal, d('2024-10-30'), d('2024-10-30'))).toBe(0);
  });
});

/**
 * The shipped notices against the summary table of domain.md §3.6 (copied here
 * as literals): every listed day off is off, every listed 调休 day is worked,
 * and nothing else differs from an ordinary week in those years.
 */
import { describe, expect, it } from 'vitest';
import { builtInCalendar, builtInNotices } from './national-notices.js';
import { describeDay } from './work-calendar.js';
import { addDays, fromDayNumber, toDayNumber, type IsoDate } from './iso-date.js';

/** domain.md §3.6: off-day blocks and make-up workdays per year (MM-DD, or a full date for December of the year before). */
const TABLE: Readonly<Record<number, { off: readonly string[]; work: readonly string[]; notices: readonly string[] }>> = {
  2019: {
    off: ['2018-12-30~01-01', '02-04~02-10', '04-05', '05-01~05-04', '06-07', '09-13', '10-01~10-07'],
    work: ['2018-12-29', '02-02', '02-03', '04-28', '05-05', '09-29', '10-12'],
    notices: ['国办发明电〔2018〕15号', '国办发明电〔2019〕3号'],
  },
  2020: {
    off: ['01-01', '01-24~02-02', '04-04~04-06', '05-01~05-05', '06-25~06-27', '10-01~10-08'],
    work: ['01-19', '04-26', '05-09', '06-28', '09-27', '10-10'],
    notices: ['国办发明电〔2019〕16号', '国办发明电〔2020〕1号'],
  },
  2021: {
    off: ['01-01~01-03', '02-11~02-17', '04-03~04-05', '05-01~05-05', '06-12~06-14', '09-19~09-21', '10-01~10-07'],
    work: ['02-07', '02-20', '04-25', '05-08', '09-18', '09-26', '10-09'],
    notices: ['国办发明电〔2020〕27号'],
  },
  2022: {
    off: ['01-01~01-03', '01-31~02-06', '04-03~04-05', '04-30~05-04', '06-03~06-05', '09-10~09-12', '10-01~10-07'],
    work: ['01-29', '01-30', '04-02', '04-24', '05-07', '10-08', '10-09'],
    notices: ['国办发明电〔2021〕11号'],
  },
  2023: {
    off: ['2022-12-31~01-02', '01-21~01-27', '04-05', '04-29~05-03', '06-22~06-24', '09-29~10-06'],
    work: ['01-28', '01-29', '04-23', '05-06', '06-25', '10-07', '10-08'],
    notices: ['国办发明电〔2022〕16号'],
  },
  2024: {
    off: ['01-01', '02-10~02-17', '04-04~04-06', '05-01~05-05', '06-10', '09-15~09-17', '10-01~10-07'],
    work: ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'],
    notices: ['国办发明电〔2023〕7号'],
  },
  2025: {
    off: ['01-01', '01-28~02-04', '04-04~04-06', '05-01~05-05', '05-31~06-02', '10-01~10-08'],
    work: ['01-26', '02-08', '04-27', '09-28', '10-11'],
    notices: ['国办发明电〔2024〕12号'],
  },
  2026: {
    off: ['01-01~01-03', '02-15~02-23', '04-04~04-06', '05-01~05-05', '06-19~06-21', '09-25~09-27', '10-01~10-07'],
    work: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
    notices: ['国办发明电〔2025〕7号'],
  },
};

function full(year: number, s: string): IsoDate {
  return (s.length === 10 ? s : `${year}-${s}`) as IsoDate;
}

/** The days of a block `MM-DD~MM-DD` (the end is in the notice's year). */
function days(year: number, block: string): IsoDate[] {
  const [a, b] = block.split('~') as [string, string | undefined];
  const from = full(year, a);
  const to = b === undefined ? from : full(year, b);
  const out: IsoDate[] = [];
  for (let n = toDayNumber(from); n <= toDayNumber(to); n++) out.push(fromDayNumber(n));
  return out;
}

const cal = builtInCalendar();
const ALL_OFF = new Set(Object.entries(TABLE).flatMap(([y, row]) => row.off.flatMap((b) => days(Number(y), b))));
const ALL_WORK = new Set(Object.entries(TABLE).flatMap(([y, row]) => row.work.map((w) => full(Number(y), w))));

describe('built-in national notices', () => {
  it('ship one validated notice per year 2019–2026, with the notice numbers of domain.md', () => {
    const docs = builtInNotices();
    expect(docs.map((d) => d.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const doc of docs) {
      const numbers = [doc.notice.number, ...doc.amendments.map((a) => a.notice.number)];
      expect(numbers, String(doc.year)).toEqual(TABLE[doc.year]!.notices);
      expect(doc.notice.url).toMatch(/^https:\/\/www\.gov\.cn\/zhengce\/zhengceku\//);
    }
  });

  for (const [y, row] of Object.entries(TABLE)) {
    const year = Number(y);
    it(`${year}: the days off and the 调休 working days are exactly those of the table`, () => {
      for (const b of row.off) for (const day of days(year, b)) expect(describeDay(cal, day).kind, day).toBe('holiday');
      for (const w of row.work) expect(describeDay(cal, full(year, w)).kind, w).toBe('makeUpWorkday');
      // Every other day from 1 December of the year before to 31 December is an ordinary day.
      for (let day: IsoDate = `${year - 1}-12-01` as IsoDate; day <= `${year}-12-31`; day = addDays(day, 1)) {
        if (ALL_OFF.has(day) || ALL_WORK.has(day)) continue;
        const info = describeDay(cal, day);
        expect(info.kind, day).toBe(info.weekday >= 6 ? 'weekend' : 'workday');
        expect(info.covered, day).toBe(true);
      }
    });
  }

  it('names the festival and the notice behind a day', () => {
    const info = describeDay(cal, '2019-05-03' as IsoDate);
    expect(info).toMatchObject({ kind: 'holiday', holiday: '劳动节', covered: true });
    expect(info.notice?.number).toBe('国办发明电〔2019〕3号');
    expect(describeDay(cal, '2019-10-12' as IsoDate)).toMatchObject({ kind: 'makeUpWorkday', holiday: '国庆节', workday: true });
  });
});

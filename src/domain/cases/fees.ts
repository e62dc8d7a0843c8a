/**
 * @module The information processing fee (信息处理费), 国办函〔2020〕109号 (domain.md §3.5):
 * charged only for clearly excessive requests, either per application (按件,
 * counted per applicant per calendar month) or per volume (按量, pages), never
 * both. Both schedules are progressive: each band's rate applies to the part
 * inside the band (超额累进). Pure and table-driven; schedules are versioned data.
 */
import type { IsoDate } from '../calendar/iso-date.js';
import { GongkaiError } from '../shared/errors.js';

/** How a fee is counted for one application: its place among the applicant's applications that month, or its pages. */
export type FeeBasis =
  | { readonly method: 'perApplication'; readonly countInMonth: number }
  | { readonly method: 'perVolume'; readonly pages: number };

/** A band: units up to and including `upTo` (null: no upper end) at `rate` yuan each. */
export interface FeeBand {
  readonly upTo: number | null;
  readonly rate: number;
}

export interface FeeSchedule {
  readonly id: string;
  readonly source: string;
  /** First day the schedule applies (UNVERIFIED for 109号: 2021-01-01 assumed, domain.md §6 item 4). */
  readonly effectiveFrom: IsoDate;
  /** 按件: applications 1–10 free, 11–30 at 100 yuan, then +100 yuan per further band of 10. */
  readonly perApplication: { readonly bands: readonly FeeBand[]; readonly stepEvery: number; readonly stepIncrease: number };
  /** 按量: pages 1–30 free, 31–100 at 10, 101–200 at 20, from 201 at 40 yuan per page. */
  readonly perVolume: { readonly bands: readonly FeeBand[] };
}

export const FEE_SCHEDULE_109: FeeSchedule = Object.freeze({
  id: 'gbh-2020-109',
  source: '国办函〔2020〕109号《政府信息公开信息处理费管理办法》',
  effectiveFrom: '2021-01-01' as IsoDate,
  perApplication: {
    bands: [
      { upTo: 10, rate: 0 },
      { upTo: 30, rate: 100 },
    ],
    stepEvery: 10,
    stepIncrease: 100,
  },
  perVolume: {
    bands: [
      { upTo: 30, rate: 0 },
      { upTo: 100, rate: 10 },
      { upTo: 200, rate: 20 },
      { upTo: null, rate: 40 },
    ],
  },
});

export const FEE_SCHEDULES: readonly FeeSchedule[] = [FEE_SCHEDULE_109];

/** The schedule in force on a day, or null before the first one (no fee may be charged then). */
export function feeScheduleOn(date: IsoDate, schedules: readonly FeeSchedule[] = FEE_SCHEDULES): FeeSchedule | null {
  let found: FeeSchedule | null = null;
  for (const s of schedules) if (s.effectiveFrom <= date && (found === null || s.effectiveFrom > found.effectiveFrom)) found = s;
  return found;
}

/** One line of a fee: the units of one band and what they cost. */
export interface FeeLine {
  readonly from: number;
  readonly to: number;
  readonly rate: number;
  readonly amountYuan: number;
}

export interface Fee {
  readonly schedule: string;
  readonly method: FeeBasis['method'];
  readonly amountYuan: number;
  readonly lines: readonly FeeLine[];
}

function checkUnits(n: number, what: string, whatEn: string): void {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new GongkaiError('INVALID_VALUE', { zh: `${what}须为正整数，收到 ${String(n)}。`, en: `${whatEn} must be a positive whole number; got ${String(n)}.` });
  }
}

/** The per-application rate of the n-th application of an applicant in a month. */
export function perApplicationRate(n: number, schedule: FeeSchedule = FEE_SCHEDULE_109): number {
  checkUnits(n, '当月申请序号', 'The application’s number in the month');
  const { bands, stepEvery, stepIncrease } = schedule.perApplication;
  let lower = 0;
  for (const b of bands) {
    if (b.upTo === null || n <= b.upTo) return b.rate;
    lower = b.upTo;
  }
  const last = bands[bands.length - 1]!;
  return last.rate + stepIncrease * (Math.floor((n - lower - 1) / stepEvery) + 1);
}

/**
 * The fee of one application. Per application: the rate of its place in the
 * month (the 11th costs 100, the 31st 200, the 41st 300 yuan). Per volume:
 * each page at the rate of its band (250 pages: 70×10 + 100×20 + 50×40 = 4 700 yuan).
 */
export function feeFor(basis: FeeBasis, schedule: FeeSchedule = FEE_SCHEDULE_109): Fee {
  if (basis.method === 'perApplication') {
    const rate = perApplicationRate(basis.countInMonth, schedule);
    return { schedule: schedule.id, method: basis.method, amountYuan: rate, lines: [{ from: basis.countInMonth, to: basis.countInMonth, rate, amountYuan: rate }] };
  }
  checkUnits(basis.pages, '页数', 'The number of pages');
  const lines: FeeLine[] = [];
  let from = 1;
  for (const b of schedule.perVolume.bands) {
    if (from > basis.pages) break;
    const to = b.upTo === null ? basis.pages : Math.min(b.upTo, basis.pages);
    if (to >= from) lines.push({ from, to, rate: b.rate, amountYuan: (to - from + 1) * b.rate });
    from = to + 1;
  }
  return { schedule: schedule.id, method: basis.method, amountYuan: lines.reduce((s, l) => s + l.amountYuan, 0), lines };
}

/** What an applicant owes for `count` applications in one month under per-application charging. */
export function monthlyPerApplicationTotal(count: number, schedule: FeeSchedule = FEE_SCHEDULE_109): number {
  let total = 0;
  for (let n = 1; n <= count; n++) total += perApplicationRate(n, schedule);
  return total;
}

/** One earlier application, for counting an applicant's applications in a month. */
export interface MonthlyApplication {
  readonly applicantKey: string;
  readonly receivedAt: IsoDate;
}

/**
 * The place of an application among the same applicant's applications received
 * in the same calendar month (自然月), itself included: `earlier` are the
 * applications received before it (same-day ones given in order of receipt).
 */
export function countInMonth(applicantKey: string, receivedAt: IsoDate, earlier: readonly MonthlyApplication[]): number {
  const month = receivedAt.slice(0, 7);
  return 1 + earlier.filter((a) => a.applicantKey === applicantKey && a.receivedAt.slice(0, 7) === month && a.receivedAt <= receivedAt).length;
}

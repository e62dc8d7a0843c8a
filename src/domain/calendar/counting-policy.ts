/**
 * @module How working days are counted. The regulation gives periods in working
 * days (工作日) but does not say whether the day of receipt counts; the
 * general rule of Chinese procedural periods is that it does not (期间开始的日，
 * 不计算在期间内). Both choices are named policies, so a deadline always says
 * which rule produced it.
 */

/**
 * - `nextDay` (次日起算, default): day 1 is the first working day after the start date.
 * - `sameDay` (当日起算): day 1 is the start date itself when it is a working day,
 *   else the first working day after it.
 */
export const COUNT_FROM = ['nextDay', 'sameDay'] as const;
export type CountFrom = (typeof COUNT_FROM)[number];

/**
 * - `error` (default): a date in a year without a loaded national notice is refused
 *   (`CALENDAR_NOT_COVERED`): the calendar cannot know its holidays and 调休.
 * - `weekendsOnly` (仅按周末): such dates are treated as Monday–Friday working days, knowingly.
 */
export const OUTSIDE_COVERAGE = ['error', 'weekendsOnly'] as const;
export type OutsideCoverage = (typeof OUTSIDE_COVERAGE)[number];

export interface CountingPolicy {
  readonly countFrom: CountFrom;
  readonly outsideCoverage: OutsideCoverage;
}

export const DEFAULT_POLICY: CountingPolicy = Object.freeze({ countFrom: 'nextDay', outsideCoverage: 'error' });

export function isCountFrom(v: unknown): v is CountFrom {
  return typeof v === 'string' && (COUNT_FROM as readonly string[]).includes(v);
}

/** A policy from partial settings, the rest default. */
export function countingPolicy(partial: Partial<CountingPolicy> = {}): CountingPolicy {
  return { ...DEFAULT_POLICY, ...partial };
}

/**
 * @module Recovering cells whose separators were lost and whose digits ran
 * together (`15130000154` for 151, 3, 0, 0, 0, 0, 154). Only splits that satisfy
 * every arithmetic constraint of the row survive; the caller decides what to do
 * with zero or several survivors. Nothing is guessed here.
 */
import type { SumGroup } from './value-item.js';
import { satisfiesSums } from './value-item.js';

const MAX_SPLITS = 200_000;

/** All ways to cut `digits` into `k` integers without leading zeros. */
function* splitsOf(digits: string, k: number): Generator<number[]> {
  if (k === 1) {
    if (digits.length === 1 || digits[0] !== '0') yield [Number(digits)];
    return;
  }
  const maxFirst = digits.length - (k - 1);
  for (let len = 1; len <= maxFirst; len++) {
    const head = digits.slice(0, len);
    if (len > 1 && head[0] === '0') break;
    for (const rest of splitsOf(digits.slice(len), k - 1)) yield [Number(head), ...rest];
  }
}

/** Ways to distribute `n` cells over runs, each run getting at least one. */
function* compositions(runs: number, n: number, maxPer: readonly number[], i = 0): Generator<number[]> {
  if (i === runs - 1) {
    if (n >= 1 && n <= maxPer[i]!) yield [n];
    return;
  }
  for (let k = 1; k <= Math.min(n - (runs - 1 - i), maxPer[i]!); k++) {
    for (const rest of compositions(runs, n - k, maxPer, i + 1)) yield [k, ...rest];
  }
}

export interface DigitSplitResult {
  /** Every split that satisfies the row's sums, each a list of n values. */
  readonly solutions: number[][];
  /** True when the search space was too large to enumerate. */
  readonly truncated: boolean;
}

/**
 * Splits runs of digits into exactly `n` values so that every sum group holds.
 * Requires at least one sum group: without arithmetic there is nothing to decide by.
 */
export function splitDigitRuns(runs: readonly string[], n: number, groups: readonly SumGroup[]): DigitSplitResult {
  const solutions: number[][] = [];
  if (groups.length === 0 || runs.length === 0 || runs.some((r) => !/^\d+$/.test(r))) return { solutions, truncated: false };
  let visited = 0;
  for (const counts of compositions(runs.length, n, runs.map((r) => r.length))) {
    const perRun: number[][][] = [];
    for (let i = 0; i < runs.length; i++) perRun.push([...splitsOf(runs[i]!, counts[i]!)]);
    const walk = (i: number, acc: number[]): boolean => {
      if (i === perRun.length) {
        if (++visited > MAX_SPLITS) return false;
        if (satisfiesSums(acc, groups)) solutions.push(acc);
        return true;
      }
      for (const part of perRun[i]!) if (!walk(i + 1, [...acc, ...part])) return false;
      return true;
    };
    if (!walk(0, [])) return { solutions, truncated: true };
  }
  return { solutions, truncated: false };
}

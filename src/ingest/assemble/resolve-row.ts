/**
 * @module Placing the value cells found after a row label onto the template's
 * columns. Exact counts map directly; extra blank cells (merged cells lost or
 * duplicated) are resolved by the row's own arithmetic; digits that ran
 * together are split only where the arithmetic leaves one answer. Several
 * answers are returned as candidates, never chosen at random.
 */
import type { Candidate, SumGroup, ValueItem } from './value-item.js';
import { candidateValues, sameValues, satisfiesSums } from './value-item.js';
import { splitDigitRuns } from './digit-split.js';

/** Digits in the longest token before a row is suspected to have run together. */
const MIN_RUN = 5;

export type RowNote = 'exact' | 'positional' | 'trailingMissing' | 'window' | 'recovered' | 'undetermined';

export interface RowResolution {
  /** One or more readings of the row, each with exactly `n` cells (null = blank or missing). */
  readonly candidates: readonly Candidate[];
  readonly note: RowNote;
}

function dedupe(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) if (!out.some((o) => sameValues(o, c))) out.push(c);
  return out;
}

function pad(items: readonly (ValueItem | null)[], n: number): Candidate {
  const out: (ValueItem | null)[] = items.slice(0, n).map((v) => (v && v.kind === 'blank' ? null : v));
  while (out.length < n) out.push(null);
  return out;
}

function recover(items: readonly ValueItem[], n: number, groups: readonly SumGroup[]): RowResolution | null {
  const nums = items.filter((v) => v.kind === 'number');
  if (nums.length !== items.length || nums.some((v) => !v.digits || !/^\d+$/.test(v.digits))) return null;
  const runs = nums.map((v) => v.digits!);
  // Only a long run of digits can be several cells that lost their separators; short numbers in
  // fewer cells than columns are a row with cells missing (trailing blanks dropped by the source).
  if (runs.join('').length < n || Math.max(...runs.map((r) => r.length)) < MIN_RUN) return null;
  const { solutions, truncated } = splitDigitRuns(runs, n, groups);
  if (truncated || solutions.length === 0) return { candidates: [], note: 'undetermined' };
  // Map each recovered value back to the run it came from, for provenance.
  const cands = solutions.map((sol): Candidate => {
    const out: ValueItem[] = [];
    let k = 0;
    for (const run of nums) {
      let used = 0;
      while (k < sol.length && used < run.digits!.length) {
        const v = sol[k]!;
        used += String(v).length;
        out.push({ kind: 'number', value: v, digits: String(v), raw: run.raw, at: run.at, recovered: true });
        k++;
      }
    }
    return out;
  });
  return { candidates: dedupe(cands), note: 'recovered' };
}

export function resolveRow(items: readonly ValueItem[], n: number, groups: readonly SumGroup[] = []): RowResolution {
  const nums = items.filter((v) => v.kind === 'number');
  if (items.length === 0) return { candidates: [pad([], n)], note: 'trailingMissing' };
  if (nums.length === n) return { candidates: [nums], note: 'exact' };
  if (items.length === n) return { candidates: [pad(items, n)], note: 'positional' };
  if (items.length < n) {
    const rec = recover(items, n, groups);
    if (rec) return rec;
    return { candidates: [pad(items, n)], note: 'trailingMissing' };
  }
  // More cells than columns: find the windows of n consecutive cells that hold every number.
  const first = items.findIndex((v) => v.kind === 'number');
  let last = -1;
  items.forEach((v, i) => {
    if (v.kind === 'number') last = i;
  });
  if (first < 0) return { candidates: [pad([], n)], note: 'positional' };
  if (last - first + 1 > n) return { candidates: [], note: 'undetermined' };
  const windows: Candidate[] = [];
  for (let s = Math.max(0, last - n + 1); s <= first && s + n <= items.length; s++) {
    const w = pad(items.slice(s, s + n), n);
    if (satisfiesSums(candidateValues(w), groups)) windows.push(w);
  }
  // Windows that run past the end: cells missing at the end of the row.
  if (windows.length === 0 && items.length - first < n) {
    const w = pad(items.slice(first), n);
    if (satisfiesSums(candidateValues(w), groups)) windows.push(w);
  }
  const uniq = dedupe(windows);
  return uniq.length === 0 ? { candidates: [], note: 'undetermined' } : { candidates: uniq, note: 'window' };
}

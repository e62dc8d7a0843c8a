/**
 * @module Placing the value cells found after a row label onto the template's
 * columns. Exact counts map directly; extra blank cells (merged cells lost or
 * duplicated) are resolved by the row's own arithmetic; digits that ran
 * together are split only where the arithmetic leaves one answer. Several
 * answers are returned as candidates, never chosen at random.
 */
import type { Candidate, SumGroup, ValueItem } from './value-item.js';
import { candidateValues, isMarkedBlank, sameValues, satisfiesSums } from './value-item.js';
import { splitDigitRuns } from './digit-split.js';

/** Digits in the longest token before a row is suspected to have run together. */
const MIN_RUN = 5;

export type RowNote = 'exact' | 'positional' | 'trailingMissing' | 'window' | 'recovered' | 'placed' | 'undetermined';

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

function recover(items: readonly ValueItem[], n: number, groups: readonly SumGroup[], minRun = MIN_RUN): RowResolution | null {
  const nums = items.filter((v) => v.kind === 'number');
  if (nums.length !== items.length || nums.some((v) => !v.digits || !/^\d+$/.test(v.digits))) return null;
  const runs = nums.map((v) => v.digits!);
  // Only a long run of digits can be several cells that lost their separators; short numbers in
  // fewer cells than columns are a row with cells missing (trailing blanks dropped by the source).
  if (runs.join('').length < n || Math.max(...runs.map((r) => r.length)) < minRun) return null;
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
    if (items.some((v) => v.loose)) return resolveLoose(items, n, groups);
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
  const windows: { w: Candidate; from: number }[] = [];
  for (let s = Math.max(0, last - n + 1); s <= first && s + n <= items.length; s++) {
    const w = pad(items.slice(s, s + n), n);
    if (satisfiesSums(candidateValues(w), groups)) windows.push({ w, from: s });
  }
  // Windows that run past the end: cells missing at the end of the row.
  if (windows.length === 0 && items.length - first < n) {
    const w = pad(items.slice(first), n);
    if (satisfiesSums(candidateValues(w), groups)) windows.push({ w, from: first });
  }
  // Blank markers the agency wrote (—, 无) stand in value columns; empty cells may be layout (an
  // indentation cell, Word's trailing cell). Prefer the windows that keep every written marker.
  let kept = windows;
  if (windows.length > 1) {
    const marked = items.map((v, i) => (isMarkedBlank(v) ? i : -1)).filter((i) => i >= 0);
    const keeping = windows.filter(({ from }) => marked.every((i) => i >= from && i < from + n));
    if (keeping.length > 0) kept = keeping;
  }
  const uniq = dedupe(kept.map((k) => k.w));
  return uniq.length === 0 ? { candidates: [], note: 'undetermined' } : { candidates: uniq, note: 'window' };
}

/** Ways to choose `k` of `n` slots in order (bounded: rows have at most 15 cells). */
function* placements(k: number, n: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= n - k; i++) for (const rest of placements(k - 1, n, i + 1)) yield [i, ...rest];
}

/** Every group holds with blank cells read as 0, totals included (a placement puts blanks where none was written). */
function holdsStrictly(values: readonly (number | null)[], groups: readonly SumGroup[]): boolean {
  for (const g of groups) {
    let sum = 0;
    for (const p of g.parts) sum += values[p] ?? 0;
    if (Math.abs(sum - (values[g.total] ?? 0)) > 1e-9) return false;
  }
  return true;
}

/**
 * Fewer cells than columns, from text without cell boundaries: blank cells vanished somewhere,
 * or digits of neighbouring cells ran together. Every reading the row's arithmetic allows is a
 * candidate — values placed in order with blanks between them, or runs of digits split — and
 * without arithmetic to decide by, several placements leave the row undetermined. Never "the
 * missing cells are at the end": nothing in such text says so.
 */
function resolveLoose(items: readonly ValueItem[], n: number, groups: readonly SumGroup[]): RowResolution {
  const cands: Candidate[] = [];
  const rec = groups.length > 0 ? recover(items, n, groups, 0) : null;
  if (rec && rec.note === 'recovered') cands.push(...rec.candidates);
  for (const slots of placements(items.length, n)) {
    const c: (ValueItem | null)[] = new Array<ValueItem | null>(n).fill(null);
    slots.forEach((s, i) => (c[s] = items[i]!.kind === 'number' ? items[i]! : null));
    if (groups.length === 0 || holdsStrictly(candidateValues(c), groups)) cands.push(c);
  }
  const uniq = dedupe(cands);
  if (uniq.length === 0) return { candidates: [], note: 'undetermined' };
  if (uniq.length === 1) return { candidates: uniq, note: rec && rec.candidates.includes(uniq[0]!) ? 'recovered' : 'placed' };
  return { candidates: uniq, note: 'window' };
}

/**
 * A merged value cell repeated in every column it spans (Markdown conversions write
 * "行政许可 | 57 | 57 | 57" for one cell spanning three columns): when a row holds more
 * numbers than columns and only blanks beside them, and the runs of equal neighbours are
 * exactly `n`, each run is one cell. Anything else is not decided here.
 */
export function collapseSpanRepeats(items: readonly ValueItem[], n: number): RowResolution | null {
  const nums = items.filter((v) => v.kind === 'number');
  if (nums.length <= n) return null;
  const runs: ValueItem[] = [];
  for (const v of nums) if (runs.length === 0 || runs[runs.length - 1]!.value !== v.value) runs.push(v);
  return runs.length === n ? { candidates: [runs], note: 'exact' } : null;
}

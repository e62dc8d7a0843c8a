/**
 * @module A value cell found after a row label, with where it came from.
 */
import type { SourceLocation } from '../../domain/annual-report/report.js';

export interface ValueItem {
  readonly kind: 'number' | 'blank';
  /** For numbers: the value; for blanks: undefined. */
  readonly value?: number;
  readonly digits?: string;
  readonly unit?: 'wan' | 'yuan';
  readonly annotation?: 'increase' | 'decrease';
  /** Text as it stands in the document. */
  readonly raw: string;
  readonly at: SourceLocation;
  /** Set when this value was cut out of a longer run of digits. */
  readonly recovered?: boolean;
  /**
   * Set when the value came from text holding several cells apart by spaces ("12 3 45", or the
   * numbers after a label): the source kept no cell boundaries, so blank cells may have vanished
   * and the position of a value among the columns is not known.
   */
  readonly loose?: boolean;
  /** Grid column of the cell the value stands in, where the source knows its table grid. */
  readonly col?: number;
}

/**
 * `v` marked loose, or placed at a grid column. Copied field by field: these copies are made for
 * nearly every value of a document, and an object spread costs many times more.
 */
export function looseItem(v: ValueItem): ValueItem {
  return v.loose ? v : copyItem(v, true, v.col);
}

export function itemAtColumn(v: ValueItem, col: number): ValueItem {
  return copyItem(v, v.loose, col);
}

function copyItem(v: ValueItem, loose: boolean | undefined, col: number | undefined): ValueItem {
  return { kind: v.kind, value: v.value, digits: v.digits, unit: v.unit, annotation: v.annotation, raw: v.raw, at: v.at, recovered: v.recovered, loose, col };
}

/** A constraint `cells[total] = Σ cells[parts]` inside one row. */
export interface SumGroup {
  readonly parts: readonly number[];
  readonly total: number;
}

export type Candidate = readonly (ValueItem | null)[];

export function candidateValues(c: Candidate): (number | null)[] {
  return c.map((v) => (v && v.kind === 'number' ? v.value! : null));
}

export function sameValues(a: Candidate, b: Candidate): boolean {
  const va = candidateValues(a);
  const vb = candidateValues(b);
  return va.length === vb.length && va.every((v, i) => v === vb[i]);
}

/** Holds when every group's total equals the sum of its parts (blanks read as 0; a blank total is not checked). */
export function satisfiesSums(values: readonly (number | null)[], groups: readonly SumGroup[]): boolean {
  for (const g of groups) {
    const total = values[g.total];
    if (total === null || total === undefined) continue;
    let sum = 0;
    for (const p of g.parts) sum += values[p] ?? 0;
    if (Math.abs(sum - total) > 1e-9) return false;
  }
  return true;
}

/** A blank cell the agency wrote (—, /, 无, -), as opposed to an empty cell: it stands in a value column. */
export function isMarkedBlank(v: ValueItem | null | undefined): boolean {
  return !!v && v.kind === 'blank' && /[^\s\u00a0\u3000\u200b\ufeff]/.test(v.raw);
}

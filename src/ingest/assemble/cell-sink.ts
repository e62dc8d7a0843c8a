/**
 * @module Where the assembler puts what it reads: values, their sources and findings.
 */
import { cellSlots, type AmountUnit, type CellsBySlot, type CellSource, type CellValue } from '../../domain/annual-report/report.js';
import type { FormatId } from '../../domain/annual-report/columns.js';
import type { Finding } from '../../domain/shared/finding.js';
import type { Candidate } from './value-item.js';

/**
 * Values and sources are kept by the cell's slot in the template (`cellSlots`), the form
 * `buildReport` reads without a look-up per cell. A path outside the template is not kept.
 */
export class CellSink implements CellsBySlot {
  private readonly slots: ReadonlyMap<string, number>;
  readonly values: (CellValue | undefined)[];
  readonly sources: (CellSource | undefined)[];
  readonly units: Record<string, AmountUnit> = {};
  readonly findings: Finding[] = [];

  constructor(format: FormatId) {
    this.slots = cellSlots(format);
    this.values = new Array<CellValue | undefined>(this.slots.size).fill(undefined);
    this.sources = new Array<CellSource | undefined>(this.slots.size).fill(undefined);
  }

  /** Writes a resolved row: paths[i] ← candidate[i]. */
  putRow(paths: readonly string[], cand: Candidate): void {
    for (let i = 0; i < paths.length; i++) {
      const slot = this.slots.get(paths[i]!);
      if (slot === undefined) continue;
      const v = cand[i] ?? null;
      this.values[slot] = v && v.kind === 'number' ? v.value! : null;
      if (v) this.sources[slot] = { raw: v.raw, at: v.at };
    }
  }

  putNulls(paths: readonly string[]): void {
    for (const p of paths) {
      const slot = this.slots.get(p);
      if (slot !== undefined && this.values[slot] === undefined) this.values[slot] = null;
    }
  }

  /** Whether a value (or a null) was written at `path`. */
  has(path: string): boolean {
    return this.valueAt(path) !== undefined;
  }

  /** The value written at `path`; undefined where none was. */
  valueAt(path: string): CellValue | undefined {
    const slot = this.slots.get(path);
    return slot === undefined ? undefined : this.values[slot];
  }

  add(f: Finding): void {
    this.findings.push(f);
  }
}

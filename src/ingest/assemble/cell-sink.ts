/**
 * @module Where the assembler puts what it reads: values, their sources and findings.
 */
import type { AmountUnit, CellSource, CellValue } from '../../domain/annual-report/report.js';
import type { Finding } from '../../domain/shared/finding.js';
import type { Candidate } from './value-item.js';

export class CellSink {
  readonly values = new Map<string, CellValue>();
  readonly sources = new Map<string, CellSource>();
  readonly units: Record<string, AmountUnit> = {};
  readonly findings: Finding[] = [];

  /** Writes a resolved row: paths[i] ← candidate[i]. */
  putRow(paths: readonly string[], cand: Candidate): void {
    for (let i = 0; i < paths.length; i++) {
      const p = paths[i]!;
      const v = cand[i] ?? null;
      this.values.set(p, v && v.kind === 'number' ? v.value! : null);
      if (v) this.sources.set(p, { raw: v.raw, at: v.at });
    }
  }

  putNulls(paths: readonly string[]): void {
    for (const p of paths) if (!this.values.has(p)) this.values.set(p, null);
  }

  add(f: Finding): void {
    this.findings.push(f);
  }
}

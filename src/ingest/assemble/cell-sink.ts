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
    paths.forEach((p, i) => {
      const v = cand[i] ?? null;
      if (v && v.kind === 'number') {
        this.values.set(p, v.value!);
        this.sources.set(p, { raw: v.raw, at: v.at });
      } else {
        this.values.set(p, null);
        if (v) this.sources.set(p, { raw: v.raw, at: v.at });
      }
    });
  }

  putNulls(paths: readonly string[]): void {
    for (const p of paths) if (!this.values.has(p)) this.values.set(p, null);
  }

  add(f: Finding): void {
    this.findings.push(f);
  }
}

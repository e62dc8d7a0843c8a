/**
 * @module How well a label names each Table-3 row, kept per label.
 *
 * Matching a label scores it against the rows' anchors (exact, prefix or suffix, containment, edit
 * distance), and the same labels — row labels, header words, notes under the table — come back in
 * every report. The scores of a label are therefore computed once per format, each row's only when
 * first asked for, and matching becomes a look-up.
 */
import type { ReportFormat } from '../../domain/annual-report/formats/index.js';
import { bestScore } from './match-label.js';
import { detach } from './memo.js';

export class RowScores {
  /** NaN until computed. */
  private readonly plain: Float64Array;
  private readonly fuzzy: Float64Array;

  constructor(
    private readonly label: string,
    private readonly format: ReportFormat,
  ) {
    this.plain = new Float64Array(format.table3.length).fill(Number.NaN);
    this.fuzzy = new Float64Array(format.table3.length).fill(Number.NaN);
  }

  /** `bestScore` of the label against row `i`'s anchors, with edit distance or without. */
  score(i: number, withEditDistance: boolean): number {
    const scores = withEditDistance ? this.fuzzy : this.plain;
    let s = scores[i]!;
    if (Number.isNaN(s)) scores[i] = s = bestScore(this.label, this.format.table3[i]!.anchors, withEditDistance);
    return s;
  }
}

const MAX_LABELS = 5_000;
const CACHE = new Map<ReportFormat, Map<string, RowScores>>();

/** The scores of `label` (a label core) against the format's Table-3 rows. */
export function rowScores(format: ReportFormat, label: string): RowScores {
  let byLabel = CACHE.get(format);
  if (!byLabel) {
    byLabel = new Map();
    CACHE.set(format, byLabel);
  }
  let scores = byLabel.get(label);
  if (!scores) {
    if (byLabel.size >= MAX_LABELS) byLabel.clear();
    // Labels are cut from documents: copied, so the cache does not keep the documents alive (memo.ts).
    const key = detach(label);
    scores = new RowScores(key, format);
    byLabel.set(key, scores);
  }
  return scores;
}

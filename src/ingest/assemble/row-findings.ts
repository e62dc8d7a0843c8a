/**
 * @module Findings for a resolved row (missing cells, ambiguity, recovered digits, annotations).
 */
import type { RowResolution } from './resolve-row.js';
import { candidateValues, type Candidate } from './value-item.js';
import { finding, PARSE_RULES } from './findings.js';
import type { CellSink } from './cell-sink.js';

/** Records a row whose reading is settled, with the notes that go with how it was read. */
export function putResolvedRow(sink: CellSink, label: string, paths: readonly string[], res: RowResolution, chosen: Candidate): void {
  sink.putRow(paths, chosen);
  if (res.note === 'trailingMissing') {
    const missing = paths.filter((_, i) => chosen[i] === null);
    if (missing.length > 0) {
      sink.add(
        finding(
          PARSE_RULES.missingCells,
          'warning',
          `“${label}”一行在文档中只有 ${paths.length - missing.length} 个单元格（应为 ${paths.length} 个），缺少的单元格记为空。`,
          `Row “${label}” has fewer cells in the document than the template's ${paths.length}; the missing cells are null.`,
          missing,
        ),
      );
    }
  }
  if (res.note === 'placed') {
    const given = chosen.filter((v) => v !== null).length;
    sink.add(
      finding(
        PARSE_RULES.recovered,
        'info',
        `“${label}”一行在文档中只有 ${given} 个数、没有单元格分隔（应为 ${paths.length} 个单元格）；按表内勾稽关系只有一种放法，其余单元格为空。`,
        `Row “${label}” has ${given} numbers without cell boundaries for ${paths.length} cells; the table's arithmetic allows one placement only, the other cells are null.`,
        paths,
      ),
    );
  }
  if (res.note === 'recovered' || (res.note !== 'placed' && chosen.some((v) => v?.recovered))) {
    sink.add(
      finding(
        PARSE_RULES.recovered,
        'info',
        `“${label}”一行的数字连在一起（${chosen[0]?.raw ?? ''}），已按表内勾稽关系唯一地拆分为 ${candidateValues(chosen).join('、')}。`,
        `Digits of row “${label}” ran together; the table's arithmetic allows exactly one split: ${candidateValues(chosen).join(', ')}.`,
        paths,
      ),
    );
  }
  chosen.forEach((v, i) => {
    if (v?.annotation) {
      sink.add(
        finding(
          PARSE_RULES.annotation,
          'info',
          `“${v.raw.trim()}”读作 ${v.value}（${v.annotation === 'increase' ? '增' : '减'}）。`,
          `“${v.raw.trim()}” read as ${v.value} (${v.annotation}).`,
          [paths[i]!],
        ),
      );
    }
  });
}

/** Records a row that cannot be read with confidence: every cell null, candidates named. */
/** Readings named in a finding: enough to show the choice, not a wall of them. */
const MAX_LISTED = 6;
const MAX_CANDIDATES = 20;

/** Records a row that cannot be read with confidence: every cell null, candidates named. */
export function putUndeterminedRow(sink: CellSink, label: string, paths: readonly string[], res: RowResolution, raw: string): void {
  sink.putNulls(paths);
  const readings = res.candidates.map(candidateValues);
  const shown = readings.slice(0, MAX_LISTED).map((c) => `[${c.map((v) => (v === null ? '' : String(v))).join(',')}]`);
  const more = readings.length > MAX_LISTED;
  const cands = readings.slice(0, MAX_CANDIDATES).map((c) => c.map((v) => v ?? 0));
  sink.add(
    finding(
      PARSE_RULES.ambiguous,
      'warning',
      readings.length > 1
        ? `“${label}”一行（原文“${raw}”）有 ${readings.length} 种读法都符合勾稽关系，无法确定，记为空：${shown.join(' 或 ')}${more ? ' 等' : ''}。`
        : `“${label}”一行（原文“${raw}”）无法确定各单元格的数值，记为空。`,
      readings.length > 1
        ? `Row “${label}” (“${raw}”) has ${readings.length} readings that satisfy the table's arithmetic; left null: ${shown.join(' or ')}${more ? ' and more' : ''}.`
        : `The cells of row “${label}” (“${raw}”) cannot be determined; left null.`,
      paths,
      readings.length > 1 ? { candidates: cands } : {},
    ),
  );
}

/**
 * @module Reading Table 4 (行政复议、行政诉讼情况): after the header words, the
 * fifteen cells in order (review ×5, direct litigation ×5, litigation after
 * review ×5), placed by the group totals (R4) where cells were lost.
 */
import type { Token } from '../tokens.js';
import { T4_COL_KEYS, T4_GROUPS } from '../../domain/annual-report/columns.js';
import { collectValues, valueItemsOf } from './collect-values.js';
import { resolveRow } from './resolve-row.js';
import type { CellSink } from './cell-sink.js';
import { putResolvedRow, putUndeterminedRow } from './row-findings.js';
import { finding, PARSE_RULES } from './findings.js';
import type { SumGroup } from './value-item.js';
import { isTable4Header } from './vocabulary.js';
import { core } from './normalize.js';
import type { TableSpan } from './table3.js';

const PATHS = T4_GROUPS.flatMap((g) => T4_COL_KEYS.map((c) => `table4.${g.key}.${c}`));
const SUMS: readonly SumGroup[] = [0, 5, 10].map((o) => ({ parts: [o, o + 1, o + 2, o + 3], total: o + 4 }));

export function readTable4(tokens: readonly Token[], from: number, to: number, sink: CellSink): TableSpan {
  let start = -1;
  let lastHeader = -1;
  const used = new Set<number>();
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'cell') continue;
    const isValue = valueItemsOf(t.text, t.at) !== null;
    if (!isValue && isTable4Header(t.text)) {
      const c = core(t.text);
      if (start < 0) {
        if (!c.includes('行政复议') && !c.includes('行政诉讼')) continue;
        start = i;
      }
      lastHeader = i;
      used.add(i);
      continue;
    }
    if (start < 0) continue;
    if (isValue) {
      if (readsAsNumber(t.text)) break;
      continue;
    }
    // Text that is no header word: the table has no data row.
    if (core(t.text) !== '') break;
  }
  if (start < 0) {
    sink.putNulls(PATHS);
    sink.add(finding(PARSE_RULES.missingRow, 'warning', '未找到表四（行政复议、行政诉讼情况）。', 'Table 4 (reconsideration and litigation) was not found.', PATHS));
    return { found: false, start: -1, end: from, tokens: used };
  }
  const col = collectValues(tokens, lastHeader + 1, { stopAtRowEnd: false });
  for (let k = lastHeader + 1; k < col.end; k++) used.add(k);
  const res = resolveRow(col.items, 15, SUMS);
  const label = '表四';
  if (res.candidates.length === 1) putResolvedRow(sink, label, PATHS, res, res.candidates[0]!);
  else putUndeterminedRow(sink, label, PATHS, res, col.items.map((v) => v.raw).join(' '));
  return { found: true, start, end: Math.max(col.lastValue + 1, lastHeader + 1), tokens: used };
}

function readsAsNumber(text: string): boolean {
  const items = valueItemsOf(text, { kind: 'derived', note: '' });
  return !!items && items.some((v) => v.kind === 'number');
}

/**
 * @module The Table-2 entry form read back: one text field per cell, named by
 * its path (`table2.licensing.decisions`), and beside it a hidden `was:<path>`
 * with the value the page showed. Each field is read by the kind of its column
 * (`parseTable2Value`); a cell counts as changed when what was typed differs
 * from what was shown — only those are written, each with what was shown as
 * the expected value, so that a cell someone else changed meanwhile is
 * refused instead of overwritten (`setTable2Entries`' `expected`).
 */
import type { FormatId } from '../../domain/annual-report/columns.js';
import { cellSpecs } from '../../domain/annual-report/formats/index.js';
import { parseTable2Value } from '../../domain/annual-report/table2-value.js';
import type { FormBody } from '../form.js';
import { field } from '../form.js';

export const WAS_PREFIX = 'was:';

/** The DOM id of a cell's input: `t2-licensing-decisions`. */
export const table2InputId = (path: string): string => `t2-${path.slice('table2.'.length).replaceAll('.', '-')}`;

export interface Table2FormRead {
  /** What was typed in the cells that changed or could not be read, by path (to show again; other cells show what is stored). */
  readonly typed: Readonly<Record<string, string>>;
  /** The problem with each field that could not be read, by path. */
  readonly errors: Readonly<Record<string, string>>;
  /** The changed cells: path → new value (null clears). */
  readonly changes: Readonly<Record<string, number | null>>;
  /** What the page showed in each changed cell. */
  readonly expected: Readonly<Record<string, number | null>>;
}

export function readTable2Form(body: FormBody, format: FormatId): Table2FormRead {
  const typed: Record<string, string> = {};
  const errors: Record<string, string> = {};
  const changes: Record<string, number | null> = {};
  const expected: Record<string, number | null> = {};
  for (const spec of cellSpecs(format)) {
    if (spec.table !== 'table2' || !Object.hasOwn(body, spec.path)) continue;
    const text = field(body, spec.path);
    const now = parseTable2Value(spec.kind, text);
    if (!now.ok) {
      typed[spec.path] = text;
      errors[spec.path] = `${spec.rowLabel}·${spec.colLabel}：${now.message.zh}`;
      continue;
    }
    const wasText = Object.hasOwn(body, WAS_PREFIX + spec.path) ? field(body, WAS_PREFIX + spec.path) : undefined;
    const was = wasText === undefined ? undefined : parseTable2Value(spec.kind, wasText);
    if (was?.ok && was.value === now.value) continue;
    typed[spec.path] = text;
    changes[spec.path] = now.value;
    if (was?.ok) expected[spec.path] = was.value;
  }
  return { typed, errors, changes, expected };
}

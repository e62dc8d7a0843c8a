/**
 * @module Collecting the value cells that follow a row label in the token stream.
 */
import { itemAtColumn, looseItem, type ValueItem } from './value-item.js';
import type { TokenForms } from './token-forms.js';
import { formsOf, type TextForms } from './text-forms.js';
import { plainNumber, type NumberCell } from './number-cell.js';
import type { SourceLocation } from '../../domain/annual-report/report.js';

export interface Collected {
  readonly items: ValueItem[];
  /** Index of the first token not consumed. */
  readonly end: number;
  /** Index of the last value token consumed, or -1. */
  readonly lastValue: number;
}

/** Reads one cell's text as value items (several when it holds a run like "0 0 3"), or null if it is text. */
export function valueItemsOf(text: string, at: SourceLocation): ValueItem[] | null {
  return plainItems(text, at) ?? valueItemsOfForms(formsOf(text), text, at);
}

/** The item of a cell of plain digits (most cells of a table), read without a look-up; null for any other text. */
export function plainItems(text: string, at: SourceLocation): ValueItem[] | null {
  const plain = plainNumber(text);
  return plain ? itemsOfReading(plain, text, at) : null;
}

/** `valueItemsOf` of a text whose forms are at hand (`forms`: `formsOf(text)`). */
export function valueItemsOfForms(forms: TextForms, text: string, at: SourceLocation): ValueItem[] | null {
  const items = itemsOfReading(forms.cell, text, at);
  if (items) return items;
  const parts = forms.run;
  if (!parts) return null;
  return parts.flatMap((p) => valueItemsOf(p, at) ?? []).map(looseItem);
}

function itemsOfReading(r: NumberCell, text: string, at: SourceLocation): ValueItem[] | null {
  if (r.kind === 'blank') return [{ kind: 'blank', raw: text, at }];
  if (r.kind === 'number') {
    return [{ kind: 'number', value: r.value, digits: r.digits, raw: text, at, unit: r.unit, annotation: r.annotation }];
  }
  return null;
}

/**
 * The value text cut from a label cell (`split-label`): every space-separated part is one cell,
 * and all are loose (the line kept no cell boundaries, so blank cells may be gone).
 */
export function tailItems(tail: string, at: SourceLocation): ValueItem[] {
  const out: ValueItem[] = [];
  for (const part of tail.split(/[\s\u00a0\u3000]+/)) {
    if (part === '') continue;
    const got = valueItemsOf(part, at);
    if (got) for (const v of got) out.push(looseItem(v));
  }
  return out;
}

/** What the token stream keeps of the tables' structure. */
export interface SourceShape {
  /** Rows end with `rowEnd` (HTML, Markdown, DOCX, XLSX, PDF lines, tab-separated text). */
  readonly rowStructured: boolean;
  /** Blank cells leave no trace (PDF text), so values carry no column position. */
  readonly blanksLost: boolean;
}

export interface CollectOptions {
  /** Stop at the end of the table row (row-structured sources). */
  readonly stopAtRowEnd: boolean;
  /** Mark every value loose: the source keeps no blank cells (see `SourceShape.blanksLost`). */
  readonly loose?: boolean;
}

export function collectValues(doc: TokenForms, start: number, opts: CollectOptions): Collected {
  const { tokens } = doc;
  const items: ValueItem[] = [];
  let i = start;
  let lastValue = -1;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'rowEnd') {
      if (opts.stopAtRowEnd && items.length > 0) {
        i++;
        break;
      }
      continue;
    }
    if (t.kind === 'gap') {
      for (let k = 0; k < t.size; k++) items.push({ kind: 'blank', raw: '', at: t.at, ...(opts.loose ? { loose: true } : {}) });
      continue;
    }
    const got = doc.values(i);
    if (!got) break;
    if (opts.loose) for (const v of got) items.push(looseItem(v));
    else if (t.col !== undefined && got.length === 1) items.push(itemAtColumn(got[0]!, t.col));
    else items.push(...got);
    lastValue = i;
  }
  return { items, end: i, lastValue };
}

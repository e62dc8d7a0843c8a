/**
 * @module A Table-2 figure as a person types it (the clerk's Table-2 page, the
 * API), read and checked by the kind of its column (`Table2CellKind`, R5):
 * a count is a whole number ≥ 0; the 2019 `yearChange` (本年增/减) a whole
 * number that may be negative; an amount (`amountWan` in 万元, 2019
 * `amount`) a decimal ≥ 0 with at most six decimal places — 万元 to the fen
 * (0.000001 万元 = 0.01 元), which is as fine as any amount is kept.
 * Full-width digits, spaces and thousands separators are accepted; a blank
 * means "not entered" (null), never 0.
 */
import type { Message } from '../shared/finding.js';
import type { Table2CellKind } from './formats/format-def.js';

/** Decimal places an amount may carry (万元 to the fen). */
export const AMOUNT_DECIMALS = 6;

/** Amounts above this are typing errors, not budgets (10¹² 万元). */
const MAX_AMOUNT = 1e12;

export type Table2ValueResult = { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly message: Message };

const PATTERNS: Readonly<Record<Table2CellKind, RegExp>> = {
  count: /^\+?\d+$/u,
  signedCount: /^[+-]?\d+$/u,
  amount: /^\+?(\d+)(?:\.(\d+))?$/u,
};

const EXPECTED: Readonly<Record<Table2CellKind, Message>> = {
  count: { zh: '请填写不小于 0 的整数，例如 125。', en: 'Enter a whole number of 0 or more, such as 125.' },
  signedCount: { zh: '请填写整数，减少时在前面加负号，例如 -3。', en: 'Enter a whole number, with a minus sign for a decrease, such as -3.' },
  amount: {
    zh: `请填写不小于 0 的数，最多 ${AMOUNT_DECIMALS} 位小数，例如 88.7825。`,
    en: `Enter a number of 0 or more with at most ${AMOUNT_DECIMALS} decimal places, such as 88.7825.`,
  },
};

/** True when the number may stand in a cell of this kind (what the repository enforces). */
export function isTable2Value(kind: Table2CellKind, v: number): boolean {
  switch (kind) {
    case 'count':
      return Number.isSafeInteger(v) && v >= 0;
    case 'signedCount':
      return Number.isSafeInteger(v);
    case 'amount':
      return Number.isFinite(v) && v >= 0 && v <= MAX_AMOUNT && Number(v.toFixed(AMOUNT_DECIMALS)) === v;
  }
}

/** What a value of this kind must look like, for messages. */
export function table2ValueRule(kind: Table2CellKind): Message {
  return EXPECTED[kind];
}

/** Reads what was typed: blank → null; otherwise the number, or why it is not one. */
export function parseTable2Value(kind: Table2CellKind, typed: string): Table2ValueResult {
  const text = typed
    .normalize('NFKC')
    .replace(/[\s,，]/gu, '')
    .replace(/[−–—]/gu, '-');
  if (text === '') return { ok: true, value: null };
  const m = PATTERNS[kind].exec(text);
  if (!m) return { ok: false, message: EXPECTED[kind] };
  const value = Number(text);
  if (kind === 'amount' && (m[2]?.length ?? 0) > AMOUNT_DECIMALS) return { ok: false, message: EXPECTED[kind] };
  if (!isTable2Value(kind, value)) {
    return { ok: false, message: { zh: '数值过大，请核对。', en: 'The number is too large; check it.' } };
  }
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** A stored value as it is shown in an input (never an exponent). */
export function formatTable2Value(v: number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return Number.isInteger(v) ? String(v) : v.toFixed(AMOUNT_DECIMALS).replace(/0+$/u, '');
}

/**
 * @module Reading one value cell: a number, a blank, or text that is no number.
 * Tolerates full-width digits, thousands separators, NBSP, `130(增)`/`19(减)`,
 * and units written in the cell (`万元`, `元`). Never invents a value.
 */

export type NumberCell =
  | { readonly kind: 'blank'; readonly marker?: string }
  | {
      readonly kind: 'number';
      readonly value: number;
      /** Digits exactly as written, for arithmetic recovery of run-together cells. */
      readonly digits: string;
      readonly unit?: 'wan' | 'yuan';
      readonly annotation?: 'increase' | 'decrease';
    }
  | { readonly kind: 'text' };

const SPACE_RE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const BLANK_MARKERS = new Set(['-', '--', '—', '——', '/', '\\', '无', '空', '－', '／', '‒', '–', '…', '...']);
const NUMBER_RE =
  /^(?<sign>[+-])?(?:(?<pre>增加?|减少?)[:：]?)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<unit>万元|元|件|项|个|条)?(?:[(（](?<post>增|减|增加|减少|\+|-)[)）]|(?<post2>增|减))?(?<unit2>万元|元|件|项|个|条)?$/;

const DIGITS_APART_RE = /[\d.][\s\u00a0\u3000\u200b\ufeff]+[\d.]/;

const PLAIN_DIGITS_RE = /^\d{1,9}$/;

/** Plain digits, most cells of a table: read directly, cheaper than looking their reading up (text-forms.ts). */
export function plainNumber(text: string): NumberCell | null {
  return PLAIN_DIGITS_RE.test(text) ? { kind: 'number', value: Number(text), digits: text } : null;
}

/** Reads a cell (`readNumberCell` in text-forms.ts keeps the readings per text). */
export function readCell(text: string): NumberCell {
  const n = text.normalize('NFKC');
  // Digits separated by white space are two cells, never one number.
  if (DIGITS_APART_RE.test(n)) return { kind: 'text' };
  const s = n.replace(SPACE_RE, '');
  if (s === '') return { kind: 'blank' };
  if (BLANK_MARKERS.has(s)) return { kind: 'blank', marker: s };
  const m = NUMBER_RE.exec(s);
  if (!m?.groups) return { kind: 'text' };
  const g = m.groups;
  const digits = g.num!.replace(/,/g, '');
  let value = Number(digits);
  if (!Number.isFinite(value)) return { kind: 'text' };
  const dir = g.pre ?? g.post ?? g.post2;
  let annotation: 'increase' | 'decrease' | undefined;
  if (dir === '减' || dir === '减少' || dir === '-') annotation = 'decrease';
  else if (dir === '增' || dir === '增加' || dir === '+') annotation = 'increase';
  if (g.sign === '-' || annotation === 'decrease') value = -value;
  const unitText = g.unit ?? g.unit2;
  const unit = unitText === '万元' ? 'wan' : unitText === '元' ? 'yuan' : undefined;
  return {
    kind: 'number',
    value: Object.is(value, -0) ? 0 : value,
    digits,
    ...(unit ? { unit } : {}),
    ...(annotation ? { annotation } : {}),
  };
}

/**
 * Splits a cell holding several space-separated numbers ("0 0 3", "12 — 5") into its parts, or null.
 * Blank markers may stand between them, but at least two parts must be numbers, so page furniture
 * such as "- 3 -" is never read as cells.
 */
const RUN_RE = /[\d０-９][\s\u00a0\u3000]+\S|\S[\s\u00a0\u3000]+[\d０-９]/;

/** Splits a run (`splitNumberRun` in text-forms.ts keeps the results per text). */
export function splitRun(text: string): string[] | null {
  if (!RUN_RE.test(text)) return null;
  const parts = text.normalize('NFKC').trim().split(/[\s\u00a0\u3000]+/);
  if (parts.length < 2) return null;
  let numbers = 0;
  for (const p of parts) {
    const r = plainNumber(p) ?? readCell(p);
    if (r.kind === 'number') numbers++;
    else if (r.kind !== 'blank' || r.marker === undefined) return null;
  }
  return numbers >= 2 ? parts : null;
}

/**
 * Property tests: random mutations of the real reports (cells deleted, labels
 * mangled, whitespace changed, digits added, lines swapped or duplicated) never
 * crash the reader and never produce a number that is not in the input.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/ingest/parse.js';
import { cellSpecs, getCell } from '../src/domain/annual-report/index.js';
import { isGongkaiError } from '../src/domain/shared/errors.js';

const dir = join(import.meta.dirname, 'corpus');
const fixtures = join(import.meta.dirname, 'fixtures');
// The plain-text reports and the UTF-8 HTML and Markdown fixtures: every text layout the readers know.
const texts = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8')),
  readFileSync(join(fixtures, 'html/003-word-pasted.html'), 'utf8'),
  readFileSync(join(fixtures, 'md/004-broken.md'), 'utf8'),
];

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'mangle'; at: number; pos: number; ch: string }
  | { kind: 'space'; at: number; pos: number; ws: string }
  | { kind: 'digit'; at: number; pos: number; d: string }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'dup'; at: number }
  | { kind: 'join'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('mangle' as const), at: fc.nat(), pos: fc.nat(), ch: fc.constantFrom('子', '启', 'X', '。', '', '一', '1') }),
  fc.record({ kind: fc.constant('space' as const), at: fc.nat(), pos: fc.nat(), ws: fc.constantFrom(' ', '\u00a0', '\u3000', '\t', '\n', '\n\n', ' |') }),
  fc.record({ kind: fc.constant('digit' as const), at: fc.nat(), pos: fc.nat(), d: fc.constantFrom('0', '1', '7', '9', ',', '.') }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('dup' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('join' as const), at: fc.nat() }),
);

function apply(text: string, muts: readonly Mutation[]): string {
  const lines = text.split('\n');
  for (const m of muts) {
    if (lines.length < 2) break;
    const i = m.at % lines.length;
    const line = lines[i]!;
    switch (m.kind) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'mangle': {
        const p = m.pos % Math.max(1, line.length);
        lines[i] = line.slice(0, p) + m.ch + line.slice(p + 1);
        break;
      }
      case 'space': {
        const p = m.pos % (line.length + 1);
        lines[i] = line.slice(0, p) + m.ws + line.slice(p);
        break;
      }
      case 'digit': {
        const p = m.pos % (line.length + 1);
        lines[i] = line.slice(0, p) + m.d + line.slice(p);
        break;
      }
      case 'swap': {
        const j = m.with % lines.length;
        [lines[i], lines[j]] = [lines[j]!, line];
        break;
      }
      case 'dup':
        lines.splice(i, 0, line);
        break;
      case 'join':
        if (i + 1 < lines.length) lines.splice(i, 2, line + lines[i + 1]!);
        break;
    }
  }
  return lines.join('\n');
}

const INLINE_TAG_RE = /<\/?(?:span|font|b|i|u|em|strong|a|o:p|sup|sub|small|big)\b[^>]*>/gi;

/**
 * The text a reader sees: for HTML, inline tags join their text (`<span>7</span><span>7</span>`
 * shows as 77), every other tag separates it.
 */
function visibleText(input: string): string {
  if (!/<[a-z!/]/i.test(input)) return input;
  return input.replace(INLINE_TAG_RE, '').replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ');
}

/** Every number of the input, as written (NFKC, thousands separators and HTML entities resolved). */
function numbersIn(text: string): Set<string> {
  const s = text.normalize('NFKC').replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/(\d),(?=\d{3})/g, '$1');
  return new Set(s.match(/\d+(?:\.\d+)?/g) ?? []);
}

/** A value is "in the input" when its digits stand there, whole or as part of a run of digits. */
function appearsIn(value: number, text: string, nums: Set<string>): boolean {
  const abs = String(Math.abs(value));
  if (nums.has(abs)) return true;
  return text.normalize('NFKC').replace(/[^\d.]/g, ' ').includes(abs);
}

describe('mutated reports', () => {
  it('never crash and never invent a number', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), async (which, muts) => {
        const input = apply(texts[which]!, muts);
        let report;
        try {
          report = (await parseReport(new TextEncoder().encode(input))).report;
        } catch (e) {
          expect(isGongkaiError(e), String(e)).toBe(true);
          return;
        }
        const seen = visibleText(input);
        const nums = numbersIn(seen);
        for (const spec of cellSpecs(report.format)) {
          const v = getCell(report, spec.path);
          if (v === null || v === undefined) continue;
          expect(appearsIn(v, seen, nums), `${spec.path} = ${v} is not in the input`).toBe(true);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  }, 600_000);
});

/**
 * The zoo: every report in every published style (built by
 * test/zoo/make-zoo.ts) is read through `parseReport`, and every template
 * cell, the format, the year and the agency must equal the document's
 * `expected.json`. No value may be one the document does not contain, and the
 * findings a style provokes (P-RECOVERED, P-AMBIGUOUS) must be reported.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellSpecs, getCell, type AnnualReport, type FormatId } from '../src/domain/annual-report/index.js';
import { parseReport } from '../src/ingest/parse.js';
import { expectedCells } from './zoo/model.js';

const DIR = join(import.meta.dirname, 'zoo', 'docs');
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.expected.json'.length))
  .sort();

interface Case {
  readonly name: string;
  readonly expected: Record<string, unknown>;
  readonly text: string;
  readonly report: AnnualReport | null;
  readonly error: string | null;
}

/** The visible text of a document, for the invented-number check: tags removed and entities decoded for HTML. */
function visibleText(source: string, raw: string): string {
  if (!/\.(html|md)$/.test(source)) return raw;
  return raw
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A value is in the document when its digits stand there, whole or inside a run of digits (cells that ran together). */
function appearsIn(value: number, text: string): boolean {
  const s = text.normalize('NFKC').replace(/(\d),(?=\d{3})/g, '$1');
  const abs = String(Math.abs(value));
  if ((s.match(/\d+(?:\.\d+)?/g) ?? ([] as string[])).includes(abs)) return true;
  return s.replace(/[^\d.]/g, ' ').includes(abs);
}

const cases: Case[] = await Promise.all(
  names.map(async (name): Promise<Case> => {
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
    const bytes = readFileSync(join(DIR, expected['source'] as string));
    const text = visibleText(expected['source'] as string, bytes.toString('utf8'));
    try {
      return { name, expected, text, report: (await parseReport(new Uint8Array(bytes))).report, error: null };
    } catch (e) {
      return { name, expected, text, report: null, error: String(e) };
    }
  }),
);

/** Every expected cell and the three metadata fields that differ, as readable lines. */
function differences(c: Case): { wrong: string[]; total: number } {
  const exp = c.expected;
  const cells = expectedCells(exp);
  const specs = cellSpecs(exp['format'] as FormatId);
  const wrong: string[] = [];
  for (const k of ['format', 'year', 'agency'] as const) {
    const got = c.report?.[k] ?? null;
    if (got !== exp[k]) wrong.push(`${k}: expected ${String(exp[k])}, got ${String(got)}`);
  }
  for (const spec of specs) {
    const want = cells.get(spec.path);
    const got = c.report ? getCell(c.report, spec.path) : undefined;
    if (want !== got) wrong.push(`${spec.path}: expected ${String(want)}, got ${String(got)}`);
  }
  return { wrong, total: specs.length + 3 };
}

describe.each(cases)('$name', (c) => {
  it('reads every cell, the format, the year and the agency as the document shows them', () => {
    expect(c.error).toBeNull();
    expect(differences(c).wrong).toEqual([]);
  });

  it('never produces a number the document does not contain', () => {
    if (!c.report) return;
    const invented: string[] = [];
    for (const spec of cellSpecs(c.report.format)) {
      const v = getCell(c.report, spec.path);
      if (v !== null && v !== undefined && !appearsIn(v, c.text)) invented.push(`${spec.path} = ${v}`);
    }
    expect(invented).toEqual([]);
  });

  it('reports the findings the style provokes', () => {
    const rules = (c.expected['findings'] as string[] | undefined) ?? [];
    const got = new Set(c.report?.findings.map((f) => f.rule) ?? []);
    expect(rules.filter((r) => !got.has(r))).toEqual([]);
  });
});

describe('the zoo as a whole', () => {
  it('has at least 25 styles and 100 documents', () => {
    const styles = new Set(cases.map((c) => c.expected['style']));
    expect(styles.size).toBeGreaterThanOrEqual(25);
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it('reads at least 99.5% of all cells right', () => {
    let right = 0;
    let all = 0;
    const perStyle = new Map<string, [number, number]>();
    for (const c of cases) {
      const d = differences(c);
      right += d.total - d.wrong.length;
      all += d.total;
      const s = c.expected['style'] as string;
      const [r, a] = perStyle.get(s) ?? [0, 0];
      perStyle.set(s, [r + d.total - d.wrong.length, a + d.total]);
    }
    const pct = (r: number, a: number) => `${((r / a) * 100).toFixed(2)}%`;
    const worst = [...perStyle].filter(([, [r, a]]) => r < a).map(([s, [r, a]]) => `${s} ${pct(r, a)}`);
    console.log(`zoo: ${cases.length} documents, ${right}/${all} cells right (${pct(right, all)})${worst.length ? `; below 100%: ${worst.join(', ')}` : ''}`);
    expect(right / all).toBeGreaterThanOrEqual(0.995);
  });
});

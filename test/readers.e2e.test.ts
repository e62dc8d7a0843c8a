/**
 * End to end over the reader fixtures: each fixture (built by
 * test/fixtures/make-fixtures.ts from a corpus report) is detected, read and
 * assembled, and every template cell must equal the hand-read value in the
 * report's `*.expected.json`, exactly as the plain-text corpus test demands.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellSpecs, getCell, getPath } from '../src/domain/annual-report/index.js';
import type { AnnualReport } from '../src/domain/annual-report/report.js';
import { detectInputType } from '../src/ingest/detect.js';
import { parseReport } from '../src/ingest/parse.js';
import type { InputType } from '../src/ingest/tokens.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const CORPUS = join(import.meta.dirname, 'corpus');


const CASES: readonly { file: string; corpus: string; type: InputType }[] = [
  { file: 'html/003-word-pasted.html', corpus: '003_', type: 'html' },
  { file: 'html/002-gbk.html', corpus: '002_', type: 'html' },
  { file: 'md/004-broken.md', corpus: '004_', type: 'markdown' },
  { file: 'docx/003.docx', corpus: '003_', type: 'docx' },
  { file: 'pdf/003.pdf', corpus: '003_', type: 'pdf' },
  { file: 'xlsx/004.xlsx', corpus: '004_', type: 'xlsx' },
];

async function parse(bytes: Uint8Array): Promise<AnnualReport> {
  return (await parseReport(bytes)).report;
}

function expectedFor(prefix: string): Record<string, unknown> {
  const name = readdirSync(CORPUS).find((f) => f.startsWith(prefix) && f.endsWith('.expected.json'));
  if (!name) throw new Error(`no expected.json for ${prefix}`);
  return JSON.parse(readFileSync(join(CORPUS, name), 'utf8')) as Record<string, unknown>;
}

describe.each(CASES)('$file', ({ file, corpus, type }) => {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
  const expected = expectedFor(corpus);

  it(`is detected as ${type}`, () => {
    expect(detectInputType(bytes)).toBe(type);
  });

  it('reads the format', async () => {
    const report = await parse(bytes);
    expect(report.format).toBe(expected['format']);
  });

  it('reads every table cell as read by hand', async () => {
    const report = await parse(bytes);
    const wrong: string[] = [];
    for (const spec of cellSpecs(report.format)) {
      const want = getPath(expected, spec.path);
      const got = getCell(report, spec.path);
      if (want !== got) wrong.push(`${spec.path}: expected ${String(want)}, got ${String(got)}`);
    }
    expect(wrong).toEqual([]);
  });
});

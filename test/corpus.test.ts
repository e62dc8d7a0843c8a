/**
 * Golden files: every seed report reproduces every hand-read value of its
 * `*.expected.json` (tables, agency, year, format, publication date).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textReader } from '../src/ingest/text/read-text.js';
import { assembleReport } from '../src/ingest/assemble/assemble.js';
import { cellSpecs, getCell, getPath } from '../src/domain/annual-report/index.js';

const dir = join(import.meta.dirname, 'corpus');
const seeds = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));

describe.each(seeds)('%s', (name) => {
  const expected = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const bytes = readFileSync(join(dir, expected.source));
  const report = assembleReport(textReader.read(bytes) as ReturnType<typeof textReader.read> & object);

  it('reads format, year, agency and publication date', () => {
    expect({ format: report.format, year: report.year, agency: report.agency, publishedAt: report.publishedAt }).toEqual({
      format: expected.format,
      year: expected.year,
      agency: expected.agency,
      publishedAt: expected.publishedAt,
    });
  });

  it('reads every table cell as read by hand', () => {
    const wrong: string[] = [];
    for (const spec of cellSpecs(report.format)) {
      const want = getPath(expected, spec.path);
      const got = getCell(report, spec.path);
      if (want !== got) wrong.push(`${spec.path}: expected ${String(want)}, got ${String(got)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds all six section headings and keeps the narrative apart from the tables', () => {
    for (const [key, text] of Object.entries(report.sections)) expect(typeof text, key).toBe('string');
    expect(report.sections.overview!.length).toBeGreaterThan(50);
    expect(report.sections.problemsImprovements!.length).toBeGreaterThan(20);
    // Table cells never leak into the narrative of the table sections.
    for (const key of ['proactiveDisclosure', 'applications', 'reviewLitigation'] as const) {
      expect(report.sections[key]).not.toMatch(/^0$/m);
    }
  });
});

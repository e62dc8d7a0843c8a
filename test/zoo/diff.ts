/**
 * @module Debug aid: prints what the reader gets wrong in zoo documents.
 * Run: `npx tsx test/zoo/diff.ts [name-prefix]`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cellSpecs, getCell, type FormatId } from '../../src/domain/annual-report/index.js';
import { parseReport } from '../../src/ingest/parse.js';
import { expectedCells } from './model.js';

const DIR = join(import.meta.dirname, 'docs');
const prefix = process.argv[2] ?? '';
const verbose = process.argv.includes('-v');
for (const f of readdirSync(DIR).filter((x) => x.endsWith('.expected.json') && x.startsWith(prefix)).sort()) {
  const exp = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Record<string, unknown>;
  let report;
  try {
    report = (await parseReport(new Uint8Array(readFileSync(join(DIR, exp['source'] as string))))).report;
  } catch (e) {
    console.log(`${f}: ERROR ${String(e)}`);
    continue;
  }
  const cells = expectedCells(exp);
  const wrong: string[] = [];
  for (const k of ['format', 'year', 'agency'] as const) if (report[k] !== exp[k]) wrong.push(`${k}: ${String(exp[k])} → ${String(report[k])}`);
  for (const s of cellSpecs(exp['format'] as FormatId)) {
    const want = cells.get(s.path);
    const got = getCell(report, s.path);
    if (want !== got) wrong.push(`${s.path}: ${String(want)} → ${String(got)}`);
  }
  if (wrong.length === 0 && !verbose) continue;
  console.log(`== ${f} (${wrong.length} wrong)`);
  for (const w of wrong.slice(0, verbose ? 999 : 12)) console.log(`   ${w}`);
  if (verbose) for (const fi of report.findings) console.log(`   [${fi.rule}] ${fi.message.zh}`);
}

// Accuracy of `gongkai parse` against hand-read ground truth.
//
//   npm run build && node bench/accuracy.js DIR [--json] [-v]
//
// DIR holds documents and, beside each, `<name>.expected.json` in the shape of
// test/corpus/*.expected.json (its `source` names the document; without one, any file
// `<name>.*` is taken). Every document is parsed by the built CLI (`gongkai parse`), and
// every template cell of the expected format is compared:
//   right     the value read equals the hand-read value (null = blank or absent);
//   wrong     both hold numbers and they differ;
//   missed    a value was expected, null was read;
//   spurious  null was expected, a value was read (also any value at a path of the other
//             format when the engine chose the other one).
// Paths listed in the expected file's `uncertain` array are not scored (cells the document
// itself does not settle). Separately, every number the engine put in a table is looked
// for in the document's text: one that is not there is an invented number (a number that
// is only a part of a longer digit run is reported as split from a run, not as invented).
// Nothing outside DIR is read.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('-'));
const asJson = args.includes('--json');
const verbose = args.includes('-v') || args.includes('--verbose');
if (!dir) {
  console.error('usage: node bench/accuracy.js DIR [--json] [-v]');
  process.exit(2);
}
const { cellSpecs, getPath } = await import(join(root, 'dist/domain/annual-report/index.js'));
const cli = join(root, 'bin/gongkai.js');

function documentFor(name, expected) {
  if (expected.source && existsSync(join(dir, expected.source))) return join(dir, expected.source);
  const hit = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && !f.endsWith('.expected.json'));
  return hit ? join(dir, hit) : null;
}

function parse(file) {
  try {
    const out = execFileSync(process.execPath, [cli, 'parse', '--no-sources', file], { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    return { report: JSON.parse(out.toString('utf8')) };
  } catch (err) {
    return { error: String(err.stderr ?? err.message).trim().split('\n')[0] };
  }
}

/** The text a reader sees: for a web page, without markup (so that "width:38px" hides no invented 38). */
function visibleText(file) {
  const raw = readFileSync(file).toString('utf8');
  if (!/\.html?$/i.test(file)) return raw;
  return raw
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&[a-z]+;/gi, ' ');
}

// Every number written in the document, and its digit runs (separators removed). Only text
// documents (plain text, HTML, Markdown, CSV) are searched; others are not checked.
function numbersIn(file) {
  if (!/\.(txt|html?|md|markdown|csv)$/i.test(file)) return null;
  const text = visibleText(file).normalize('NFKC').replace(/(\d),(?=\d{3}\b)/g, '$1');
  const values = new Set();
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) values.add(Number(m[0]));
  const runs = text.match(/\d+/g) ?? [];
  return { values, runs };
}

function tablePaths(node, prefix, out) {
  if (node === null || typeof node !== 'object') {
    out.push([prefix, node]);
    return out;
  }
  for (const [k, v] of Object.entries(node)) tablePaths(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

const same = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

const rows = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort()) {
  const name = f.slice(0, -'.expected.json'.length);
  const expected = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const file = documentFor(name, expected);
  const row = { name, file: file ? basename(file) : null, format: expected.format, right: 0, wrong: 0, missed: 0, spurious: 0, scored: 0, valuesExpected: 0, valuesRight: 0, unscored: 0, invented: [], fromRuns: [], details: [] };
  rows.push(row);
  if (!file) {
    row.error = 'no document';
    continue;
  }
  const parsed = parse(file);
  // An unreadable document is scored as if every cell had been read as null.
  const report = parsed.report ?? { format: null, table2: {}, table3: {}, table4: {} };
  if (parsed.error) row.error = parsed.error;
  row.engineFormat = report.format;
  row.engineYear = report.year;
  row.expectedYear = expected.year;
  const uncertain = new Set(expected.uncertain ?? []);
  const wanted = new Set();
  for (const spec of cellSpecs(expected.format)) {
    wanted.add(spec.path);
    if (uncertain.has(spec.path)) {
      row.unscored++;
      continue;
    }
    const want = getPath(expected, spec.path) ?? null;
    const got = getPath(report, spec.path) ?? null;
    row.scored++;
    if (want !== null) row.valuesExpected++;
    if (same(want, got)) {
      row.right++;
      if (want !== null) row.valuesRight++;
      continue;
    }
    const kind = want === null ? 'spurious' : got === null ? 'missed' : 'wrong';
    row[kind]++;
    row.details.push({ kind, path: spec.path, expected: want, got });
  }
  // A value the engine placed at a path the expected format does not have.
  for (const table of ['table2', 'table3', 'table4']) {
    for (const [path, v] of tablePaths(report[table], table, [])) {
      if (v === null || wanted.has(path)) continue;
      row.spurious++;
      row.scored++;
      row.details.push({ kind: 'spurious', path, expected: null, got: v });
    }
  }
  const numbers = numbersIn(file);
  row.numbersChecked = numbers !== null;
  const { values, runs } = numbers ?? { values: null, runs: [] };
  for (const table of values ? ['table2', 'table3', 'table4'] : []) {
    for (const [path, v] of tablePaths(report[table], table, [])) {
      if (typeof v !== 'number' || values.has(v) || values.has(Math.abs(v))) continue;
      if (Number.isInteger(v) && runs.some((r) => r.includes(String(Math.abs(v))))) row.fromRuns.push({ path, value: v });
      else row.invented.push({ path, value: v });
    }
  }
}

const sum = (list, key) => list.reduce((n, r) => n + (Array.isArray(r[key]) ? r[key].length : (r[key] ?? 0)), 0);
const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(2)}%`);
function totals(list) {
  return {
    documents: list.length,
    failed: list.filter((r) => r.error).length,
    scored: sum(list, 'scored'),
    right: sum(list, 'right'),
    wrong: sum(list, 'wrong'),
    missed: sum(list, 'missed'),
    spurious: sum(list, 'spurious'),
    unscored: sum(list, 'unscored'),
    valuesExpected: sum(list, 'valuesExpected'),
    valuesRight: sum(list, 'valuesRight'),
    invented: sum(list, 'invented'),
    fromRuns: sum(list, 'fromRuns'),
    numbersUnchecked: list.filter((r) => r.numbersChecked === false).length,
    formatWrong: list.filter((r) => !r.error && r.engineFormat !== r.format).length,
  };
}
const all = totals(rows);
const byFormat = Object.fromEntries(['2019', '2021'].map((fmt) => [fmt, totals(rows.filter((r) => r.format === fmt))]));

if (asJson) {
  process.stdout.write(`${JSON.stringify({ documents: rows, totals: all, byFormat }, null, 2)}\n`);
} else {
  const line = (cells) => console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 10 : 9)).join(' '));
  line(['document', 'format', 'scored', 'right', 'wrong', 'missed', 'spurious', 'values', 'invented']);
  for (const r of rows) {
    const fmt = r.error || r.engineFormat === r.format ? r.format : `${r.format}≠${r.engineFormat}`;
    line([r.name, fmt, r.scored, r.right, r.wrong, r.missed, r.spurious, `${r.valuesRight}/${r.valuesExpected}`, r.invented.length]);
    if (r.error) console.log(`    error: ${r.error}`);
    if (verbose) for (const d of r.details) console.log(`    ${d.kind.padEnd(8)} ${d.path}: expected ${d.expected}, got ${d.got}`);
    if (verbose) for (const d of r.invented) console.log(`    INVENTED ${d.path}: ${d.value}`);
    if (verbose) for (const d of r.fromRuns) console.log(`    from a digit run ${d.path}: ${d.value}`);
  }
  const report = (label, t) =>
    console.log(
      `${label}: ${t.documents} documents (${t.failed} unreadable, ${t.formatWrong} with the wrong format); ` +
        `cells right ${t.right}/${t.scored} = ${pct(t.right, t.scored)}; wrong ${t.wrong}, missed ${t.missed}, spurious ${t.spurious}; ` +
        `cells holding a value right ${t.valuesRight}/${t.valuesExpected} = ${pct(t.valuesRight, t.valuesExpected)}; ` +
        `invented numbers ${t.invented}${t.numbersUnchecked ? ` (${t.numbersUnchecked} documents not searched)` : ''}; not scored ${t.unscored}`,
    );
  console.log('');
  report('all', all);
  for (const [fmt, t] of Object.entries(byFormat)) if (t.documents) report(`format ${fmt}`, t);
}

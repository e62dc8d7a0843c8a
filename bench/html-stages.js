// Where the time of an HTML report goes: the cost of each stage per page, on the benchmark's HTML
// files (bench/out/corpus, built by bench/run.js or here), by kind of page and for the whole mix,
// and the ceilings those costs leave on reports per second. Run after `npm run build`:
//   node bench/html-stages.js [files per kind (default 400)] [rounds (default 7)]
// Each figure is the median over the rounds of the CPU time per page (process.cpuUsage), all pages
// held in memory first, so no file reading is counted.
//
// Stages, each timed on its own (later ones include the earlier):
//   sniff     input type and encoding (detect.ts), as parseReport does it
//   scan      our tokenizer over the page with a handler that does nothing
//   tree      the element tree: scan + build (html-tree.ts)
//   read      the HTML reader: tree + content root + walk to tokens (read-html.ts)
//   shared    assemble + check from the reader's tokens: the same stages every input type runs
//   whole     parseReport + checkReport, as the benchmark measures them
// References: htmlparser2's own tokenizer with no-op callbacks over the decoded page, and decoding
// the page to a JavaScript string.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from 'htmlparser2';
import { buildCorpus } from './corpus.js';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const perKind = Number(process.argv[2] ?? 400);
const rounds = Number(process.argv[3] ?? 7);
const dir = join(root, 'bench/out/corpus');
await buildCorpus(dir, Number(process.env.BENCH_FILES ?? 10_000));

const list = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.name.startsWith('.') ? [] : e.isDirectory() ? list(join(d, e.name)) : [join(d, e.name)]));
const html = list(dir).filter((f) => f.endsWith('.html')).sort();
const kindOf = (f) => (f.includes('word-pasted') ? 'Word-pasted page' : f.includes('gbk') ? 'GBK site page' : 'own rendering');
const kinds = new Map();
for (const f of html) {
  const k = kindOf(f);
  if (!kinds.has(k)) kinds.set(k, { count: 0, files: [] });
  const entry = kinds.get(k);
  entry.count++;
  if (entry.files.length < perKind) entry.files.push(readFileSync(f));
}

const { sniffInput } = await import(join(dist, 'ingest/detect.js'));
const { scanHtml, scanUtf8Html } = await import(join(dist, 'ingest/html/html-scanner.js'));
const { READ_ATTRIBUTES } = await import(join(dist, 'ingest/html/dom.js'));
const { styleMayHide } = await import(join(dist, 'ingest/html/hidden-style.js'));
const { parseHtml, parseUtf8Html } = await import(join(dist, 'ingest/html/html-tree.js'));
const { decodeHtmlBytes, readsAsUtf8 } = await import(join(dist, 'ingest/html/decode-html.js'));
const { htmlReader } = await import(join(dist, 'ingest/html/read-html.js'));
const { assembleReport } = await import(join(dist, 'ingest/assemble/assemble.js'));
const { parseReport } = await import(join(dist, 'ingest/parse.js'));
const { checkReport } = await import(join(dist, 'domain/annual-report/rules/index.js'));

const idle = () => undefined;
/** The tree builder's own question about styles, so the scan passes by the same values. */
const noopHandler = {
  attributes: READ_ATTRIBUTES,
  valueMatters: (name, s, from, to) => name !== 'style' || styleMayHide(s, from, to),
  openTag: idle,
  closeTag: idle,
  text: idle,
};
const callbacks = Object.fromEntries(
  ['ontext', 'ontextentity', 'onattribdata', 'onattribentity', 'onattribend', 'onattribname', 'oncdata', 'onclosetag', 'oncomment', 'ondeclaration', 'onend', 'onopentagend', 'onopentagname', 'onprocessinginstruction', 'onselfclosingtag'].map((k) => [k, idle]),
);

const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
/** Median CPU µs per page of `fn` over the pages (first round a warm-up). */
async function measure(pages, fn) {
  const times = [];
  for (let r = 0; r <= rounds; r++) {
    const c = cpu();
    for (const p of pages) await fn(p);
    if (r > 0) times.push(((cpu() - c) / pages.length) * 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** What sniffing found of each page (its decoding, when not UTF-8), known before the stages that use it. */
const sniffed = new Map();
const decodedOf = (b) => {
  if (!sniffed.has(b)) sniffed.set(b, sniffInput(b).decoded);
  return sniffed.get(b);
};
const stages = {
  sniff: (b) => sniffInput(b),
  scan: (b) => (readsAsUtf8(b) ? scanUtf8Html(b, noopHandler) : scanHtml(decodeHtmlBytes(b, decodedOf(b)), noopHandler)),
  tree: (b) => (readsAsUtf8(b) ? parseUtf8Html(b) : parseHtml(decodeHtmlBytes(b, decodedOf(b)))),
  read: (b) => htmlReader.read(b, decodedOf(b)),
  whole: async (b) => checkReport((await parseReport(b)).report),
};
const results = new Map();
for (const [kind, { files }] of kinds) {
  for (const b of files) decodedOf(b);
  const r = {};
  for (const [name, fn] of Object.entries(stages)) r[name] = await measure(files, fn);
  // A page that is not UTF-8 is decoded before its scan: that decoding belongs to the scan here.
  const streams = files.map((b) => htmlReader.read(b, decodedOf(b)));
  r.shared = await measure(streams, (s) => checkReport(assembleReport(s)));
  const toString = (b) => (readsAsUtf8(b) ? b.toString('utf8') : decodeHtmlBytes(b, decodedOf(b)));
  const strings = files.map(toString);
  r.decode = await measure(files, toString);
  r.htmlparser2 = await measure(strings, (s) => {
    const t = new Tokenizer({ decodeEntities: true }, callbacks);
    t.write(s);
    t.end();
  });
  r.kb = files.reduce((a, b) => a + b.length, 0) / files.length / 1024;
  results.set(kind, r);
}

// The mix: each kind weighted by its share of the corpus's HTML files.
const total = [...kinds.values()].reduce((a, k) => a + k.count, 0);
const mix = {};
for (const key of ['sniff', 'scan', 'tree', 'read', 'shared', 'whole', 'decode', 'htmlparser2', 'kb']) {
  mix[key] = [...kinds].reduce((a, [kind, k]) => a + (results.get(kind)[key] * k.count) / total, 0);
}
results.set('mix (as in the benchmark)', mix);

const f0 = (x) => x.toFixed(0);
const rate = (us) => f0(1e6 / us);
const rows = [
  '| stage (µs per page, CPU) | ' + [...results.keys()].join(' | ') + ' |',
  '|---|' + [...results.keys()].map(() => '---:').join('|') + '|',
  ['pages in the corpus (share)', ...[...kinds.values()].map((k) => `${k.count} (${f0((100 * k.count) / total)} %)`), String(total)],
  ['page size, KB', ...[...results.values()].map((r) => r.kb.toFixed(1))],
  ['sniff', ...[...results.values()].map((r) => f0(r.sniff))],
  ['scan (tokenizer, no-op handler)', ...[...results.values()].map((r) => f0(r.scan))],
  ['build the tree (tree − scan)', ...[...results.values()].map((r) => f0(r.tree - r.scan))],
  ['walk to tokens (read − tree)', ...[...results.values()].map((r) => f0(r.read - r.tree))],
  ['assemble + check (shared with every input type)', ...[...results.values()].map((r) => f0(r.shared))],
  ['**parse + check, whole**', ...[...results.values()].map((r) => `**${f0(r.whole)}** (${rate(r.whole)}/s)`)],
  ['ceiling if tree and walk cost nothing', ...[...results.values()].map((r) => `${rate(r.sniff + r.scan + r.shared)}/s`)],
  ['ceiling if reading HTML cost nothing', ...[...results.values()].map((r) => `${rate(r.sniff + r.shared)}/s`)],
  ['reference: decode the page to a string', ...[...results.values()].map((r) => f0(r.decode))],
  ['reference: htmlparser2 tokenizer, no-op', ...[...results.values()].map((r) => f0(r.htmlparser2))],
].map((r) => (typeof r === 'string' ? r : `| ${r.join(' | ')} |`));
console.log(rows.join('\n'));
console.log(`\n${perKind} pages per kind at most, median of ${rounds} rounds; budget at 2,000 reports/s: 500 µs per page.`);

// Compares two builds of the engine on the benchmark's HTML pages, alternating them in one process
// so that both see the same machine: node bench/compare-builds.js OLD_DIST NEW_DIST KIND [MODE] [ROUNDS]
//   OLD_DIST, NEW_DIST  the dist/ folders of the two builds (e.g. a `git worktree` of the old commit, built)
//   KIND    a part of the file name: render.html (own renderings), word-pasted, gbk
//   MODE    scan (tokenizer, no-op handler) | tree (element tree) | parse (parse + check, default)
//   ROUNDS  default 12; the first two of each build are warm-up
// Prints the median CPU µs per page of each build and their ratio (below 1: the new one is faster).
// Under 3 % is noise. Word pages in one process: the first-loaded build can run them irregularly
// slower; compare those in separate processes (bench/html-stages.js) when the ratio looks too good.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [oldDist, newDist, kind, mode = 'parse', rounds = '12'] = process.argv.slice(2);
if (!oldDist || !newDist || !kind) {
  console.error('usage: node bench/compare-builds.js OLD_DIST NEW_DIST KIND [scan|tree|parse] [ROUNDS]');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const list = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.name.startsWith('.') ? [] : e.isDirectory() ? list(join(d, e.name)) : [join(d, e.name)]));
const files = list(join(root, 'bench/out/corpus'))
  .sort()
  .filter((f) => f.endsWith('.html') && f.includes(kind))
  .slice(0, 300)
  .map((f) => readFileSync(f));
if (files.length === 0) {
  console.error(`no ${kind} pages under bench/out/corpus: run node bench/run.js first`);
  process.exit(2);
}

async function load(dist) {
  const d = resolve(dist);
  const { scanUtf8Html } = await import(join(d, 'ingest/html/html-scanner.js'));
  const { READ_ATTRIBUTES } = await import(join(d, 'ingest/html/dom.js'));
  const { styleMayHide } = await import(join(d, 'ingest/html/hidden-style.js'));
  const { parseUtf8Html } = await import(join(d, 'ingest/html/html-tree.js'));
  const { parseReport } = await import(join(d, 'ingest/parse.js'));
  const { checkReport } = await import(join(d, 'domain/annual-report/rules/index.js'));
  const idle = () => undefined;
  const handler = { attributes: READ_ATTRIBUTES, valueMatters: (n, s, f, t) => n !== 'style' || styleMayHide(s, f, t), openTag: idle, closeTag: idle, text: idle };
  if (mode === 'scan') return async () => files.forEach((b) => scanUtf8Html(b, handler));
  if (mode === 'tree') return async () => files.forEach((b) => parseUtf8Html(b));
  return async () => {
    for (const b of files) checkReport((await parseReport(b)).report);
  };
}

const builds = [await load(oldDist), await load(newDist)];
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const times = [[], []];
for (let r = 0; r < Number(rounds); r++) {
  for (const i of r % 2 ? [0, 1] : [1, 0]) {
    const c = cpu();
    await builds[i]();
    times[i].push(((cpu() - c) / files.length) * 1000);
  }
}
const median = (a) => a.slice(2).sort((x, y) => x - y)[Math.floor((a.length - 2) / 2)];
const [o, n] = times.map(median);
console.log(`${kind} ${mode}: old ${o.toFixed(0)} µs, new ${n.toFixed(0)} µs per page (median CPU), new ÷ old ${(n / o).toFixed(3)}`);

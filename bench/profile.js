// Focused profiling of parse + check on the benchmark corpus, one input type at a time.
// usage: node [--cpu-prof] bench/profile.js [html|text|markdown|all] [files] [rounds]
// Files are read into memory first, so the figures count parse + check only (CPU time).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const [type = 'all', max = '2000', roundsArg = '3'] = process.argv.slice(2);
const dir = join(root, 'bench/out/corpus');
const list = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.name.startsWith('.') ? [] : e.isDirectory() ? list(join(d, e.name)) : [join(d, e.name)]));
const ext = { html: '.html', text: '.txt', markdown: '.md' }[type];
const files = list(dir)
  .sort()
  .filter((f) => !ext || f.endsWith(ext))
  .slice(0, Number(max))
  .map((f) => readFileSync(f));

const { parseReport } = await import(join(root, 'dist/ingest/parse.js'));
const { checkReport } = await import(join(root, 'dist/domain/annual-report/rules/index.js'));
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
for (let r = 0; r < Number(roundsArg); r++) {
  const c0 = cpu();
  const t0 = performance.now();
  for (const b of files) checkReport((await parseReport(b)).report);
  const c = cpu() - c0;
  console.log(`${type} round ${r}: ${files.length} files, ${((files.length / c) * 1000).toFixed(0)}/s CPU, ${((files.length / (performance.now() - t0)) * 1000).toFixed(0)}/s wall`);
}

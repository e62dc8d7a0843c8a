// Builds the benchmark corpus: N report files made from the test fixtures in every layout
// (the three plain-text layouts, HTML pages, Markdown, and the project's own HTML/Markdown
// renderings), each copy varied in its narrative so no two files are identical.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

async function templates() {
  const { parseReport } = await import(join(root, 'dist/ingest/parse.js'));
  const { renderReport } = await import(join(root, 'dist/render/index.js'));
  const out = [];
  const corpus = join(root, 'test/corpus');
  for (const f of readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) {
    const bytes = readFileSync(join(corpus, f));
    out.push({ name: f, ext: 'txt', text: bytes.toString('utf8') });
    const { report } = await parseReport(bytes);
    out.push({ name: `${f}.render.html`, ext: 'html', text: Buffer.from(await renderReport(report, 'html')).toString('utf8') });
    out.push({ name: `${f}.render.md`, ext: 'md', text: Buffer.from(await renderReport(report, 'md')).toString('utf8') });
  }
  for (const sub of ['html', 'md']) {
    const d = join(root, 'test/fixtures', sub);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) {
      const buf = readFileSync(join(d, f));
      // GBK pages stay bytes: varying them would need re-encoding.
      out.push({ name: f, ext: sub, bytes: buf, text: /gbk/i.test(f) ? null : buf.toString('utf8') });
    }
  }
  return out;
}

export async function buildCorpus(dir, n) {
  const marker = join(dir, `.complete-${n}`);
  if (existsSync(marker)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ts = await templates();
  for (let i = 0; i < n; i++) {
    const t = ts[i % ts.length];
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const body = t.text === null ? t.bytes : t.text.replace(/。/g, `。（${i}）`);
    writeFileSync(join(sub, `${String(i).padStart(6, '0')}-${t.name}.${t.ext}`), body);
  }
  writeFileSync(marker, '');
}

/**
 * The `gongkai` binary from the outside: exit codes, output, and bad input
 * getting one clear bilingual line with an error code, no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/gongkai.js');
const corpus = join(root, 'test/corpus');
const seed = (n: string) => join(corpus, readFileSync(join(corpus, `${n}.expected.json`), 'utf8') && `${n}.txt`);

function gongkai(args: string[], input?: string | Buffer) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

const tmp = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));

describe('gongkai parse', () => {
  it('prints the canonical JSON and exits 0', () => {
    const r = gongkai(['parse', seed('003_bd575b38e5e6b191')]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ schema: 'gongkai.report/1', format: '2021', year: 2024, agency: '兴和县' });
    expect(report.table3.newReceived.total).toBe(26);
    expect(report.sources.table3.newReceived.total).toMatchObject({ raw: '26', at: { kind: 'line' } });
  });

  it('reads standard input with -', () => {
    const r = gongkai(['parse', '-'], readFileSync(seed('004_a4e326b7c8b95611')));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).table3.unableToProvide.notHeld.naturalPerson).toBe(10);
  });
});

describe('gongkai check', () => {
  it('exits 0 for a consistent report', () => {
    const r = gongkai(['check', seed('003_bd575b38e5e6b191')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('兴和县');
  });

  it('exits 1 with error findings and lists them as JSON', () => {
    const r = gongkai(['check', seed('002_30f21ffa1848b77a'), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.findings.some((f: { rule: string; severity: string }) => f.rule === 'R6' && f.severity === 'error')).toBe(true);
    for (const f of out.findings) expect(f).toHaveProperty('message.zh');
  });

  it('checks against the previous year with --previous (W1)', () => {
    // A 2023 report of the same agency whose 结转下年度继续办理 (3 natural persons) is not this year's 上年结转 (0).
    const text = readFileSync(seed('003_bd575b38e5e6b191'), 'utf8')
      .replaceAll('2024', '2023')
      .replace(/(四、结转下年度继续办理 \|\n)0 \|/, '$13 |');
    const previous = join(tmp, 'previous-2023.txt');
    writeFileSync(previous, text);
    const r = gongkai(['check', seed('003_bd575b38e5e6b191'), '--previous', previous, '--json']);
    const w1 = JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === 'W1');
    expect(w1).toHaveLength(1);
    expect(w1[0].paths).toContain('table3.carriedOver.naturalPerson');
  });

  it('reports the narrative contradiction of seed 000 (W5)', () => {
    const r = gongkai(['check', seed('000_af0ecdc40ed7a487'), '--json']);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('W5');
  });
});

describe('bad input: one line, a code, exit 2, no stack trace, within seconds', () => {
  const cases: [string, () => string[], string][] = [
    ['a missing path', () => ['check', join(tmp, 'nope.txt')], 'INPUT_NOT_FOUND'],
    ['a directory', () => ['parse', tmp], 'INPUT_IS_DIRECTORY'],
    ['an empty file', () => (writeFileSync(join(tmp, 'empty.txt'), ''), ['parse', join(tmp, 'empty.txt')]), 'INPUT_EMPTY'],
    [
      'binary junk',
      () => (writeFileSync(join(tmp, 'junk.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))), ['parse', join(tmp, 'junk.bin')]),
      'INPUT_BINARY',
    ],
    [
      'a web page that is no report',
      () => (writeFileSync(join(tmp, 'page.html'), '<!doctype html><html><body><h1>新闻</h1><p>今天天气很好。</p><script>alert(1)</script></body></html>'), ['check', join(tmp, 'page.html')]),
      'NOT_A_REPORT',
    ],
    [
      'a 100 MB file',
      () => {
        const p = join(tmp, 'huge.txt');
        writeFileSync(p, Buffer.alloc(100 * 1024 * 1024, 0x30));
        return ['parse', p];
      },
      'INPUT_TOO_LARGE',
    ],
    [
      'a text of a million short lines',
      () => {
        const p = join(tmp, 'lines.txt');
        writeFileSync(p, '0\n'.repeat(1_000_000));
        return ['parse', p];
      },
      'INPUT_TOO_LARGE',
    ],
    ['an unknown output format', () => ['render', seed('003_bd575b38e5e6b191'), '--to', 'pptx'], 'USAGE'],
  ];
  it.each(cases)('%s', (_name, args, code) => {
    const r = gongkai(args());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`[${code}]`);
    expect(lines[0]).toMatch(/错误/);
    expect(lines[0]).toMatch(/Error/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.ms).toBeLessThan(10_000);
  });
});

describe('gongkai --help', () => {
  it('explains every command in Chinese and English', () => {
    const r = gongkai(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['parse', 'check', 'render', 'bulk']) expect(r.stdout).toContain(c);
    expect(r.stdout).toContain('年度报告');
  });
});

describe('gongkai bulk', () => {
  it('reads a directory into NDJSON and resumes without duplicates', () => {
    const dir = join(tmp, 'bulk-in');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    for (const f of ['000_af0ecdc40ed7a487', '001_6bdcad6606f9a5c6', '002_30f21ffa1848b77a']) writeFileSync(join(dir, `${f}.txt`), readFileSync(seed(f)));
    for (const f of ['003_bd575b38e5e6b191', '004_a4e326b7c8b95611']) writeFileSync(join(dir, 'sub', `${f}.txt`), readFileSync(seed(f)));
    writeFileSync(join(dir, 'junk.bin'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
    const out = join(tmp, 'bulk.ndjson');
    // An interrupted earlier run: one complete line and half of another.
    const first = gongkai(['bulk', dir, '-o', out, '--jobs', '2']);
    expect(first.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(6);
    writeFileSync(out, `${lines[0]}\n${lines[1]!.slice(0, 40)}`);
    const again = gongkai(['bulk', dir, '-o', out, '--jobs', '2']);
    expect(again.code).toBe(0);
    const after = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(after.map((l) => l.file).sort()).toEqual(['000_af0ecdc40ed7a487.txt', '001_6bdcad6606f9a5c6.txt', '002_30f21ffa1848b77a.txt', 'junk.bin', 'sub/003_bd575b38e5e6b191.txt', 'sub/004_a4e326b7c8b95611.txt']);
    expect(after.find((l) => l.file === 'junk.bin')).toMatchObject({ ok: false, error: { code: 'INPUT_BINARY' } });
    expect(after.find((l) => l.file === 'sub/003_bd575b38e5e6b191.txt').report.table4.reconsideration.total).toBe(7);
    expect(again.stdout).toContain('读取 read');
    expect(again.stdout).toMatch(/findings by rule/);
  });
});

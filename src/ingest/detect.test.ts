/**
 * Detection looks at content only. The corpus plain-text reports end many lines
 * with " |" and hold lines of bare pipes: they must stay `text`, not Markdown.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, detectInputType, zipEntries } from './detect.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'test', 'corpus');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Deterministic pseudo-random bytes (xorshift), so the test never flakes. */
function noise(n: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** A minimal stored (uncompressed) zip holding the named empty entries. */
function zipWith(names: readonly string[], withDirectory = true): Uint8Array {
  const enc = new TextEncoder();
  const parts: number[] = [];
  const central: number[] = [];
  const u16 = (a: number[], v: number) => a.push(v & 0xff, (v >> 8) & 0xff);
  const u32 = (a: number[], v: number) => { u16(a, v & 0xffff); u16(a, (v >>> 16) & 0xffff); };
  for (const name of names) {
    const offset = parts.length;
    const n = enc.encode(name);
    u32(parts, 0x04034b50); u16(parts, 20); u16(parts, 0); u16(parts, 0); u16(parts, 0); u16(parts, 0);
    u32(parts, 0); u32(parts, 0); u32(parts, 0); u16(parts, n.length); u16(parts, 0); parts.push(...n);
    u32(central, 0x02014b50); u16(central, 20); u16(central, 20); u16(central, 0); u16(central, 0); u16(central, 0); u16(central, 0);
    u32(central, 0); u32(central, 0); u32(central, 0); u16(central, n.length); u16(central, 0); u16(central, 0);
    u16(central, 0); u16(central, 0); u32(central, 0); u32(central, offset); central.push(...n);
  }
  if (!withDirectory) return Uint8Array.from(parts);
  const eocd: number[] = [];
  u32(eocd, 0x06054b50); u16(eocd, 0); u16(eocd, 0); u16(eocd, names.length); u16(eocd, names.length);
  u32(eocd, central.length); u32(eocd, parts.length); u16(eocd, 0);
  return Uint8Array.from([...parts, ...central, ...eocd]);
}

describe('detectInputType', () => {
  const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
  it.each(corpus)('reads corpus %s as text (plain-text layouts with "cell |" lines are not Markdown)', (name) => {
    expect(detectInputType(new Uint8Array(readFileSync(join(CORPUS, name))))).toBe('text');
  });

  it.each([
    ['html/003-word-pasted.html', 'html'],
    ['html/002-gbk.html', 'html'],
    ['md/004-broken.md', 'markdown'],
    ['docx/003.docx', 'docx'],
    ['pdf/003.pdf', 'pdf'],
    ['xlsx/004.xlsx', 'xlsx'],
  ])('reads fixture %s as %s', (file, type) => {
    expect(detectInputType(new Uint8Array(readFileSync(join(FIXTURES, file))))).toBe(type);
  });

  it('reads our own JSON report by its schema, anywhere in the object', () => {
    expect(detectInputType(utf8('{"schema":"gongkai.report/1","format":"2021"}'))).toBe('json');
    expect(detectInputType(utf8('\n  {\n  "format": "2021",\n  "schema" : "gongkai.report/1"\n}'))).toBe('json');
    // Someone else's JSON is not a report: read it as text (the assembler will find nothing).
    expect(detectInputType(utf8('{"name":"x"}'))).toBe('text');
  });

  it('reads our own CSV by its header line, with or without BOM', () => {
    expect(detectInputType(utf8('path,label,value\ntable3.newReceived.total,一、本年新收 / 总计,26\n'))).toBe('csv');
    expect(detectInputType(utf8('\ufeff\npath,label,value\n'))).toBe('csv');
    expect(detectInputType(utf8('a,b,c\n1,2,3\n'))).toBe('text');
  });

  it('reads HTML documents and fragments', () => {
    expect(detectInputType(utf8('<!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(detectInputType(utf8('<html lang="zh"><p>一、总体情况</p></html>'))).toBe('html');
    expect(detectInputType(utf8('<table><tr><td>规章</td><td>0</td></tr></table>'))).toBe('html');
    expect(detectInputType(utf8('  <p>一、总体情况</p>\n<div>…</div>'))).toBe('html');
    // A mention of a tag name is not markup.
    expect(detectInputType(utf8('请使用<p>标签吗'))).toBe('text');
  });

  it('reads Markdown only with real pipe-table signs or headings', () => {
    expect(detectInputType(utf8('| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n'))).toBe('markdown');
    expect(detectInputType(utf8('| 一、本年新收 | 26 | 0 |\n| 二、上年结转 | 0 | 0 |\n| 四、结转 | 0 | 0 |\n'))).toBe('markdown');
    expect(detectInputType(utf8('# 报告\n\n## 一、总体情况\n\n正文\n'))).toBe('markdown');
    // The plain-text export layout: cells ending in " |" and filler lines of bare pipes.
    expect(detectInputType(utf8('规章 |\n0 |\n0 |\n|||\n||||||||\n行政许可 |\n'))).toBe('text');
  });

  it('reads text in UTF-8, UTF-16 with BOM and GB18030', () => {
    expect(detectInputType(utf8('一、总体情况\n本年度…\n'))).toBe('text');
    const le = new Uint8Array([0xff, 0xfe, ...Array.from('一、总体情况\n').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(detectInputType(le)).toBe('text');
    const gbk = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xc7, 0xe9, 0xbf, 0xf6, 0x0a]); // 一、总体情况
    expect(detectInputType(gbk)).toBe('text');
  });

  it('calls an empty file text (emptiness is reported by the caller)', () => {
    expect(detectInputType(new Uint8Array(0))).toBe('text');
  });

  it('calls random bytes, NUL-laden and control-heavy input binary', () => {
    expect(detectInputType(noise(4096))).toBe('binary');
    expect(detectInputType(noise(100_000, 7))).toBe('binary');
    expect(detectInputType(utf8('abc\u0000def'))).toBe('binary');
    expect(detectInputType(utf8('\u0001\u0002\u0003\u0004 text \u0005\u0006\u0007\u0008'))).toBe('binary');
    // An old binary Office file (OLE2) is not text either.
    expect(detectInputType(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]))).toBe('binary');
  });

  it('looks into the zip central directory for docx and xlsx, else binary', () => {
    expect(detectInputType(zipWith(['[Content_Types].xml', 'word/document.xml']))).toBe('docx');
    expect(detectInputType(zipWith(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']))).toBe('xlsx');
    expect(detectInputType(zipWith(['mimetype', 'content.xml']))).toBe('binary');
    // A truncated zip (no central directory) still names its entries in the local headers.
    expect(detectInputType(zipWith(['word/document.xml'], false))).toBe('docx');
    expect(zipEntries(zipWith(['a.txt', 'b/c.xml']))?.map((e) => e.name)).toEqual(['a.txt', 'b/c.xml']);
  });

  it('accepts a PDF header after a little junk when the trailer is there', () => {
    expect(detectInputType(utf8('%PDF-1.7\n...'))).toBe('pdf');
    expect(detectInputType(utf8('garbage\n%PDF-1.4\n1 0 obj\n%%EOF\n'))).toBe('pdf');
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM and honours UTF-16 BOMs', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x4e, 0x00]))).toBe('一');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x4e]))).toBe('一');
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0xb3, 0xc9, 0xb0, 0xb2, 0xcf, 0xd8]))).toBe('成安县');
  });
});

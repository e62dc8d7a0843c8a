/**
 * @module Tests of html-scanner's reading of UTF-8 bytes: each piece it hands on is decoded exactly
 * as Buffer#toString decodes its bytes, however short or long, well-formed or not. (How the scanner
 * cuts a document is tested against htmlparser2 in html-tree.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanUtf8Html, type ScanHandler } from './html-scanner.js';
import { NameTable } from './html-names.js';

/** What the scanner hands on: texts as they come, and each tag's kept attributes. */
function scanned(bytes: Uint8Array): string[] {
  const out: string[] = [];
  const handler: ScanHandler = {
    attributes: new NameTable(['class']),
    openTag: (name, attribs) => void out.push(`<${name} ${JSON.stringify(attribs)}>`),
    closeTag: (name) => void out.push(`</${name}>`),
    text: (data) => void out.push(JSON.stringify(data)),
  };
  scanUtf8Html(bytes, handler);
  return out;
}

/** Bytes with no `<`, `&` or quote: a piece of text or a quoted value as it stands. */
const piece = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xff }).map((b) => [b === 0x3c || b === 0x26 || b === 0x22 ? 0x20 : b]),
      fc.constantFrom('中', '文', 'é', '𠀀', '\u00a0', '\u3000', '\u07ff', '\u0800', '\ud7ff', '\ue000', '\uffff', 'a', ' ', '\n').map((c) => [...Buffer.from(c, 'utf8')]),
      // Ill-formed: overlong forms, surrogates, beyond U+10FFFF, lone continuation bytes, truncated sequences.
      fc.constantFrom([0xe0, 0x80, 0x80], [0xe0, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xbf], [0xe4, 0xb8], [0xf0, 0xa0, 0x80]),
    ),
    { maxLength: 90 },
  )
  .map((parts) => Buffer.from(parts.flat()));

describe('scanUtf8Html', () => {
  it('decodes text and kept values as Buffer#toString decodes their bytes', () => {
    fc.assert(
      fc.property(piece, piece, (text, value) => {
        const page = Buffer.concat([Buffer.from('<p class="'), value, Buffer.from('">'), text, Buffer.from('</p>')]);
        const expected = [`<p ${JSON.stringify({ class: value.toString('utf8') })}>`, ...(text.length > 0 ? [JSON.stringify(text.toString('utf8'))] : []), '</p>'];
        expect(scanned(page)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes pieces cut right at a multi-byte character', () => {
    for (const c of ['é', '中', '𠀀']) {
      const bytes = Buffer.from(c, 'utf8');
      for (let cut = 1; cut < bytes.length; cut++) {
        const text = Buffer.concat([Buffer.from('ab'), bytes.subarray(0, cut)]);
        expect(scanned(Buffer.concat([Buffer.from('<b>'), text, Buffer.from('</b>')]))).toEqual(['<b {}>', JSON.stringify(text.toString('utf8')), '</b>']);
      }
    }
  });
});

/**
 * @module Tests of decode-text: a prefix taken from the whole decoded text is the very string that
 * decoding the prefix bytes gives, for every encoding a report comes in.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DecodedInput, decodeText, utf8Boundary } from './decode-text.js';

function prefixByDecoding(bytes: Uint8Array, max: number): string {
  return decodeText(bytes.subarray(0, utf8Boundary(bytes, max)));
}

const GBK = new Uint8Array([0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6, 0x0a, 0xd7, 0xdc, 0xbc, 0xc6]); // 年度报告\n总计

describe('DecodedInput', () => {
  it('cuts UTF-8 prefixes from the whole text, astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.nat(1200), (s, max) => {
        const bytes = new Uint8Array(Buffer.from(s, 'utf8'));
        const input = new DecodedInput(bytes);
        expect(input.text).toBe(decodeText(bytes));
        expect(input.prefix(max)).toBe(prefixByDecoding(bytes, max));
        // A page is decoded only as far as it is read: prefixes first, the whole text later.
        const page = new Uint8Array(Buffer.from(`<${s}`, 'utf8'));
        const lazy = new DecodedInput(page);
        expect(lazy.prefix(max)).toBe(prefixByDecoding(page, max));
        expect(lazy.text).toBe(decodeText(page));
        expect(lazy.prefix(max)).toBe(prefixByDecoding(page, max));
      }),
    );
  });

  it('decodes the prefix itself where the whole text is no UTF-8 (BOM, UTF-16, GBK, broken bytes)', () => {
    const inputs = [
      new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...Buffer.from('报告 1', 'utf8')]),
      new Uint8Array([0xff, 0xfe, ...Buffer.from('报告 12 3', 'utf16le')]),
      new Uint8Array([0xfe, 0xff, 0x62, 0xa5, 0x54, 0x4a, 0x00, 0x31]),
      GBK,
      new Uint8Array([...Buffer.from('总计 3', 'utf8'), 0xff, 0x41]),
    ];
    for (const bytes of inputs) {
      const input = new DecodedInput(bytes);
      expect(input.text).toBe(decodeText(bytes));
      for (let max = 0; max <= bytes.length + 1; max++) expect(input.prefix(max)).toBe(prefixByDecoding(bytes, max));
    }
  });
});

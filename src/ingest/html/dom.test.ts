import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CollapsedText, collapseSpace } from './dom.js';

describe('CollapsedText', () => {
  const piece = fc.oneof(fc.constantFrom('', ' ', '\n  ', '\t', '\f\r', '\u00a0', '\u3000', 'a', '结果', ' b ', 'c\nd'), fc.string());
  const part = fc.oneof(piece.map((s) => ({ s })), fc.constant({ s: null }));

  it('gives collapseSpace of the pieces joined, a break read as a space', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const text = new CollapsedText();
        for (const p of parts) if (p.s === null) text.space();
        else text.add(p.s);
        const joined = parts.map((p) => p.s ?? ' ').join('');
        expect(text.text()).toBe(collapseSpace(joined));
        // HTML's own rule, independently: runs of ASCII white space become one space, the ends trimmed.
        expect(collapseSpace(joined)).toBe(joined.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, ''));
        expect(text.isEmpty()).toBe(collapseSpace(joined) === '');
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hidesElement } from './hidden-style.js';

/** The rule as a pattern, the form the reader used before. */
const HIDDEN_STYLE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all)\b/i;

describe('hidesElement', () => {
  it('reads the hiding declarations, in any letter case and spacing', () => {
    for (const s of ['display:none', 'color:red; DISPLAY : None', '\u00a0visibility:\thidden;x', 'mso-hide:all', 'x;mso-hide: ALL']) expect(hidesElement(s)).toBe(true);
    for (const s of ['display:nonex', 'xdisplay:none', 'display:block', 'font-display:none', 'visibility:visible', 'mso-hide:allx', '']) expect(hidesElement(s)).toBe(false);
  });

  it('agrees with the pattern on any style', () => {
    const piece = fc.constantFrom(
      'display', 'DISPLAY', 'Display', 'visibility', 'VisiBility', 'mso-hide', 'MSO-HIDE', 'none', 'NONE', 'hidden', 'all', 'ALL', ':', ';', ' ', '\t', '\n',
      '\u00a0', '\u3000', '\ufeff', '\u2028', 'x', '_', '1', '-', 'ı', 'ſ', 'K', 'é', 'nonex', 'font-', '：',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const style = pieces.join('');
        expect(hidesElement(style), style).toBe(HIDDEN_STYLE_RE.test(style));
      }),
      { numRuns: 3000 },
    );
  });
});

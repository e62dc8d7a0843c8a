import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeAttribute } from './html-entities.js';
import { hidesElement, styleMayHide } from './hidden-style.js';

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

describe('styleMayHide', () => {
  const piece = fc.constantFrom(
    'display', 'DISPLAY', 'visibility', 'mso-hide', 'MSO-Hide', 'none', 'hidden', 'all', ':', ';', ' ', '\t', '\u00a0', '\u3000', '宋体', 'é',
    'font-family:', 'border:none', '&nbsp;', '&#100;isplay', '&#x64;', '&amp;', '&', 'x', 'K', 'ı',
  );

  it('never passes by a style that hides, in UTF-8 bytes read as Latin-1 or as decoded text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const raw = pieces.join('');
        const latin1 = Buffer.from(raw, 'utf8').toString('latin1');
        if (hidesElement(decodeAttribute(raw, '"'))) {
          expect(styleMayHide(raw, 0, raw.length), raw).toBe(true);
          expect(styleMayHide(`x${latin1}y`, 1, latin1.length + 1), raw).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('passes by the styles Word gives every element, and reads only its own range', () => {
    expect(styleMayHide("font-size:10.5pt;font-family:宋体;mso-ascii-font-family:Calibri", 0, 63)).toBe(false);
    expect(styleMayHide('border:none;mso-border-alt:solid windowtext .5pt', 0, 48)).toBe(false);
    expect(styleMayHide('color:red"display:none', 0, 9)).toBe(false);
    expect(styleMayHide('mso-hide:all', 0, 12)).toBe(true);
    expect(styleMayHide('&#100;isplay:none', 0, 17)).toBe(true);
  });
});

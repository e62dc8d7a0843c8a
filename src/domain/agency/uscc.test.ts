import { describe, expect, it } from 'vitest';
import { isValidUscc, normalizeUscc } from './uscc.js';

describe('统一社会信用代码', () => {
  it('accepts codes with a correct check character', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('11100000000013127D')).toBe(true);
  });

  it('refuses a wrong check character, length or letter', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    // I, O, S, V, Z are not in the alphabet.
    expect(isValidUscc('91350100M000100I43')).toBe(false);
  });

  it('normalises full-width, lower case and spaces', () => {
    expect(normalizeUscc(' ９１３５０１００m000100y43 ')).toBe('91350100M000100Y43');
  });
});

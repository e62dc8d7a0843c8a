/**
 * @module 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters
 * from a 31-letter alphabet, the last one a check character over the first 17.
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The code in its stored form: NFKC, upper case, no spaces. */
export function normalizeUscc(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check character of the first 17 characters of a code. */
export function usccCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(body[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** True when `code` (already normalised) is 18 valid characters with a correct check character. */
export function isValidUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  return usccCheckChar(code) === code[17];
}

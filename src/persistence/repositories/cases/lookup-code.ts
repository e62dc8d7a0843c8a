/**
 * @module The applicant's lookup code (查询码): a random code given once, when
 * the application is registered, with which the applicant follows the case on
 * the public status page. Only its SHA-256 is stored. Twelve characters from
 * 32 that cannot be mistaken for each other (no 0/O, 1/I) carry 60 bits: no
 * salt or slow hash is needed against guessing.
 */
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const LENGTH = 12;

/** A fresh code, written in groups of four: `K7QH-2MXD-9TPA`. */
export function newLookupCode(): string {
  const bytes = randomBytes(LENGTH);
  let code = '';
  for (let i = 0; i < LENGTH; i++) {
    if (i > 0 && i % 4 === 0) code += '-';
    code += ALPHABET[bytes[i]! & 31];
  }
  return code;
}

/** The code as compared: NFKC, upper case, only its letters and digits. */
export function normalizeLookupCode(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(/[^0-9A-Z]/gu, '');
}

/** What is stored and looked up: the SHA-256 (hex) of the normalised code. */
export function lookupHash(code: string): string {
  return createHash('sha256').update(normalizeLookupCode(code)).digest('hex');
}

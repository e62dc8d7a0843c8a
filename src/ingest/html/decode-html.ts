/**
 * @module Bytes → HTML string: BOM, then the declared charset (`<meta charset>`,
 * `http-equiv` Content-Type, `<?xml encoding?>`), then UTF-8 / GB18030 sniffing.
 *
 * GB2312 and GBK pages are common on county sites; they are decoded as GB18030,
 * their superset. A page declared as GBK whose bytes are valid multi-byte UTF-8
 * was re-saved by a browser or CMS without fixing the meta tag: UTF-8 wins.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { decodeText, type DecodedInput } from '../decode-text.js';

const PRESCAN_BYTES = 4096;
const META_CHARSET_RE = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
const XML_ENCODING_RE = /<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i;

const GB_LABELS = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'csgb2312', 'chinese', 'gb_2312-80', 'iso-ir-58']);

/** The charset the page declares in its first 4 KB, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1, not windows-1252 as TextDecoder would: the two differ only in characters the patterns cannot match.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', 0, PRESCAN_BYTES);
  const m = META_CHARSET_RE.exec(head) ?? XML_ENCODING_RE.exec(head);
  return m?.[1] ? m[1].toLowerCase() : null;
}

function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Whether `decodeHtmlBytes` reads the page as its bytes decoded as UTF-8 (no BOM): the reader
 * then takes the markup from the bytes themselves and decodes only the text.
 */
export function readsAsUtf8(bytes: Uint8Array): boolean {
  if (hasBom(bytes) || !isUtf8(bytes)) return false;
  const declared = declaredCharset(bytes);
  if (declared === null || declared === 'utf-8' || declared === 'utf8' || declared.startsWith('utf-16')) return true;
  // Valid UTF-8 with multi-byte characters wins over the declared charset; pure ASCII declared GBK decodes as UTF-8 too.
  return GB_LABELS.has(declared) || hasMultiByteUtf8(bytes);
}

/** Decodes an HTML document's bytes to a string (`decoded`: the bytes through `decodeText`, if known). Never throws. */
export function decodeHtmlBytes(bytes: Uint8Array, decoded?: DecodedInput): string {
  const asText = () => decoded?.text ?? decodeText(bytes);
  if (hasBom(bytes)) return asText();
  const declared = declaredCharset(bytes);
  // A page cannot really declare UTF-16 from inside itself (browsers read it as UTF-8).
  if (declared === null || declared === 'utf-8' || declared === 'utf8' || declared.startsWith('utf-16')) return asText();
  if (hasMultiByteUtf8(bytes) && isUtf8(bytes)) return asText();
  const label = GB_LABELS.has(declared) ? 'gb18030' : declared;
  // Not UTF-8 with a BOM or multi-byte characters: decodeText read these bytes as GB18030 too.
  if (label === 'gb18030') return asText();
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return decodeText(bytes);
  }
}

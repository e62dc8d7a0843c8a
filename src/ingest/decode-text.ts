/**
 * @module Bytes → text for the text-based inputs (plain text, Markdown, HTML, our JSON and CSV):
 * a BOM decides, else UTF-8 when the bytes are valid UTF-8, else GB18030.
 *
 * Detection sniffs decoded prefixes of a file and the text readers then need all of it. Decoding
 * Chinese UTF-8 is one of the dearer steps of reading a report, so `DecodedInput` decodes a file
 * at most once, only as far as it is read, and cuts the prefixes from the whole text wherever that
 * gives the very same string.
 */
import { Buffer, isAscii, isUtf8, transcode } from 'node:buffer';

/**
 * Decodes text bytes: a BOM decides (UTF-8, UTF-16LE/BE); otherwise UTF-8 when
 * the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312, the
 * usual encoding of older Chinese government files). The BOM is removed.
 */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextAs(bytes).text;
}

/** `decodeText`, saying whether the bytes were read as UTF-8 without a BOM. */
function decodeTextAs(bytes: Uint8Array): { readonly text: string; readonly plainUtf8: boolean } {
  if (hasUtf8Bom(bytes)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), plainUtf8: false };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), plainUtf8: false };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), plainUtf8: false };
  // buffer.isUtf8 is simdutf-backed: several times faster than a fatal TextDecoder.
  if (isUtf8(bytes)) return { text: decodeValidUtf8(bytes), plainUtf8: true };
  return { text: new TextDecoder('gb18030').decode(bytes), plainUtf8: false };
}

/**
 * The text of valid UTF-8 bytes. V8 builds a string from UTF-8 one character at a time (about 4 ns
 * a byte for Chinese); transcoding to UTF-16 and copying that in is about ten times faster and gives
 * the same string. ASCII keeps V8's own path, which copies it whole into a one-byte string.
 */
function decodeValidUtf8(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(bytes)) return buf.toString('latin1');
  return transcode(buf, 'utf8', 'utf16le').toString('utf16le');
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** True when the bytes start with a UTF-16 byte-order mark. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** A cut position at or before `max` that does not split a UTF-8 sequence. */
export function utf8Boundary(bytes: Uint8Array, max: number): number {
  if (bytes.length <= max) return bytes.length;
  let cut = max;
  for (let k = 0; k < 3 && cut > 0 && ((bytes[cut] ?? 0) & 0xc0) === 0x80; k++) cut--;
  return cut;
}

/** UTF-16 length of the text that valid UTF-8 bytes decode to: one unit per character, two above U+FFFF. */
function utf16Length(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}

/** Files up to this size are decoded whole as soon as they are sniffed: the reader needs all of it. */
const DECODE_WHOLE_BYTES = 4 * 1024 * 1024;

/** A file whose first byte after white space opens markup is probably a web page, which the HTML reader reads from the bytes. */
function opensWithMarkup(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && i < 1024 && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (hasUtf8Bom(bytes)) i = Math.max(i, 3);
  return bytes[i] === 0x3c;
}

/**
 * A text-based input, decoded at most once, and only as far as it is read: detection reads a
 * prefix; the text and Markdown readers read the whole text; the HTML reader reads UTF-8 pages
 * from the bytes themselves (html/read-html.ts), so a page is never decoded whole for it.
 */
export class DecodedInput {
  /** The whole text once decoded; null for files too large to decode before they are known to be text. */
  private whole: string | null | undefined;
  /** The whole text is valid UTF-8 without a BOM: every prefix cut at a UTF-8 boundary decodes to a prefix of it. */
  private utf8 = false;

  constructor(private readonly bytes: Uint8Array) {
    // Text and Markdown are read whole: decoding them at once lets detection cut its prefixes from the text.
    if (!opensWithMarkup(bytes)) void this.text;
  }

  /** The whole text (`decodeText(bytes)`), or null for files too large to decode before they are known to be text. */
  get text(): string | null {
    if (this.whole === undefined) {
      const decoded = this.bytes.length <= DECODE_WHOLE_BYTES ? decodeTextAs(this.bytes) : null;
      this.whole = decoded?.text ?? null;
      this.utf8 = decoded?.plainUtf8 ?? false;
    }
    return this.whole;
  }

  /** `decodeText` of the first `maxBytes` (cut at a UTF-8 boundary). */
  prefix(maxBytes: number): string {
    const cut = utf8Boundary(this.bytes, maxBytes);
    if (cut === this.bytes.length && this.text !== null) return this.text;
    if (!this.whole || !this.utf8) return decodeText(this.bytes.subarray(0, cut));
    return this.whole.slice(0, utf16Length(this.bytes.subarray(0, cut)));
  }
}

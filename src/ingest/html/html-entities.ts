/**
 * @module Character references in HTML text and attribute values, decoded as htmlparser2 decodes
 * them (the parser this reader replaced, so that documents read exactly as before).
 *
 * Report pages use a handful of references: `&nbsp;`, `&amp;`, `&lt;`, `&gt;`, `&quot;` and numeric
 * ones. Those are decoded here directly. Anything else — other named references, references without
 * their semicolon (which HTML still honours in text), out-of-range numbers — is handed to
 * htmlparser2's own tokenizer, which implements the whole HTML5 table and its legacy rules.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

const NAMED: Readonly<Record<string, string>> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const COMMON_RE = /&(?:(nbsp|amp|lt|gt|quot|apos)|#(\d{1,7})|#[xX]([\da-fA-F]{1,6}));/y;

/** A numeric reference HTML takes as it stands (no NUL, no C1 control remapped to windows-1252, no surrogate). */
function plainCodePoint(cp: number): boolean {
  return (cp > 0 && cp < 0x80) || (cp > 0x9f && cp < 0xd800) || (cp > 0xdfff && cp <= 0x10ffff);
}

/** `raw` with its common references decoded, or null if it holds any other `&`. */
function decodeCommon(raw: string): string | null {
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
    COMMON_RE.lastIndex = amp;
    const m = COMMON_RE.exec(raw);
    if (!m) return null;
    let ch: string;
    if (m[1] !== undefined) ch = NAMED[m[1]]!;
    else {
      const cp = m[2] !== undefined ? Number.parseInt(m[2], 10) : Number.parseInt(m[3]!, 16);
      if (!plainCodePoint(cp)) return null;
      ch = String.fromCodePoint(cp);
    }
    out += raw.slice(from, amp) + ch;
    from = COMMON_RE.lastIndex;
  }
  return out + raw.slice(from);
}

const NOOP = (): void => undefined;

/** Runs htmlparser2's tokenizer over `input` and collects the text (or attribute value) it decodes. */
function decodeByTokenizer(input: string, attribute: boolean): string {
  const parts: string[] = [];
  const slice = (start: number, end: number): void => void parts.push(input.slice(start, end));
  const entity = (cp: number): void => void parts.push(String.fromCodePoint(cp));
  const cbs: TokenizerCallbacks = {
    ontext: attribute ? NOOP : slice,
    ontextentity: attribute ? NOOP : entity,
    onattribdata: attribute ? slice : NOOP,
    onattribentity: attribute ? entity : NOOP,
    onattribend: NOOP,
    onattribname: NOOP,
    oncdata: NOOP,
    onclosetag: NOOP,
    oncomment: NOOP,
    ondeclaration: NOOP,
    onend: NOOP,
    onopentagend: NOOP,
    onopentagname: NOOP,
    onprocessinginstruction: NOOP,
    onselfclosingtag: NOOP,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, cbs);
  tokenizer.write(input);
  tokenizer.end();
  return parts.join('');
}

/** Text between tags (it holds no markup; a `<` in it is not followed by a tag). */
export function decodeText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return decodeCommon(raw) ?? decodeByTokenizer(raw, false);
}

/**
 * The text of a `<title>` element: references are decoded as in text, except right after a `</`
 * that begins the end tag, which the tokenizer's raw-text state leaves alone.
 */
export function decodeTitleText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return (raw.includes('<') ? null : decodeCommon(raw)) ?? decodeByTokenizer(`<title>${raw}`, false);
}

/** An attribute value as written between its quotes (`quote` is `"`, `'` or '' for an unquoted value). */
export function decodeAttribute(raw: string, quote: string): string {
  if (!raw.includes('&')) return raw;
  return decodeCommon(raw) ?? decodeByTokenizer(`<a v=${quote}${raw}${quote}>`, true);
}

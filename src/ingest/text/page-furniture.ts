/**
 * @module Page furniture in text taken from paginated documents: page numbers
 * ("- 3 -", "— 4 —", "第 3 页 共 5 页", "3/5", "Page 3 of 5") and the running
 * title repeated at the top of each page. These lines fall anywhere, also
 * between a table's header and its values, and are never content.
 */

const PAGE_NUMBER_RES: readonly RegExp[] = [
  /^[-—–‒―~]+\s*\d{1,4}\s*[-—–‒―~]+$/,
  /^第\s*\d{1,4}\s*页\s*(?:[,、/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,、]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i,
];

const MAX_LENGTH = 30;
/** Every page-number form holds one of these: a dash, 第/共/页, a slash, "page" (`-—–‒―~－第共页/／Pp`). */
function isFurnitureChar(c: number): boolean {
  switch (c) {
    case 0x2d: // -
    case 0x2014: // —
    case 0x2013: // –
    case 0x2012: // ‒
    case 0x2015: // ―
    case 0x7e: // ~
    case 0xff0d: // －
    case 0x7b2c: // 第
    case 0x5171: // 共
    case 0x9875: // 页
    case 0x2f: // /
    case 0xff0f: // ／
    case 0x50: // P
    case 0x70: // p
      return true;
    default:
      return false;
  }
}

/** A digit (ASCII or full-width) and one of the furniture characters, in one pass over the line. */
function hasDigitAndFurniture(line: string): boolean {
  let digit = false;
  let furniture = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) digit = true;
    else if (isFurnitureChar(c)) furniture = true;
  }
  return digit && furniture;
}

export function isPageNumberLine(line: string): boolean {
  // Cheap tests first: page numbers are short lines with a digit and a dash, 页 or a slash.
  if (line.length > MAX_LENGTH || !hasDigitAndFurniture(line)) return false;
  const s = line.normalize('NFKC').trim();
  return PAGE_NUMBER_RES.some((re) => re.test(s));
}

const TITLE_RE = /报告|年报/;

/**
 * The lines without their page furniture: page numbers, later repeats of the
 * title line, and the blank lines just before them (so the blank-line rhythm of
 * one-cell-per-line text stays intact). Removed lines become `null`, keeping
 * every other line at its index.
 */
export function dropPageFurniture(lines: readonly string[]): (string | null)[] {
  const out: (string | null)[] = lines.slice();
  const titleAt = lines.findIndex((l) => l.trim() !== '');
  const title = titleAt >= 0 ? lines[titleAt]!.trim() : '';
  const isTitle = title.length <= 60 && TITLE_RE.test(title);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const len = l.length;
    if (len === 0) continue;
    const furniture =
      (len <= MAX_LENGTH && isPageNumberLine(l)) || (isTitle && i > titleAt + 1 && len >= title.length && len <= title.length + 8 && l.trim() === title);
    if (!furniture) continue;
    out[i] = null;
    for (let k = i - 1; k >= 0 && out[k] !== null && out[k]!.trim() === ''; k--) out[k] = null;
  }
  return out;
}

/**
 * @module Escaping report text for Markdown (CommonMark / GFM): inline markup
 * characters get a backslash, line starts that would open a block (heading,
 * list, quote) are neutralised, and `|` is always escaped so text never splits
 * a table row.
 */

/** ASCII punctuation that can start inline markup, raw HTML, an entity or a table cell. */
const INLINE = /[\\`*_[\]<>|~&]/g;
/** Line starts that would open a block: `#`, `>`, `-`/`+`/`=` (list or setext), `1.` / `1)`. */
const BLOCK_START = /^(\s*)(#|>|[-+=]|\d+[.)])/;

/** Escapes one line or paragraph of prose. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (c) => `\\${c}`)
    .split('\n')
    .map((line) => line.replace(BLOCK_START, (_m, space: string, mark: string) => `${space}${/^\d/.test(mark) ? `${mark.slice(0, -1)}\\${mark.slice(-1)}` : `\\${mark}`}`))
    .join('\n');
}

/** Escapes text for a pipe-table cell: one line, `|` escaped. */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(INLINE, (c) => `\\${c}`);
}

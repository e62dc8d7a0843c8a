/**
 * @module The token stream every reader produces and the assembler consumes.
 *
 * A reader turns a document (text, HTML, Markdown, DOCX, PDF, XLSX) into a flat
 * sequence of text units in reading order. A `cell` is one line of a paragraph or
 * one table cell; `rowEnd` closes a table row when the source knows its rows
 * (HTML, DOCX, tab-separated text, Markdown pipe rows); `gap` records blank lines
 * beyond the usual separator in one-cell-per-line text, where an empty cell
 * leaves no other trace. The assembler maps these units onto the statutory
 * template by label and order, never by position alone.
 */
import type { SourceLocation } from '../domain/annual-report/report.js';
import type { DecodedInput } from './decode-text.js';

export type Token =
  | {
      readonly kind: 'cell';
      readonly text: string;
      readonly at: SourceLocation;
      /**
       * Grid column of a table cell (0-based, the first slot it covers), where the source knows
       * the table's grid: HTML (row and column spans counted) and Markdown pipe rows.
       */
      readonly col?: number;
    }
  | { readonly kind: 'gap'; readonly size: number; readonly at: SourceLocation }
  | { readonly kind: 'rowEnd' };

export type InputType = 'text' | 'html' | 'markdown' | 'docx' | 'pdf' | 'xlsx' | 'csv' | 'json';

export interface TokenStream {
  readonly type: InputType;
  /** The text layout detected, for diagnostics (`lines`, `pipes`, `tabs`, `html`, …). */
  readonly layout: string;
  readonly tokens: readonly Token[];
}

/** A reader of one input type. Readers do not throw on odd content; they may throw GongkaiError on unreadable bytes. */
export interface Reader {
  readonly type: InputType;
  /** `decoded`: the bytes as detection decoded them (text-based types), so text need not be decoded twice. */
  read(bytes: Uint8Array, decoded?: DecodedInput): Promise<TokenStream> | TokenStream;
}

export function cell(text: string, at: SourceLocation, col?: number): Token {
  return col === undefined ? { kind: 'cell', text, at } : { kind: 'cell', text, at, col };
}

export const ROW_END: Token = { kind: 'rowEnd' };

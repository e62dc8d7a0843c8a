/**
 * @module The forms of a text the assembler compares — its `norm`, `bare` and `core` label forms,
 * its reading as a value cell, its split into a run of values — kept per distinct text.
 *
 * Labels and cell texts recur within a report and across reports, so each form is computed once
 * per text. All of a text's forms hang on one record found by one look-up: a look-up hashes and
 * compares the text, which for a report's few hundred cells costs more than the forms themselves
 * once they are known.
 *
 * V8 represents a substring of 13 or more characters as a slice that keeps its whole parent string
 * alive, and cell texts are cut from the document: the table would keep every document it ever
 * saw. A record therefore holds a copy of its text (`detach`), and every form is computed from the
 * copy, so nothing it holds shares memory with a document.
 */
import { detach } from './memo.js';
import { bareForm, coreForm, normForm } from './normalize.js';
import { plainNumber, readCell, splitRun, type NumberCell } from './number-cell.js';

/** A text's forms, each computed on first use. */
export class TextForms {
  private normed: string | undefined;
  private bared: string | undefined;
  private cored: string | undefined;
  private reading: NumberCell | undefined;
  private parts: readonly string[] | null | undefined;

  /** `text`: a copy that shares no memory with a document. */
  constructor(private readonly text: string) {}

  /** NFKC, no whitespace of any kind, known typos fixed. */
  get norm(): string {
    return (this.normed ??= normForm(this.text));
  }

  /** `norm` without punctuation: what a label says, however it is punctuated. */
  get bare(): string {
    return (this.bared ??= bareForm(this.norm));
  }

  /** `bare` without leading numbering such as 一、 (三) 1. 12. */
  get core(): string {
    return (this.cored ??= coreForm(this.bare));
  }

  /** The text read as one value cell (results are shared: never change them). */
  get cell(): NumberCell {
    return (this.reading ??= readCell(this.text));
  }

  /** The text split into several values ("0 0 3"), or null (`splitRun`). */
  get run(): readonly string[] | null {
    if (this.parts === undefined) this.parts = splitRun(this.text);
    return this.parts;
  }
}

const MAX_TEXTS = 10_000;
const FORMS = new Map<string, TextForms>();

/** The forms of `text`; the table is emptied when full. */
export function formsOf(text: string): TextForms {
  let forms = FORMS.get(text);
  if (forms === undefined) {
    if (FORMS.size >= MAX_TEXTS) FORMS.clear();
    const copy = detach(text);
    forms = new TextForms(copy);
    FORMS.set(copy, forms);
  }
  return forms;
}

export function norm(text: string): string {
  return formsOf(text).norm;
}

export function bare(text: string): string {
  return formsOf(text).bare;
}

export function core(text: string): string {
  return formsOf(text).core;
}

/** Reads a value cell: a number, a blank, or text (number-cell.ts). Plain digits are read without a look-up. */
export function readNumberCell(text: string): NumberCell {
  return plainNumber(text) ?? formsOf(text).cell;
}

/** Splits a cell holding several space-separated values into its parts, or null (number-cell.ts). */
export function splitNumberRun(text: string): readonly string[] | null {
  return formsOf(text).run;
}

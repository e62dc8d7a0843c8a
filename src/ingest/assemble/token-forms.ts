/**
 * @module A document's tokens with the forms the assembler compares, each computed once per token:
 * the normalised label forms (`bare`, `core`), the value items a cell reads as, and the label and
 * numbers of a label cell that carries its values.
 *
 * The format detector, the section finder and the three table readers all walk the same tokens,
 * some of them twice; asking the text-keyed table (text-forms.ts) each time costs a hash and a
 * string comparison per question. Here a token looks its text up once, and each answer is an
 * array slot per token.
 */
import type { Token } from '../tokens.js';
import { formsOf, type TextForms } from './text-forms.js';
import { plainItems, valueItemsOfForms } from './collect-values.js';
import { splitLabelTail, type LabelTail } from './split-label.js';
import type { ValueItem } from './value-item.js';

/** One answer per token: undefined until computed (null is an answer). */
type Slots<T> = (T | null | undefined)[];

function slots<T>(n: number): Slots<T> {
  return new Array<T | null | undefined>(n).fill(undefined);
}

export class TokenForms {
  private readonly forms: Slots<TextForms>;
  private readonly valueItems: Slots<readonly ValueItem[]>;
  private readonly tails: Slots<LabelTail>;

  constructor(readonly tokens: readonly Token[]) {
    this.forms = slots(tokens.length);
    this.valueItems = slots(tokens.length);
    this.tails = slots(tokens.length);
  }

  /** The forms of the cell's text (one look-up per token). */
  private formsAt(i: number): TextForms {
    let f = this.forms[i];
    if (f === undefined || f === null) this.forms[i] = f = formsOf(this.text(i));
    return f;
  }

  /** The text of token `i`; '' for a token that is not a cell. */
  text(i: number): string {
    const t = this.tokens[i];
    return t?.kind === 'cell' ? t.text : '';
  }

  /** `core` of the cell's text. */
  core(i: number): string {
    return this.formsAt(i).core;
  }

  /** `bare` of the cell's text. */
  bare(i: number): string {
    return this.formsAt(i).bare;
  }

  /** The value items the cell reads as (`valueItemsOf`); null for text and for tokens that are not cells. */
  values(i: number): readonly ValueItem[] | null {
    let v = this.valueItems[i];
    if (v === undefined) {
      const t = this.tokens[i];
      if (t?.kind !== 'cell') v = null;
      else v = plainItems(t.text, t.at) ?? valueItemsOfForms(this.formsAt(i), t.text, t.at);
      this.valueItems[i] = v;
    }
    return v;
  }

  /** The label and the value text of a cell that carries its numbers (`splitLabelTail`), or null. */
  labelTail(i: number): LabelTail | null {
    let l = this.tails[i];
    if (l === undefined) this.tails[i] = l = splitLabelTail(this.text(i));
    return l;
  }
}

/**
 * @module A document's tokens with the forms the assembler compares, each computed once per token:
 * the normalised label forms (`bare`, `core`), the value items a cell reads as, and the label and
 * numbers of a label cell that carries its values.
 *
 * The format detector, the section finder and the three table readers all walk the same tokens,
 * some of them twice; asking the string-keyed memo tables each time costs a hash and a string
 * comparison per question. Here the answer is an array slot per token.
 */
import type { Token } from '../tokens.js';
import { bare, core } from './normalize.js';
import { valueItemsOf } from './collect-values.js';
import { splitLabelTail, type LabelTail } from './split-label.js';
import type { ValueItem } from './value-item.js';

/** One answer per token: undefined until computed (null is an answer). */
type Slots<T> = (T | null | undefined)[];

function slots<T>(n: number): Slots<T> {
  return new Array<T | null | undefined>(n).fill(undefined);
}

export class TokenForms {
  private readonly cores: Slots<string>;
  private readonly bares: Slots<string>;
  private readonly valueItems: Slots<readonly ValueItem[]>;
  private readonly tails: Slots<LabelTail>;

  constructor(readonly tokens: readonly Token[]) {
    this.cores = slots(tokens.length);
    this.bares = slots(tokens.length);
    this.valueItems = slots(tokens.length);
    this.tails = slots(tokens.length);
  }

  /** The text of token `i`; '' for a token that is not a cell. */
  text(i: number): string {
    const t = this.tokens[i];
    return t?.kind === 'cell' ? t.text : '';
  }

  /** `core` of the cell's text. */
  core(i: number): string {
    let c = this.cores[i];
    if (c === undefined || c === null) this.cores[i] = c = core(this.text(i));
    return c;
  }

  /** `bare` of the cell's text. */
  bare(i: number): string {
    let b = this.bares[i];
    if (b === undefined || b === null) this.bares[i] = b = bare(this.text(i));
    return b;
  }

  /** The value items the cell reads as (`valueItemsOf`); null for text and for tokens that are not cells. */
  values(i: number): readonly ValueItem[] | null {
    let v = this.valueItems[i];
    if (v === undefined) {
      const t = this.tokens[i];
      this.valueItems[i] = v = t?.kind === 'cell' ? valueItemsOf(t.text, t.at) : null;
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

/**
 * @module A letter as a structured document: what `composeLetter` makes and the
 * renderers (HTML, DOCX, PDF) print. Nothing here knows about files or fonts:
 * a letter is its title, reference number, addressee, body blocks, the legal
 * articles it rests on, and the seal block (盖章处).
 */
import type { IsoDate } from '../domain/calendar/iso-date.js';
import type { CaseId } from '../domain/cases/case-events.js';
import type { Outcome } from '../domain/cases/outcome.js';
import type { Message } from '../domain/shared/finding.js';

/**
 * - `acknowledgement` 受理回执 (Art. 31 receipt day, Art. 33 answer deadline)
 * - `correction` 补正告知书 (Art. 30)
 * - `extension` 延期答复告知书 (Art. 33 ¶2)
 * - `consultation` 征求意见函, to a third party (Art. 32) or another agency (Art. 34)
 * - `fee` 收费通知书 (Art. 42, 国办函〔2020〕109号)
 * - `decision` 答复告知书, one template per outcome (Art. 30, 35–39)
 */
export const LETTER_KINDS = ['acknowledgement', 'correction', 'extension', 'consultation', 'fee', 'decision'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export function isLetterKind(v: unknown): v is LetterKind {
  return typeof v === 'string' && (LETTER_KINDS as readonly string[]).includes(v);
}

/** The Chinese names of the kinds, as staff say them (also accepted on the command line). */
export const LETTER_KIND_LABELS: Readonly<Record<LetterKind, string>> = {
  acknowledgement: '受理回执',
  correction: '补正告知书',
  extension: '延期答复告知书',
  consultation: '征求意见函',
  fee: '收费通知书',
  decision: '答复告知书',
};

/** Who the letter goes to: the applicant, or (consultation) a third party or another agency. */
export type AddresseeRole = 'applicant' | 'thirdParty' | 'agency';

export interface Addressee {
  readonly role: AddresseeRole;
  /** Printed as the salutation (`张三：`). */
  readonly name: string;
}

/** One labelled value of a `fields` block (登记信息). */
export interface Field {
  readonly label: string;
  readonly value: string;
}

/**
 * A piece of the body: a paragraph; numbered items (补正事项); labelled values
 * (the registration details of a receipt); a table with a caption and a head
 * row (the fee computation).
 */
export type LetterBlock =
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'items'; readonly items: readonly string[] }
  | { readonly type: 'fields'; readonly caption: string; readonly rows: readonly Field[] }
  | { readonly type: 'table'; readonly caption: string; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** A legal article the letter cites, in the order first cited. */
export interface Citation {
  /** The key the templates use, e.g. `条例第三十三条第二款`. */
  readonly key: string;
  /** Full name of the law, e.g. 《中华人民共和国政府信息公开条例》. */
  readonly law: string;
  /** `第三十三条第二款`; empty when the law is cited as a whole. */
  readonly article: string;
  /** False where the article or its use here is not checked against a source (domain.md [UNVERIFIED]). */
  readonly verified: boolean;
}

/** 盖章处: the agency's name and the letter's date, beside a blank box for the seal. */
export interface SealBlock {
  readonly agency: string;
  readonly date: IsoDate;
  /** `2024年9月27日` (GB/T 9704: Arabic numerals, no leading zeros). */
  readonly dateText: string;
}

export interface Letter {
  readonly kind: LetterKind;
  /** For a decision letter, the outcome it answers; otherwise null. */
  readonly outcome: Outcome | null;
  readonly caseId: CaseId;
  readonly title: string;
  /** 文号 of the letter. */
  readonly reference: string;
  readonly addressee: Addressee;
  readonly blocks: readonly LetterBlock[];
  /** 附件: names of the documents sent with the letter. */
  readonly attachments: readonly string[];
  /** The agency's contact lines (联系电话, 地址) printed after the body. */
  readonly contact: readonly string[];
  readonly legalBasis: readonly Citation[];
  readonly seal: SealBlock;
  readonly issuedOn: IsoDate;
  /** For staff, never printed: unverified points and irregularities to check before sending. */
  readonly notes: readonly Message[];
}

/** Every piece of text a letter prints, in reading order (for checks such as the third-party privacy rule). */
export function letterTexts(letter: Letter): string[] {
  const out = [letter.title, letter.reference, letter.addressee.name];
  for (const b of letter.blocks) {
    switch (b.type) {
      case 'paragraph':
        out.push(b.text);
        break;
      case 'items':
        out.push(...b.items);
        break;
      case 'fields':
        out.push(b.caption, ...b.rows.flatMap((r) => [r.label, r.value]));
        break;
      case 'table':
        out.push(b.caption, ...b.head, ...b.rows.flat());
        break;
    }
  }
  out.push(...letter.attachments, ...letter.contact, letter.seal.agency, letter.seal.dateText);
  return out;
}

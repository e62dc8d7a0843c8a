/**
 * @module The options of `gongkai letter` (kept apart from the work, so the
 * command can be registered without loading docx or playwright).
 */
export const LETTER_FORMATS = ['docx', 'pdf', 'html', 'json'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

export interface LetterFlags {
  readonly kind: string;
  readonly case: string;
  readonly to: string;
  readonly output?: string;
  readonly party?: string;
  readonly issuedOn?: string;
  readonly ref?: string;
  readonly region?: string;
  readonly db?: string;
}

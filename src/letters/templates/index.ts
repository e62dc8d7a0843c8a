/**
 * @module Every letter template, and the one a letter kind (and outcome, or
 * consulted party) uses. A withdrawal (`otherClosed`) has no letter: the
 * applicant ended the case.
 */
import type { ConsultedParty } from '../../domain/cases/case-events.js';
import type { Outcome } from '../../domain/cases/outcome.js';
import type { LetterKind } from '../letter.js';
import type { LetterTemplate } from '../template.js';
import { ACKNOWLEDGEMENT } from './acknowledgement.js';
import { CONSULTATION_AGENCY, CONSULTATION_THIRD_PARTY } from './consultation.js';
import { CORRECTION } from './correction.js';
import { ABANDONED_NO_CORRECTION, ABANDONED_NO_FEE } from './decision-closed.js';
import { ALREADY_PUBLIC, DISCLOSED, PARTIALLY_DISCLOSED } from './decision-granted.js';
import {
  NOT_PROCESSED_CONFIRM,
  NOT_PROCESSED_MASSIVE,
  NOT_PROCESSED_PETITION,
  NOT_PROCESSED_PUBLICATION,
  NOT_PROCESSED_REPEAT,
} from './decision-not-processed.js';
import { REFUSALS } from './decision-refused.js';
import { NEEDS_CREATION, NOT_EXIST, NOT_THIS_AGENCY, SPECIAL_LAW, UNCLEAR_AFTER_CORRECTION } from './decision-unable.js';
import { EXTENSION } from './extension.js';
import { FEE } from './fee.js';

export const TEMPLATES: readonly LetterTemplate[] = [
  ACKNOWLEDGEMENT,
  CORRECTION,
  EXTENSION,
  CONSULTATION_THIRD_PARTY,
  CONSULTATION_AGENCY,
  FEE,
  ALREADY_PUBLIC,
  DISCLOSED,
  PARTIALLY_DISCLOSED,
  ...REFUSALS,
  NOT_EXIST,
  NOT_THIS_AGENCY,
  NEEDS_CREATION,
  UNCLEAR_AFTER_CORRECTION,
  NOT_PROCESSED_PETITION,
  NOT_PROCESSED_REPEAT,
  NOT_PROCESSED_PUBLICATION,
  NOT_PROCESSED_MASSIVE,
  NOT_PROCESSED_CONFIRM,
  SPECIAL_LAW,
  ABANDONED_NO_CORRECTION,
  ABANDONED_NO_FEE,
];

/** The template of a kind; `variant` is the outcome (decision) or the consulted party (consultation). */
export function templateFor(kind: LetterKind, variant?: Outcome | ConsultedParty): LetterTemplate | null {
  return TEMPLATES.find((t) => t.kind === kind && (t.variant ?? null) === (variant ?? null)) ?? null;
}

/** The outcomes a decision letter exists for: every outcome of domain.md §3.4 but a withdrawal. */
export const LETTER_OUTCOMES: readonly Outcome[] = TEMPLATES.filter((t) => t.kind === 'decision').map((t) => t.variant as Outcome);

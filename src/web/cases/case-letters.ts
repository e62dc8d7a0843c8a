/**
 * @module The letters of a stored case: which kinds apply (each step the case
 * took that has a letter), composing one with the agency and what the clerk
 * adds (`LetterDetails`), and sending it as DOCX or PDF — always as a download
 * (`Content-Disposition: attachment`, `nosniff`).
 */
import type { Context } from 'hono';
import type { CaseEvent } from '../../domain/cases/case-events.js';
import { composeLetter } from '../../letters/compose-letter.js';
import type { LetterAgency, LetterDetails } from '../../letters/letter-input.js';
import { LETTER_KIND_LABELS, type Letter, type LetterKind } from '../../letters/letter.js';
import { letterToDocx, letterToPdf } from '../../letters/render/index.js';
import type { Executor } from '../../persistence/database.js';
import { getAgency } from '../../persistence/repositories/agencies/agency-queries.js';
import { caseCalendar } from '../../persistence/repositories/cases/case-calendar.js';
import { isGongkaiError } from '../../domain/shared/errors.js';

/** The step each letter kind is about. */
const STEP: Readonly<Record<LetterKind, readonly CaseEvent['type'][]>> = {
  acknowledgement: ['register'],
  correction: ['requestCorrection'],
  extension: ['extend'],
  consultation: ['consult'],
  fee: ['feeNotice'],
  decision: ['decide', 'abandon', 'feeNotPaid'],
};

/** The letter kinds of the steps this case took; `toApplicant` leaves out consultation letters. */
export function letterKindsOf(events: readonly CaseEvent[], toApplicant: boolean): LetterKind[] {
  const types = new Set(events.map((e) => e.type));
  if (types.has('withdraw')) return [];
  return (Object.keys(STEP) as LetterKind[]).filter((k) => (!toApplicant || k !== 'consultation') && STEP[k].some((t) => types.has(t)));
}

export interface CaseLetterInput {
  readonly agencyId: number;
  readonly caseNumber: string;
  readonly events: readonly CaseEvent[];
  readonly kind: LetterKind;
  readonly details?: LetterDetails;
  readonly agency?: Partial<LetterAgency>;
  readonly party?: string;
}

export async function composeCaseLetter(db: Executor, input: CaseLetterInput): Promise<Letter> {
  const agency = await getAgency(db, input.agencyId);
  const calendar = await caseCalendar(db, input.agencyId);
  return composeLetter(input.kind, {
    events: input.events,
    agency: { ...input.agency, name: agency.name },
    calendar,
    ...(input.details ? { details: input.details } : {}),
    ...(input.party ? { party: input.party } : {}),
  });
}

/** The letters the applicant can have without anything only the clerk knows (the others are sent by the office). */
export async function applicantLetters(db: Executor, agencyId: number, caseNumber: string, events: readonly CaseEvent[]): Promise<LetterKind[]> {
  const out: LetterKind[] = [];
  for (const kind of letterKindsOf(events, true)) {
    try {
      await composeCaseLetter(db, { agencyId, caseNumber, events, kind });
      out.push(kind);
    } catch (e) {
      if (!isGongkaiError(e)) throw e;
    }
  }
  return out;
}

/** A file name safe in a header: the case number's serial and the letter's name. */
function fileName(caseNumber: string, kind: LetterKind, ext: string): string {
  return `${caseNumber}-${LETTER_KIND_LABELS[kind]}.${ext}`;
}

export function attachmentHeaders(name: string, type: string): Record<string, string> {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return {
    'content-type': type,
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  };
}

export async function sendLetter(c: Context, letter: Letter, caseNumber: string, format: 'docx' | 'pdf'): Promise<Response> {
  const bytes = format === 'docx' ? await letterToDocx(letter) : await letterToPdf(letter);
  const type = format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf';
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, attachmentHeaders(fileName(caseNumber, letter.kind, format), type));
}

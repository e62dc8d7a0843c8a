/**
 * @module The work of `gongkai letter`: read the case file, compose the letter
 * on the calendar of built-in and loaded notices, render it, write it whole.
 * The staff notes (unverified points, late steps) go to stderr; nothing of the
 * applicant is ever written there.
 */
import { parseIsoDate } from '../../domain/calendar/iso-date.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { parseCaseJson } from '../../letters/case-file.js';
import { composeLetter } from '../../letters/compose-letter.js';
import { LETTER_KINDS, LETTER_KIND_LABELS, isLetterKind, type Letter, type LetterKind } from '../../letters/letter.js';
import { letterToDocx, letterToHtml, letterToPdf } from '../../letters/render/index.js';
import { calendarFor } from '../calendar/calendar-actions.js';
import { EXIT } from '../errors.js';
import { readInput, writeOutput } from '../io.js';
import { LETTER_FORMATS, type LetterFlags, type LetterFormat } from './letter-flags.js';

/** The kind from its English key or its Chinese name (受理回执, 答复告知书 …). */
export function letterKindOf(text: string): LetterKind {
  const t = text.normalize('NFKC').trim();
  if (isLetterKind(t)) return t;
  const byLabel = LETTER_KINDS.find((k) => LETTER_KIND_LABELS[k] === t);
  if (byLabel) return byLabel;
  throw new GongkaiError('USAGE', {
    zh: `不支持的文书种类“${text}”，可选：${LETTER_KINDS.map((k) => `${k}（${LETTER_KIND_LABELS[k]}）`).join('、')}。`,
    en: `Unknown letter kind “${text}”; choose one of ${LETTER_KINDS.join(', ')}.`,
  });
}

function formatOf(text: string): LetterFormat {
  if ((LETTER_FORMATS as readonly string[]).includes(text)) return text as LetterFormat;
  throw new GongkaiError('USAGE', {
    zh: `不支持的输出格式“${text}”，可选：${LETTER_FORMATS.join('、')}。`,
    en: `Unsupported output format “${text}”; choose one of ${LETTER_FORMATS.join(', ')}.`,
  });
}

async function render(letter: Letter, format: LetterFormat): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return letterToDocx(letter);
    case 'html':
      return new TextEncoder().encode(letterToHtml(letter));
    case 'json':
      return new TextEncoder().encode(`${JSON.stringify(letter, null, 2)}\n`);
    case 'pdf':
      return letterToPdf(letter);
  }
}

export async function writeLetter(opts: LetterFlags): Promise<number> {
  const kind = letterKindOf(opts.kind);
  const format = formatOf(opts.to);
  const file = parseCaseJson(new TextDecoder().decode(await readInput(opts.case)));
  const calendar = await calendarFor({ ...(opts.db ? { db: opts.db } : {}), region: opts.region ?? file.region ?? undefined });
  const letter = composeLetter(kind, {
    events: file.events,
    agency: file.agency,
    calendar,
    policy: file.policy,
    details: file.details,
    ...(opts.party !== undefined ? { party: opts.party } : {}),
    ...(opts.ref !== undefined ? { reference: opts.ref } : {}),
    ...(opts.issuedOn !== undefined ? { issuedOn: parseIsoDate(opts.issuedOn, { zh: '--issued-on', en: '--issued-on' }) } : {}),
  });
  await writeOutput(opts.output, await render(letter, format));
  for (const note of letter.notes) process.stderr.write(`注意：${note.zh} / Note: ${note.en}\n`);
  return EXIT.ok;
}

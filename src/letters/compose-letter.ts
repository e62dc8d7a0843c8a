/**
 * @module `composeLetter(kind, input)`: a case's letter as a structured
 * document, from its template. Pure: no clock (the letter's date defaults to
 * the day of its event), no I/O; the renderers print what this returns.
 */
import { isIsoDate, type IsoDate } from '../domain/calendar/iso-date.js';
import type { Applicant } from '../domain/cases/applicant.js';
import type { ConsultedParty } from '../domain/cases/case-events.js';
import { DEFAULT_CASE_POLICY, type CasePolicy } from '../domain/cases/case-state.js';
import type { Outcome } from '../domain/cases/outcome.js';
import { GongkaiError } from '../domain/shared/errors.js';
import type { Message } from '../domain/shared/finding.js';
import { ARTICLES } from './legal-basis.js';
import { LETTER_KIND_LABELS, type Addressee, type Letter, type LetterBlock, type LetterKind } from './letter.js';
import { FACT_SOURCES, factsFor } from './letter-facts.js';
import type { ComposeInput } from './letter-input.js';
import { letterSubject, type LetterSubject } from './letter-subject.js';
import { fillTemplate } from './template.js';
import { REMEDIES } from './templates/common.js';
import { templateFor } from './templates/index.js';
import { dateZh } from './wording.js';

/** What the default reference number adds to the case id. */
const REFERENCE_SUFFIX: Readonly<Record<LetterKind, string>> = {
  acknowledgement: '受理',
  correction: '补正',
  extension: '延期',
  consultation: '征询',
  fee: '收费',
  decision: '答复',
};

function variantOf(subject: LetterSubject): Outcome | ConsultedParty | undefined {
  const e = subject.event;
  if (e.type === 'consult') return e.party;
  if (e.type === 'decide' || e.type === 'abandon' || e.type === 'feeNotPaid') return subject.after.outcome ?? undefined;
  return undefined;
}

function addresseeOf(subject: LetterSubject): Addressee {
  const e = subject.event;
  if (e.type === 'consult') return { role: e.party, name: e.name.trim() };
  return { role: 'applicant', name: subject.after.application.applicant.name.trim() };
}

function issuedOnOf(input: ComposeInput, subject: LetterSubject): IsoDate {
  const on = input.issuedOn ?? subject.day;
  if (!isIsoDate(on)) {
    throw new GongkaiError('INVALID_DATE', { zh: `文书日期“${String(on)}”不是有效日期（YYYY-MM-DD）。`, en: `The letter’s date “${String(on)}” is not a valid date (YYYY-MM-DD).` });
  }
  if (on < subject.day) {
    throw new GongkaiError('INVALID_VALUE', {
      zh: `文书日期 ${on} 早于其所依据的事项（${subject.day}）。`,
      en: `The letter’s date ${on} is before the step it is about (${subject.day}).`,
    });
  }
  return on;
}

/** The applicant's name, document number and contact: what a letter to anyone else must not show. */
function applicantSecrets(a: Applicant): string[] {
  const c = a.contact;
  const raw = [a.name, a.idProof.number, a.idProof.number.replace(/\s+/g, '').toUpperCase(), c.phone, c.email, c.address];
  return [...new Set(raw.map((v) => v?.trim() ?? '').filter((v) => v.length >= 2))].sort((x, y) => y.length - x.length);
}

const HIDDEN = '＊＊＊';

function hide(text: string, secrets: readonly string[]): string {
  return secrets.reduce((t, s) => t.split(s).join(HIDDEN), text);
}

function hideInBlock(b: LetterBlock, secrets: readonly string[]): LetterBlock {
  const h = (t: string) => hide(t, secrets);
  switch (b.type) {
    case 'paragraph':
      return { ...b, text: h(b.text) };
    case 'items':
      return { ...b, items: b.items.map(h) };
    case 'fields':
      return { ...b, caption: h(b.caption), rows: b.rows.map((r) => ({ label: h(r.label), value: h(r.value) })) };
    case 'table':
      return { ...b, caption: h(b.caption), head: b.head.map(h), rows: b.rows.map((r) => r.map(h)) };
  }
}

/**
 * A letter to someone other than the applicant (a consultation letter) with
 * every occurrence of the applicant's name, document number and contact
 * replaced by ＊＊＊ — should a description quote them — and a note saying so.
 */
export function withoutApplicant(letter: Letter, applicant: Applicant): Letter {
  const secrets = applicantSecrets(applicant);
  const h = (t: string) => hide(t, secrets);
  const hidden: Letter = {
    ...letter,
    title: h(letter.title),
    reference: h(letter.reference),
    addressee: { ...letter.addressee, name: h(letter.addressee.name) },
    blocks: letter.blocks.map((b) => hideInBlock(b, secrets)),
    attachments: letter.attachments.map(h),
  };
  if (JSON.stringify(hidden) === JSON.stringify(letter)) return letter;
  return {
    ...hidden,
    notes: [
      ...letter.notes,
      { zh: '申请人的姓名、证件号码或联系方式出现在函中，已以＊＊＊隐去；发出前请核对。', en: 'The applicant’s name, ID number or contact appeared in the letter and was replaced by ＊＊＊; check before sending.' },
    ],
  };
}

/** Letters whose dates the calendar computes (the others print dates the clerk chose or the case recorded). */
const COUNTED: ReadonlySet<LetterKind> = new Set(['acknowledgement', 'extension', 'consultation', 'fee']);

/** How the periods were counted: a choice the regulation leaves open (domain.md §3.3 item 9). */
function countingNote(policy: CasePolicy): Message {
  return policy.counting.countFrom === 'nextDay'
    ? {
        zh: '期限按“次日起算”计算（起算日不计入），是程序期间的一般规则，条例未明文规定（未经核实）。',
        en: 'Periods are counted from the next day (the start day does not count): the general rule of procedural periods, not written in the regulation (unverified).',
      }
    : {
        zh: '期限按“当日起算”计算（起算日为工作日时计为第1个工作日），系本机关选择的计算方法。',
        en: 'Periods are counted from the same day (a working start day is day 1), as this agency chose.',
      };
}

function incomplete(missing: readonly string[], title: string): GongkaiError {
  const list = missing.map((m) => (FACT_SOURCES[m] ? `“${m}”（${FACT_SOURCES[m]}）` : `“${m}”`));
  return new GongkaiError('LETTER_INCOMPLETE', {
    zh: `生成《${title}》还缺少：${list.join('、')}。请补充后再生成。`,
    en: `“${title}” still needs: ${missing.map((m) => (FACT_SOURCES[m] ? `${m} (${FACT_SOURCES[m]})` : m)).join(', ')}. Add them and try again.`,
  });
}

/**
 * Composes a letter of `kind` for the case in `input.events`: finds the event
 * it is about (the last correction request, extension, consultation of
 * `input.party`, fee notice or decision), the case as it stood right after
 * it, fills the kind's template (for a decision: its outcome's; for a
 * consultation: the party's), and adds the seal block. Refuses with
 * `LETTER_UNAVAILABLE` when the case has no such event (or was withdrawn),
 * `LETTER_INCOMPLETE` when a fact the letter prints is missing, and the case
 * engine's errors for a broken case.
 *
 * @example composeLetter('acknowledgement', { events, agency: { name: '某县人民政府办公室' }, calendar: builtInCalendar() })
 */
export function composeLetter(kind: LetterKind, input: ComposeInput): Letter {
  if (!input.agency?.name?.trim()) throw incomplete(['机关名称'], LETTER_KIND_LABELS[kind]);
  const subject = letterSubject(kind, input);
  const variant = variantOf(subject);
  const template = templateFor(kind, variant);
  if (!template) {
    throw new GongkaiError('LETTER_UNAVAILABLE', { zh: `没有适用于“${String(variant)}”的文书模板。`, en: `No letter template for “${String(variant)}”.` });
  }
  const filled = fillTemplate(template, factsFor(subject, input), template.remedies ? REMEDIES : []);
  if (filled.missing.length > 0) throw incomplete(filled.missing, template.title);
  const issuedOn = issuedOnOf(input, subject);
  const agency = input.agency;
  const notes: Message[] = [
    ...filled.citations
      .filter((c) => !c.verified)
      .map((c) => ({
        zh: `${c.law}${c.article}（${ARTICLES[c.key]!.gist}）未经核实，发出前请核对。`,
        en: `${c.law}${c.article} is not verified against its source; check before sending.`,
      })),
    ...(COUNTED.has(kind) ? [countingNote(input.policy ?? DEFAULT_CASE_POLICY)] : []),
    ...(template.notes ?? []),
    ...subject.after.findings.map((f) => f.message),
  ];
  const letter: Letter = {
    kind,
    outcome: kind === 'decision' ? (subject.after.outcome ?? null) : null,
    caseId: subject.after.caseId,
    title: template.title,
    reference: input.reference?.trim() || `${subject.after.caseId}-${REFERENCE_SUFFIX[kind]}`,
    addressee: addresseeOf(subject),
    blocks: filled.blocks,
    attachments: (input.details?.attachments ?? []).map((a) => a.trim()).filter(Boolean),
    contact: [agency.phone?.trim() && `联系电话：${agency.phone.trim()}`, agency.address?.trim() && `通信地址：${agency.address.trim()}`].filter((v): v is string => !!v),
    legalBasis: filled.citations,
    seal: { agency: agency.name.trim(), date: issuedOn, dateText: dateZh(issuedOn) },
    issuedOn,
    notes,
  };
  return letter.addressee.role === 'applicant' ? letter : withoutApplicant(letter, subject.after.application.applicant);
}

/**
 * @module A case as a JSON file (`gongkai.case/1`), so letters can be made
 * before cases are stored: the sending agency, the events exactly as the case
 * engine takes them (`CaseEvent`, the first one `register` with the
 * application), and optionally the clerk's details, the counting policy and a
 * calendar region. The zod schema is the documentation of the shape; a file
 * that does not fit is refused with every problem listed (`INVALID_VALUE`).
 *
 *   {
 *     "schema": "gongkai.case/1",
 *     "agency": { "name": "某某县人民政府办公室", "phone": "…", "reconsiderationBody": "某某县人民政府" },
 *     "events": [
 *       { "type": "register", "on": "2024-09-27", "caseId": "2024-017", "agencyId": 1,
 *         "application": { "applicant": { "kind": "naturalPerson", "name": "张三",
 *             "idProof": { "type": "residentIdCard", "number": "…" }, "contact": { "phone": "…" } },
 *           "request": { "description": "…", "form": "electronic", "delivery": "email" }, "channel": "inPerson" },
 *         "receipt": { "channel": "inPerson", "handedIn": "2024-09-27" } },
 *       { "type": "decide", "on": "2024-10-20", "outcome": "disclosed" }
 *     ],
 *     "details": { "attachments": ["…"] }
 *   }
 */
import { z } from 'zod';
import { COUNT_FROM } from '../domain/calendar/counting-policy.js';
import { isIsoDate, type IsoDate } from '../domain/calendar/iso-date.js';
import { ID_DOCUMENT_TYPES, APPLICANT_KINDS } from '../domain/cases/applicant.js';
import { DELIVERY_CHANNELS, INCOMING_CHANNELS, REQUESTED_FORMS } from '../domain/cases/application.js';
import { caseId, type CaseEvent } from '../domain/cases/case-events.js';
import { DEFAULT_CASE_POLICY, type CasePolicy } from '../domain/cases/case-state.js';
import { DECISION_OUTCOMES } from '../domain/cases/outcome.js';
import { GongkaiError } from '../domain/shared/errors.js';
import { jsonSyntaxProblem, listProblems, zodProblems, type Problem } from '../domain/shared/zod-problems.js';
import type { LetterAgency, LetterDetails } from './letter-input.js';
import { WITHHOLDING_GROUNDS, type WithholdingGround } from './templates/refusal-grounds.js';

export const CASE_FILE_SCHEMA = 'gongkai.case/1' as const;

const isoDate = z.custom<IsoDate>((v) => isIsoDate(v), { message: 'not a date in YYYY-MM-DD form' });
const text = z.string().trim().min(1);
const optionalText = z.string().trim().optional();

const Applicant = z.strictObject({
  kind: z.enum(APPLICANT_KINDS as [string, ...string[]]),
  name: text,
  idProof: z.strictObject({ type: z.enum(ID_DOCUMENT_TYPES), number: text }),
  contact: z.strictObject({ phone: optionalText, email: optionalText, address: optionalText }),
});

const Application = z.strictObject({
  applicant: Applicant,
  request: z.strictObject({ description: text, form: z.enum(REQUESTED_FORMS), delivery: z.enum(DELIVERY_CHANNELS) }),
  channel: z.enum(INCOMING_CHANNELS),
});

const Receipt = z.union([
  z.strictObject({ channel: z.literal('inPerson'), handedIn: isoDate }),
  z.strictObject({ channel: z.literal('letter'), mail: z.literal('signed'), signedFor: isoDate }),
  z.strictObject({ channel: z.literal('letter'), mail: z.literal('ordinary'), arrived: isoDate, confirmed: isoDate.nullable() }),
  z.strictObject({ channel: z.enum(['online', 'fax']), submitted: isoDate, confirmed: isoDate.nullable() }),
]);

const FeeBasis = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('perApplication'), countInMonth: z.int().min(1) }),
  z.strictObject({ method: z.literal('perVolume'), pages: z.int().min(1) }),
]);

const Event = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('register'), on: isoDate, caseId: text, agencyId: z.int().min(1).default(1), application: Application, receipt: Receipt }),
  z.strictObject({ type: z.literal('requestCorrection'), on: isoDate, items: text, dueOn: isoDate }),
  z.strictObject({ type: z.literal('correctionReceived'), on: isoDate }),
  z.strictObject({ type: z.literal('extend'), on: isoDate, workdays: z.int(), approver: text, reason: text, applicantNotifiedOn: isoDate }),
  z.strictObject({ type: z.literal('consult'), on: isoDate, party: z.enum(['thirdParty', 'agency']), name: text, receivedByPartyOn: isoDate.optional() }),
  z.strictObject({ type: z.literal('consultationAnswered'), on: isoDate, name: text, answer: z.enum(['consent', 'objection', 'noAnswer']) }),
  z.strictObject({ type: z.literal('feeNotice'), on: isoDate, basis: FeeBasis, amountYuan: z.int().min(0), deliveredOn: isoDate.optional() }),
  z.strictObject({ type: z.literal('feePaid'), on: isoDate, amountYuan: z.int().min(0) }),
  z.strictObject({ type: z.literal('feeNotPaid'), on: isoDate }),
  z.strictObject({ type: z.literal('decide'), on: isoDate, outcome: z.enum(DECISION_OUTCOMES), reasons: optionalText }),
  z.strictObject({ type: z.literal('deliver'), on: isoDate, channel: z.enum(DELIVERY_CHANNELS) }),
  z.strictObject({ type: z.literal('withdraw'), on: isoDate, reason: optionalText }),
  z.strictObject({ type: z.literal('abandon'), on: isoDate }),
  z.strictObject({ type: z.literal('archive'), on: isoDate }),
]);

const Agency = z.strictObject({
  name: text,
  phone: optionalText,
  address: optionalText,
  reconsiderationBody: optionalText,
  court: optionalText,
  feePayment: optionalText,
});

const Details = z.strictObject({
  whereToFind: optionalText,
  provision: optionalText,
  withheld: z.strictObject({ part: text, ground: z.enum(Object.keys(WITHHOLDING_GROUNDS) as [WithholdingGround, ...WithholdingGround[]]) }).optional(),
  competentAgency: z.strictObject({ name: text, contact: optionalText }).optional(),
  channel: optionalText,
  previousAnswer: optionalText,
  search: optionalText,
  reasons: optionalText,
  consultSubject: optionalText,
  attachments: z.array(text).optional(),
});

/** The shape of a case file. */
export const CaseFile = z.strictObject({
  schema: z.literal(CASE_FILE_SCHEMA).optional(),
  agency: Agency,
  events: z.array(Event).min(1),
  details: Details.optional(),
  policy: z.strictObject({ countFrom: z.enum(COUNT_FROM).optional(), feeClock: z.enum(['paused', 'running']).optional() }).optional(),
  /** Apply this region's local holidays (a loaded regional overlay). */
  region: optionalText,
});

export interface ParsedCaseFile {
  readonly agency: LetterAgency;
  readonly events: readonly CaseEvent[];
  readonly details: LetterDetails;
  readonly policy: CasePolicy;
  readonly region: string | null;
}

function refuse(problems: readonly Problem[]): GongkaiError {
  const list = listProblems(problems);
  return new GongkaiError('INVALID_VALUE', {
    zh: `案件文件有 ${problems.length} 处问题：${list.zh}。`,
    en: `The case file has ${problems.length} problem(s): ${list.en}.`,
  });
}

/** A parsed JSON value as a case file; throws `INVALID_VALUE` listing every problem. */
export function parseCaseFile(value: unknown): ParsedCaseFile {
  const parsed = CaseFile.safeParse(value);
  if (!parsed.success) throw refuse(zodProblems(parsed.error.issues));
  const f = parsed.data;
  const events = f.events.map((e) => (e.type === 'register' ? { ...e, caseId: caseId(e.caseId) } : e)) as CaseEvent[];
  const policy: CasePolicy = {
    counting: { ...DEFAULT_CASE_POLICY.counting, ...(f.policy?.countFrom ? { countFrom: f.policy.countFrom } : {}) },
    feeClock: f.policy?.feeClock ?? DEFAULT_CASE_POLICY.feeClock,
  };
  return { agency: f.agency, events, details: f.details ?? {}, policy, region: f.region?.trim() || null };
}

/** JSON text (a leading byte-order mark is allowed) as a case file. */
export function parseCaseJson(json: string): ParsedCaseFile {
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw refuse([jsonSyntaxProblem(e)]);
  }
  return parseCaseFile(value);
}

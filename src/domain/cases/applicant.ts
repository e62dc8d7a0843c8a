/**
 * @module The applicant of a disclosure application (domain.md §3.1, Art. 29):
 * who they are, in the terms of the Table-3 columns, how they proved it, and
 * how to reach them.
 */
import { T3_PART_KEYS, type T3Col } from '../annual-report/columns.js';
import { isValidUscc, normalizeUscc } from '../agency/uscc.js';
import type { Message } from '../shared/finding.js';

/** The Table-3 column an applicant counts in: 自然人 or one of the five 法人或其他组织 kinds. */
export type ApplicantKind = Exclude<T3Col, 'total'>;
export const APPLICANT_KINDS: readonly ApplicantKind[] = T3_PART_KEYS as readonly ApplicantKind[];

export function isApplicantKind(v: unknown): v is ApplicantKind {
  return typeof v === 'string' && (APPLICANT_KINDS as readonly string[]).includes(v);
}

/**
 * Identity documents: `residentIdCard` 居民身份证 (18 characters, GB 11643 check),
 * `passport` 护照, `travelPermit` 港澳台居民来往内地通行证 or 居住证, `uscc`
 * 统一社会信用代码 (organisations), `other` any other document the agency accepts.
 */
export const ID_DOCUMENT_TYPES = ['residentIdCard', 'passport', 'travelPermit', 'uscc', 'other'] as const;
export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];

export interface IdDocument {
  readonly type: IdDocumentType;
  readonly number: string;
}

/** At least one way to reach the applicant. */
export interface Contact {
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
}

export interface Applicant {
  readonly kind: ApplicantKind;
  /** Name of the person or organisation. */
  readonly name: string;
  readonly idProof: IdDocument;
  readonly contact: Contact;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';

/** The check character of the first 17 digits of a 居民身份证 number (GB 11643-1999). */
export function residentIdCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/** True for an 18-character 居民身份证 number with a correct check character (GB 11643-1999). */
export function isValidResidentId(number: string): boolean {
  const n = number.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(n)) return false;
  return residentIdCheckChar(n) === n[17];
}

/** The document number as compared and stored: NFKC, no spaces, upper case. */
export function normalizeIdNumber(number: string): string {
  return number.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** What is wrong with an applicant, as messages; empty when nothing is. */
export function applicantProblems(a: Applicant): Message[] {
  const out: Message[] = [];
  if (!isApplicantKind(a.kind)) out.push({ zh: `申请人类型“${String(a.kind)}”无效`, en: `invalid applicant kind “${String(a.kind)}”` });
  if (!a.name?.trim()) out.push({ zh: '缺少申请人姓名或名称', en: 'the applicant’s name is missing' });
  const number = normalizeIdNumber(a.idProof?.number ?? '');
  if (!number) out.push({ zh: '缺少身份证明号码', en: 'the identity document number is missing' });
  const person = a.kind === 'naturalPerson';
  switch (a.idProof?.type) {
    case 'residentIdCard':
      if (!person) out.push({ zh: '法人或其他组织不能以居民身份证作为身份证明', en: 'an organisation cannot prove its identity with a resident ID card' });
      else if (number && !isValidResidentId(number)) out.push({ zh: '居民身份证号码校验不通过（请核对号码）', en: 'the resident ID number fails its check' });
      break;
    case 'uscc':
      if (person) out.push({ zh: '自然人不能以统一社会信用代码作为身份证明', en: 'a natural person cannot prove identity with a credit code' });
      else if (number && !isValidUscc(normalizeUscc(number))) out.push({ zh: `统一社会信用代码 ${number} 校验不通过`, en: `credit code ${number} fails its check` });
      break;
    case 'passport':
    case 'travelPermit':
      if (!person) out.push({ zh: '法人或其他组织应以统一社会信用代码等证明身份', en: 'an organisation proves identity with its credit code or another organisation document' });
      break;
    case 'other':
      break;
    default:
      out.push({ zh: '身份证明类型无效', en: 'invalid identity document type' });
  }
  const c = a.contact ?? {};
  if (![c.phone, c.email, c.address].some((v) => v?.trim())) out.push({ zh: '缺少联系方式（电话、电子邮箱或地址）', en: 'no contact (phone, e-mail or address)' });
  return out;
}

/** Who the applicant is for counting fees per applicant: the document type and number. */
export function applicantKey(a: Applicant): string {
  return `${a.idProof.type}:${normalizeIdNumber(a.idProof.number)}`;
}

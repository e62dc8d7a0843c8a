/**
 * @module Reading an application from a posted form (the public 申请 page and
 * the staff's registration of a letter, in-person or fax application): every
 * field checked on the server, each problem a Chinese sentence keyed by the
 * field it belongs to, so the page can mark that field (`aria-invalid`) and
 * point to the sentence (`aria-describedby`).
 */
import { isApplicantKind, isValidResidentId, normalizeIdNumber, ID_DOCUMENT_TYPES, type Applicant, type IdDocumentType } from '../../domain/cases/applicant.js';
import { isValidUscc, normalizeUscc } from '../../domain/agency/uscc.js';
import { applicationProblems, DELIVERY_CHANNELS, REQUESTED_FORMS, type Application, type DeliveryChannel, type IncomingChannel, type RequestedForm } from '../../domain/cases/application.js';
import { field, type FormBody } from '../form.js';

/** The form's fields, in page order. */
export const APPLICATION_FIELDS = ['agency', 'kind', 'name', 'idType', 'idNumber', 'phone', 'email', 'address', 'description', 'form', 'delivery'] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

export type FieldErrors = Partial<Record<ApplicationField | 'form-level', string>>;

export type ApplicationValues = Partial<Record<ApplicationField, string>>;

export type ParsedApplication =
  | { readonly ok: true; readonly agencyId: number; readonly application: Application; readonly values: ApplicationValues }
  | { readonly ok: false; readonly errors: FieldErrors; readonly values: ApplicationValues };

const MAX = { name: 100, idNumber: 40, phone: 30, email: 120, address: 200, description: 4000 } as const;

function isIdType(v: string): v is IdDocumentType {
  return (ID_DOCUMENT_TYPES as readonly string[]).includes(v);
}

export function readApplicationForm(body: FormBody, channel: IncomingChannel, agencyIds: ReadonlySet<number>): ParsedApplication {
  const values: ApplicationValues = {};
  for (const f of APPLICATION_FIELDS) values[f] = field(body, f);
  const v = (f: ApplicationField) => values[f] ?? '';
  const errors: FieldErrors = {};
  const agencyId = /^\d{1,9}$/.test(v('agency')) ? Number(v('agency')) : NaN;
  if (!agencyIds.has(agencyId)) errors.agency = '请选择受理申请的机关。';
  const kind = v('kind');
  if (!isApplicantKind(kind)) errors.kind = '请选择申请人类型：自然人，或一种法人或其他组织。';
  const person = kind === 'naturalPerson';
  if (!v('name')) errors.name = person ? '请填写申请人姓名。' : '请填写单位名称。';
  else if (v('name').length > MAX.name) errors.name = `姓名或名称不能超过 ${MAX.name} 个字。`;
  const idType = v('idType');
  const number = normalizeIdNumber(v('idNumber'));
  if (!isIdType(idType)) errors.idType = '请选择身份证明的类型。';
  else if (isApplicantKind(kind)) {
    if (person && idType === 'uscc') errors.idType = '自然人不能以统一社会信用代码证明身份，请选择居民身份证、护照等。';
    if (!person && (idType === 'residentIdCard' || idType === 'passport' || idType === 'travelPermit')) errors.idType = '法人或其他组织请以统一社会信用代码或其他证明文件证明身份。';
  }
  if (!number) errors.idNumber = '请填写身份证明号码。';
  else if (number.length > MAX.idNumber) errors.idNumber = '证件号码过长，请核对。';
  else if (idType === 'residentIdCard' && !isValidResidentId(number)) errors.idNumber = '居民身份证号码应为 18 位，且最后一位校验码正确，请核对。';
  else if (idType === 'uscc' && !isValidUscc(normalizeUscc(number))) errors.idNumber = '统一社会信用代码应为 18 位且校验正确，请核对。';
  const phone = v('phone');
  const email = v('email');
  const address = v('address');
  if (phone && !/^[+\d][\d\s-]{5,28}$/.test(phone)) errors.phone = '电话号码只能包含数字、空格、加号和连字符，请核对。';
  if (email && (email.length > MAX.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) errors.email = '电子邮箱格式不正确，例如 name@example.com。';
  if (address.length > MAX.address) errors.address = `地址不能超过 ${MAX.address} 个字。`;
  if (!phone && !email && !address) errors.phone = '请至少填写一种联系方式：电话、电子邮箱或通信地址。';
  const description = v('description');
  if (!description) errors.description = '请描述所需的政府信息：名称、文号，或便于查找的其他特征。';
  else if (description.length > MAX.description) errors.description = `描述不能超过 ${MAX.description} 个字。`;
  const form = v('form');
  if (!(REQUESTED_FORMS as readonly string[]).includes(form)) errors.form = '请选择获取信息的形式。';
  const delivery = v('delivery');
  if (!(DELIVERY_CHANNELS as readonly string[]).includes(delivery)) errors.delivery = '请选择获取信息的途径。';
  else if (delivery === 'email' && !email) errors.email = '选择以电子邮件获取时，请填写电子邮箱。';
  else if (delivery === 'post' && !address) errors.address = '选择邮寄时，请填写通信地址。';
  else if (delivery === 'fax' && !phone) errors.phone = '选择传真时，请填写传真号码（电话栏）。';
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };

  const contact: { phone?: string; email?: string; address?: string } = {};
  if (phone) contact.phone = phone;
  if (email) contact.email = email;
  if (address) contact.address = address;
  const applicant: Applicant = { kind: kind as Applicant['kind'], name: v('name'), idProof: { type: idType as IdDocumentType, number }, contact };
  const application: Application = { applicant, request: { description, form: form as RequestedForm, delivery: delivery as DeliveryChannel }, channel };
  // The domain's own check, in case it knows more than this form does.
  const rest = applicationProblems(application);
  if (rest.length > 0) return { ok: false, errors: { 'form-level': rest.map((m) => m.zh).join('；') }, values };
  return { ok: true, agencyId, application, values };
}

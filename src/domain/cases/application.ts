/**
 * @module A disclosure application as received (domain.md §3.1–3.2, Art. 29, 31):
 * the applicant, what is asked for and in what form, and how it came in.
 */
import type { Message } from '../shared/finding.js';
import { applicantProblems, type Applicant } from './applicant.js';

/** The form asked for (Art. 29 ¶2(3), Art. 40): 纸质 paper, 电子数据 electronic, 查阅 inspection, 不限 any. */
export const REQUESTED_FORMS = ['paper', 'electronic', 'inspection', 'any'] as const;
export type RequestedForm = (typeof REQUESTED_FORMS)[number];

/** How the answer should reach the applicant: 自行领取, 邮寄, 电子邮件, 网上申请平台, 传真. */
export const DELIVERY_CHANNELS = ['collect', 'post', 'email', 'online', 'fax'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** How the application came in: 网上 online, 信函 letter, 当面 in person, 传真 fax. */
export const INCOMING_CHANNELS = ['online', 'letter', 'inPerson', 'fax'] as const;
export type IncomingChannel = (typeof INCOMING_CHANNELS)[number];

export interface InformationRequest {
  /** Title, 文号 or another description that lets the agency find the information. */
  readonly description: string;
  readonly form: RequestedForm;
  readonly delivery: DeliveryChannel;
}

export interface Application {
  readonly applicant: Applicant;
  readonly request: InformationRequest;
  readonly channel: IncomingChannel;
}

/** What is wrong with an application, as messages; empty when nothing is. */
export function applicationProblems(app: Application): Message[] {
  const out = applicantProblems(app.applicant);
  if (!app.request?.description?.trim()) out.push({ zh: '缺少所需政府信息的名称、文号或描述', en: 'the information asked for is not described' });
  if (!(REQUESTED_FORMS as readonly string[]).includes(app.request?.form)) out.push({ zh: '获取信息的形式无效', en: 'invalid requested form' });
  if (!(DELIVERY_CHANNELS as readonly string[]).includes(app.request?.delivery)) out.push({ zh: '获取信息的途径无效', en: 'invalid delivery channel' });
  if (!(INCOMING_CHANNELS as readonly string[]).includes(app.channel)) out.push({ zh: '申请渠道无效', en: 'invalid incoming channel' });
  return out;
}

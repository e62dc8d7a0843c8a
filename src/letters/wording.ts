/**
 * @module How letters write dates, money and the application's terms in Chinese.
 */
import type { IsoDate } from '../domain/calendar/iso-date.js';
import type { ApplicantKind } from '../domain/cases/applicant.js';
import type { DeliveryChannel, IncomingChannel, RequestedForm } from '../domain/cases/application.js';
import { GongkaiError } from '../domain/shared/errors.js';

/** `2024年9月27日`: GB/T 9704 writes the year in full and months and days without a leading zero. */
export function dateZh(date: IsoDate): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** 您 to a person, 贵单位 to an organisation. */
export function youOf(kind: ApplicantKind): string {
  return kind === 'naturalPerson' ? '您' : '贵单位';
}

export const FORM_ZH: Readonly<Record<RequestedForm, string>> = {
  paper: '纸质文本',
  electronic: '电子数据',
  inspection: '当场查阅、抄录',
  any: '不限',
};

export const DELIVERY_ZH: Readonly<Record<DeliveryChannel, string>> = {
  collect: '自行领取',
  post: '邮寄',
  email: '电子邮件',
  online: '网上申请平台',
  fax: '传真',
};

export const CHANNEL_ZH: Readonly<Record<IncomingChannel, string>> = {
  online: '互联网渠道',
  letter: '信函',
  inPerson: '当面提交',
  fax: '传真',
};

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
const BIG_UNITS = ['', '万', '亿'] as const;

/** 0–9999 in financial numerals, with 零 for inner gaps (`1005` → 壹仟零伍). */
function fourDigits(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + SMALL_UNITS[i]!;
  }
  return out;
}

/**
 * A whole number of yuan in financial numerals (大写), as fee notices print it:
 * `4700` → 人民币肆仟柒佰元整, `100` → 人民币壹佰元整, `10050` → 人民币壹万零伍拾元整.
 */
export function yuanInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0 || amount >= 1e12) {
    throw new GongkaiError('INVALID_VALUE', { zh: `金额须为 0 至一万亿以下的整数元，收到 ${String(amount)}。`, en: `An amount must be whole yuan below one trillion; got ${String(amount)}.` });
  }
  if (amount === 0) return '人民币零元整';
  let out = '';
  let gap = false;
  for (let g = 2; g >= 0; g--) {
    const group = Math.floor(amount / 10_000 ** g) % 10_000;
    if (group === 0) {
      gap = out !== '';
      continue;
    }
    if (out !== '' && (gap || group < 1000)) out += '零';
    gap = false;
    out += fourDigits(group) + BIG_UNITS[g]!;
  }
  return `人民币${out}元整`;
}

/** `4,700` style grouping for amounts in figures. */
export function yuanInFigures(amount: number): string {
  return amount.toLocaleString('en-US');
}

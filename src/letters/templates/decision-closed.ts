/**
 * @module The application ends because the applicant did not act: no
 * correction in time (Art. 30), or no fee paid in time (109号 as implemented
 * by S-109SC). Both are “treated as abandoned”; the letter says so.
 */
import type { LetterTemplate } from '../template.js';
import { OPENING } from './common.js';

const TITLE = '政府信息公开申请终止处理告知书';

export const ABANDONED_NO_CORRECTION: LetterTemplate = {
  kind: 'decision',
  variant: 'abandonedNoCorrection',
  title: TITLE,
  body: [
    OPENING,
    '本机关于{{补正告知日}}告知{{您}}补正申请内容，补正期限至{{补正期限}}。期限届满，本机关未收到{{您}}的补正。根据[[条例第三十条]]，{{您}}无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
  ],
  remedies: true,
};

export const ABANDONED_NO_FEE: LetterTemplate = {
  kind: 'decision',
  variant: 'abandonedNoFee',
  title: TITLE,
  body: [
    OPENING,
    '本机关于{{收费通知日}}向{{您}}发出信息处理费收费通知，缴费期限至{{缴费期限}}。期限届满，{{您}}未缴纳信息处理费。根据[[收费办法]]，视为放弃申请，本机关不再处理该政府信息公开申请。',
  ],
  remedies: true,
  notes: [
    {
      zh: '逾期未缴费视为放弃申请，依据为四川省实施109号的通知（S-109SC），109号原文相应条款未经核实。',
      en: 'Abandonment on non-payment follows the Sichuan notice implementing 109号 (S-109SC); the article of 109号 itself is unverified.',
    },
  ],
};

/**
 * @module 征求意见函: to a third party whose rights disclosure could harm
 * (Art. 32), or to the agency that produced the information jointly (Art. 34).
 * Both have 15 working days from receiving the letter. The letter names the
 * information, never the applicant: who applied, and how to reach them, is
 * none of the consulted party's business (and `composeLetter` removes the
 * applicant's name and contact should they appear in the description).
 */
import type { LetterTemplate } from '../template.js';

export const CONSULTATION_THIRD_PARTY: LetterTemplate = {
  kind: 'consultation',
  variant: 'thirdParty',
  title: '政府信息公开征求第三方意见函',
  body: [
    '本机关收到一件政府信息公开申请，申请公开的政府信息为：“{{所涉信息}}”。经审查，该信息公开可能损害贵方的合法权益。',
    '根据[[条例第三十二条]]，现书面征求贵方意见。请贵方自收到本函之日起15个工作日内（本函于{{对方收到日}}送达的，即于{{意见期限}}前）书面提出是否同意公开的意见；不同意公开的，请说明理由。',
    '贵方逾期未提出意见的，由本机关依照《条例》的规定决定是否公开。贵方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知贵方。',
  ],
};

export const CONSULTATION_AGENCY: LetterTemplate = {
  kind: 'consultation',
  variant: 'agency',
  title: '政府信息公开征求意见函',
  body: [
    '本机关收到一件政府信息公开申请，申请公开的政府信息为：“{{所涉信息}}”。该信息由本机关与贵机关共同制作。',
    '根据[[条例第三十四条]]，现征求贵机关意见。请贵机关自收到本函之日起15个工作日内（本函于{{对方收到日}}送达的，即于{{意见期限}}前）提出是否同意公开的意见；逾期未提出意见的，视为同意公开。',
  ],
};

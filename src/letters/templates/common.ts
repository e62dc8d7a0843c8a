/**
 * @module Parts several templates share: the opening of an answer to the
 * applicant, the closing with the applicant's remedies, and the paragraph that
 * gives further reasons when there are any.
 */
import type { TemplatePart } from '../template.js';

/** 答复告知书: the title of every answer to an application. */
export const ANSWER_TITLE = '政府信息公开申请答复告知书';

/** How every letter to the applicant begins. */
export const OPENING = '{{您}}于{{收到申请之日}}向本机关提出的政府信息公开申请（登记编号：{{登记编号}}）收悉。{{您}}申请获取的政府信息为：“{{申请内容}}”。';

/** Further reasons, when the clerk gave any. */
export const FURTHER_REASONS: TemplatePart = { if: '理由', text: '具体理由：{{理由}}。' };

/**
 * The applicant's remedies (Art. 51): administrative reconsideration within 60
 * days (行政复议法 Art. 20, 2023 revision) and a lawsuit within 6 months
 * (行政诉讼法 Art. 46). The two periods are not in domain.md: UNVERIFIED.
 * `{{复议去处}}` is “向＿＿申请” when the agency names its reconsideration
 * body, else “依法”; `{{诉讼去处}}` likewise names the court.
 */
export const REMEDIES: readonly TemplatePart[] = [
  '{{您}}如对本答复不服，可以依照[[条例第五十一条]]，自收到本告知书之日起60日内{{复议去处}}申请行政复议（[[行政复议法第二十条]]），或者自收到本告知书之日起6个月内{{诉讼去处}}提起行政诉讼（[[行政诉讼法第四十六条]]）。',
];

/**
 * @module Answers that cannot provide the information: 不存在 (Art. 36(4)),
 * 非本机关负责公开 (Art. 36(5), naming the competent agency when known),
 * 需另行加工、分析 (Art. 38), 补正后仍不明确 (Art. 30), 按特别规定办理 (Art. 36(7)).
 */
import type { LetterTemplate } from '../template.js';
import { ANSWER_TITLE, FURTHER_REASONS, OPENING } from './common.js';

export const NOT_EXIST: LetterTemplate = {
  kind: 'decision',
  variant: 'notExist',
  title: ANSWER_TITLE,
  body: [
    OPENING,
    '经检索，本机关没有{{您}}所申请公开的政府信息。根据[[条例第三十六条第（四）项]]，现告知{{您}}该政府信息不存在。',
    { if: '检索情况', text: '检索情况：{{检索情况}}。' },
  ],
  remedies: true,
};

export const NOT_THIS_AGENCY: LetterTemplate = {
  kind: 'decision',
  variant: 'notThisAgency',
  title: ANSWER_TITLE,
  body: [
    OPENING,
    '经审查，{{您}}所申请公开的信息不属于本机关负责公开的政府信息（[[条例第十条第一款]]），理由是：{{理由}}。根据[[条例第三十六条第（五）项]]，特此告知。',
    { if: '负责机关', text: '负责公开该政府信息的行政机关为{{负责机关}}，{{您}}可以向其提出申请。' },
    { if: '负责机关联系方式', text: '{{负责机关}}的联系方式：{{负责机关联系方式}}。' },
  ],
  remedies: true,
};

export const NEEDS_CREATION: LetterTemplate = {
  kind: 'decision',
  variant: 'needsCreation',
  title: ANSWER_TITLE,
  body: [
    OPENING,
    '经审查，{{您}}所申请的信息需要本机关对现有政府信息进行加工、分析方能形成。根据[[条例第三十八条]]，行政机关向申请人提供的信息应当是已制作或者获取的政府信息，需要对现有政府信息进行加工、分析的，可以不予提供。本机关决定不予提供。',
    FURTHER_REASONS,
  ],
  remedies: true,
};

export const UNCLEAR_AFTER_CORRECTION: LetterTemplate = {
  kind: 'decision',
  variant: 'unclearAfterCorrection',
  title: ANSWER_TITLE,
  body: [
    OPENING,
    '本机关于{{补正告知日}}告知{{您}}补正申请内容，{{您}}于{{补正收到日}}提交了补正。经审查，补正后的申请仍未写明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述（[[条例第二十九条第二款]]），申请内容仍不明确，本机关无法确定{{您}}所需的政府信息。根据[[条例第三十条]]，本机关无法提供。',
    FURTHER_REASONS,
  ],
  remedies: true,
  notes: [
    {
      zh: '第三十条只规定补正程序；以其作为“补正后申请内容仍不明确、无法提供”答复的依据是实务做法，未经核实。',
      en: 'Art. 30 sets out the correction procedure only; resting “still unclear after correction, cannot provide” on it is practice, unverified.',
    },
  ],
};

export const SPECIAL_LAW: LetterTemplate = {
  kind: 'decision',
  variant: 'specialLaw',
  title: ANSWER_TITLE,
  body: [
    OPENING,
    '经审查，{{您}}所申请公开的信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定。根据[[条例第三十六条第（七）项]]，请{{您}}依照有关法律、行政法规的规定办理。',
    { if: '办理渠道', text: '办理途径：{{办理渠道}}。' },
  ],
  remedies: true,
};

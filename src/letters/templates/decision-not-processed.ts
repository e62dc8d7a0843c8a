/**
 * @module 不予处理: a petition in the form of an application (Art. 39 ¶1), a
 * repeat (Art. 36(6)), a request for publications (Art. 39 ¶2), requests
 * clearly excessive without good reason (Art. 35), a request to confirm or
 * reissue information already obtained.
 */
import type { LetterTemplate } from '../template.js';
import { ANSWER_TITLE, FURTHER_REASONS, OPENING } from './common.js';

export const NOT_PROCESSED_PETITION: LetterTemplate = {
  kind: 'decision',
  variant: 'notProcessed:petition',
  title: ANSWER_TITLE,
  body: [
    OPENING,
    '经审查，{{您}}以政府信息公开申请的形式提出的事项属于信访、投诉、举报等活动。根据[[条例第三十九条第一款]]，本机关不作为政府信息公开申请处理。',
    { if: '办理渠道', text: '{{您}}可以通过以下渠道提出：{{办理渠道}}。' },
  ],
  remedies: true,
};

export const NOT_PROCESSED_REPEAT: LetterTemplate = {
  kind: 'decision',
  variant: 'notProcessed:repeat',
  title: ANSWER_TITLE,
  body: [
    OPENING,
    '经审查，本机关已就{{您}}提出的相同政府信息公开申请作出答复，{{您}}本次系重复申请公开相同政府信息。根据[[条例第三十六条第（六）项]]，本机关不予重复处理。',
    { if: '前次答复', text: '前次答复：{{前次答复}}。' },
  ],
  remedies: true,
};

export const NOT_PROCESSED_PUBLICATION: LetterTemplate = {
  kind: 'decision',
  variant: 'notProcessed:publication',
  title: ANSWER_TITLE,
  body: [
    OPENING,
    '经审查，{{您}}申请获取的是政府公报、报刊、书籍等公开出版物，本机关不作为政府信息公开申请处理（[[条例第三十九条第二款]]）。',
    { if: '获取途径', text: '{{您}}可以通过以下途径获取：{{获取途径}}。' },
  ],
  remedies: true,
};

export const NOT_PROCESSED_MASSIVE: LetterTemplate = {
  kind: 'decision',
  variant: 'notProcessed:massive',
  title: ANSWER_TITLE,
  body: [
    OPENING,
    '{{您}}申请公开政府信息的数量、频次明显超过合理范围。本机关已要求{{您}}说明理由，经审查，{{您}}的申请理由不合理。根据[[条例第三十五条]]，本机关不予处理。',
    FURTHER_REASONS,
  ],
  remedies: true,
};

export const NOT_PROCESSED_CONFIRM: LetterTemplate = {
  kind: 'decision',
  variant: 'notProcessed:confirm',
  title: ANSWER_TITLE,
  body: [
    OPENING,
    '经审查，{{您}}的申请系要求本机关确认或者重新出具{{您}}已获取的政府信息。政府信息公开是提供行政机关已制作或者获取的政府信息（[[条例第二条]]、[[条例第三十八条]]），确认或者重新出具不属于政府信息公开申请的处理范围，本机关不予处理。',
    FURTHER_REASONS,
  ],
  remedies: true,
  notes: [
    {
      zh: '“要求确认或重新出具已获取信息”不予处理是年度报告表三的分类，条例没有单列条款；以第二条、第三十八条为依据是实务做法，未经核实。',
      en: '“Asks to confirm or reissue information already obtained” is a Table-3 category with no article of its own; resting it on Art. 2 and 38 is practice, unverified.',
    },
  ],
};

/**
 * @module Answers that give the information: 已主动公开 (Art. 36(1)),
 * 予以公开 (Art. 36(2)), 部分公开 (Art. 37, with the reason for the part withheld).
 */
import type { LetterTemplate } from '../template.js';
import { ANSWER_TITLE, FURTHER_REASONS, OPENING } from './common.js';

export const ALREADY_PUBLIC: LetterTemplate = {
  kind: 'decision',
  variant: 'alreadyPublic',
  title: ANSWER_TITLE,
  body: [OPENING, '经审查，{{您}}所申请公开的信息本机关已经主动公开。根据[[条例第三十六条第（一）项]]，现告知{{您}}获取该政府信息的方式、途径：{{获取途径}}。'],
  remedies: true,
};

export const DISCLOSED: LetterTemplate = {
  kind: 'decision',
  variant: 'disclosed',
  title: ANSWER_TITLE,
  body: [OPENING, '经审查，{{您}}所申请公开的信息属于可以公开的政府信息。根据[[条例第三十六条第（二）项]]，本机关予以公开，{{提供方式}}。'],
  remedies: true,
};

export const PARTIALLY_DISCLOSED: LetterTemplate = {
  kind: 'decision',
  variant: 'partiallyDisclosed',
  title: ANSWER_TITLE,
  body: [
    OPENING,
    '经审查，{{您}}所申请公开的信息中，{{不予公开部分}}{{不予公开理由}}；其余内容可以公开。',
    { if: '第三方不同意', text: '本机关已依照[[条例第三十二条]]书面征求第三方意见，第三方不同意公开。' },
    FURTHER_REASONS,
    '根据[[条例第三十七条]]，本机关对该信息作区分处理，向{{您}}提供可以公开的内容，{{提供方式}}。',
  ],
  remedies: true,
};

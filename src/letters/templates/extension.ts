/**
 * @module 延期答复告知书 (Art. 33 ¶2): the head of the GID office approved one
 * extension of at most 20 working days, and the applicant is told. The letter
 * says that the head of the office approved it, not who: the approver's name
 * is kept in the case record for the file, not sent to the applicant.
 */
import type { LetterTemplate } from '../template.js';

export const EXTENSION: LetterTemplate = {
  kind: 'extension',
  title: '政府信息公开申请延期答复告知书',
  body: [
    '{{您}}于{{收到申请之日}}向本机关提出的政府信息公开申请（登记编号：{{登记编号}}）收悉。因{{延期理由}}，本机关不能在{{原答复期限}}前作出答复。',
    '根据[[条例第三十三条第二款]]，经本机关政府信息公开工作机构负责人同意，答复期限延长{{延长工作日数}}个工作日，本机关将于{{延长后答复期限}}前作出答复。',
    { if: '征求意见中', text: '本机关正在征求第三方或者其他机关的意见，所需时间不计算在答复期限内（[[条例第三十三条第三款]]），上述期限相应顺延。' },
    '特此告知。',
  ],
};

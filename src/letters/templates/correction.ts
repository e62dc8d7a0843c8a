/**
 * @module 补正告知书 (Art. 30): the application is unclear; the agency tells
 * the applicant once, within 7 working days of receipt, what to correct and by
 * when. The answer period starts again from the corrected application; no
 * correction in time without good reason means the application is abandoned.
 * A notice later than the 7 working days does not claim to be within them.
 */
import type { LetterTemplate } from '../template.js';

export const CORRECTION: LetterTemplate = {
  kind: 'correction',
  title: '政府信息公开申请补正告知书',
  body: [
    '{{您}}于{{收到申请之日}}向本机关提出的政府信息公开申请（登记编号：{{登记编号}}）收悉。经审查，申请内容不明确，本机关无法据此确定{{您}}所需的政府信息。',
    { if: '七日内告知', text: '根据[[条例第三十条]]，本机关自收到申请之日起7个工作日内，一次性告知{{您}}需要补正的事项如下：' },
    { unless: '七日内告知', text: '根据[[条例第三十条]]，现一次性告知{{您}}需要补正的事项如下：' },
    { block: '补正事项' },
    '请{{您}}于{{补正期限}}前（含当日）向本机关提交补正后的申请，写明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述（[[条例第二十九条第二款]]）。如需帮助，可以与本机关联系，本机关将给予指导和释明。',
    '答复期限自本机关收到补正的申请之日起计算。{{您}}无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
  ],
};

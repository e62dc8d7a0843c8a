/**
 * @module 受理回执: the application is received (Art. 31 fixes the day) and
 * the answer is due within 20 working days of it (Art. 33 ¶2), a date
 * computed from the working-day calendar.
 */
import type { LetterTemplate } from '../template.js';

export const ACKNOWLEDGEMENT: LetterTemplate = {
  kind: 'acknowledgement',
  title: '政府信息公开申请受理回执',
  body: [
    '{{您}}提出的政府信息公开申请已收悉，登记如下：',
    { block: '登记信息' },
    { if: '当面提交', text: '{{您}}于{{收到申请之日}}当面提交申请。根据[[条例第三十一条]]，以提交之日为收到申请之日。' },
    { if: '邮寄签收', text: '本机关于{{收到申请之日}}签收{{您}}邮寄的申请。根据[[条例第三十一条]]，以本机关签收之日为收到申请之日。' },
    {
      if: '平常信函',
      text: '{{您}}以平常信函提交的申请于{{到达日}}到达本机关，本机关于{{收到申请之日}}与{{您}}确认。根据[[条例第三十一条]]，以确认之日为收到申请之日。',
    },
    {
      if: '网上或传真',
      text: '{{您}}于{{提交日}}通过{{提交渠道}}提交申请，双方于{{收到申请之日}}确认。根据[[条例第三十一条]]，以双方确认之日为收到申请之日。',
    },
    '根据[[条例第三十三条第二款]]，本机关将自收到申请之日起20个工作日内，即于{{答复期限}}前作出答复；需要延长答复期限的，将另行告知{{您}}，延长的期限最长不超过20个工作日。',
    '申请内容不明确需要补正的，本机关将于{{补正告知期限}}前一次性告知{{您}}，答复期限自本机关收到补正的申请之日起计算（[[条例第三十条]]）。需要征求第三方或者其他机关意见的，所需时间不计算在答复期限内（[[条例第三十三条第三款]]）。',
    '本回执仅证明本机关已收到{{您}}的申请，不是对申请事项的答复。',
  ],
  notes: [
    {
      zh: '期限按“次日起算”计算（收到申请之日不计入），是程序期间的一般规则，条例未明文规定（domain.md §3.3 第9项，未经核实）。',
      en: 'Periods are counted from the next day (the day of receipt does not count): the general rule of procedural periods, not written in the regulation (domain.md §3.3 item 9, unverified).',
    },
  ],
};

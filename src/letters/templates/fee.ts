/**
 * @module 收费通知书 (Art. 42 ¶1, 国办函〔2020〕109号): the fee for a clearly
 * excessive request, per application (按件) or per volume (按量), never both;
 * the amount with its computation, 20 working days from the day after the
 * notice arrives to pay, how to pay, and what follows non-payment.
 */
import type { LetterTemplate } from '../template.js';

export const FEE: LetterTemplate = {
  kind: 'fee',
  title: '政府信息公开信息处理费收费通知书',
  body: [
    '{{您}}于{{收到申请之日}}向本机关提出的政府信息公开申请（登记编号：{{登记编号}}）收悉。经审查，{{您}}申请公开政府信息的数量、频次明显超过合理范围。根据[[条例第四十二条第一款]]和[[收费办法]]，本机关决定对该申请收取信息处理费。',
    {
      if: '按件',
      text: '计费方式：按件计收（[[收费办法第三条]]、[[收费办法第四条]]）。该申请是{{您}}在{{计费月份}}向本机关提出的第{{当月序号}}件政府信息公开申请，按每件{{单价}}元计收：',
    },
    { if: '按量', text: '计费方式：按量计收（[[收费办法第三条]]）。本机关拟提供的政府信息共{{页数}}页，按页数分段累进计收：' },
    { block: '收费计算' },
    '应缴金额：{{金额}}元（{{金额大写}}）。',
    '请{{您}}自收到本通知之日的次日起20个工作日内（本通知于{{送达日}}送达的，即于{{缴费期限}}前）缴纳。缴费方式：{{缴费方式}}。信息处理费属于行政事业性收费，全额缴入国库。',
    '{{您}}逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。缴纳后，本机关将继续办理并依法作出答复。',
  ],
  notes: [
    {
      zh: '20个工作日的缴费期限、逾期视为放弃申请及缴入国库，依据为四川省实施109号的通知（S-109SC），109号原文相应条款未经核实；按量计收的条款序号未经核实。',
      en: 'The 20 working days to pay, abandonment on non-payment and payment into the treasury follow the Sichuan notice implementing 109号 (S-109SC); the corresponding articles of 109号 itself, and the article number of per-volume charging, are unverified.',
    },
  ],
};

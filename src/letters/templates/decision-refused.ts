/**
 * @module 不予公开 (Art. 36(3)): one answer per ground of Table 3's `denied.*`
 * rows, each giving the ground and its article (`refusal-grounds.ts`).
 */
import { REFUSAL_GROUNDS, type RefusalGround } from '../../domain/cases/outcome.js';
import type { LetterTemplate } from '../template.js';
import { ANSWER_TITLE, FURTHER_REASONS, OPENING } from './common.js';
import { WITHHOLDING_GROUNDS } from './refusal-grounds.js';

const ADMIN_QUERY_NOTE = {
  zh: '“属于行政查询事项”是年度报告表三的分类，条例没有单列条款；本答复以第三十六条第（三）项为依据，是否妥当未经核实。',
  en: '“An administrative query” is a Table-3 category with no article of its own in the regulation; resting the answer on Art. 36(3) is unverified.',
};

function refusal(ground: RefusalGround): LetterTemplate {
  return {
    kind: 'decision',
    variant: `refused:${ground}`,
    title: ANSWER_TITLE,
    body: [
      OPENING,
      `经审查，{{您}}所申请公开的信息${WITHHOLDING_GROUNDS[ground]}。根据[[条例第三十六条第（三）项]]，特此告知。`,
      ...(ground === 'thirdPartyRights' ? [{ if: '第三方不同意', text: '本机关已依照[[条例第三十二条]]书面征求第三方意见，第三方不同意公开。' }] : []),
      ...(ground === 'adminQuery' ? [{ if: '办理渠道', text: '{{您}}可以通过以下途径查询：{{办理渠道}}。' }] : []),
      FURTHER_REASONS,
    ],
    remedies: true,
    ...(ground === 'adminQuery' ? { notes: [ADMIN_QUERY_NOTE] } : {}),
  };
}

export const REFUSALS: readonly LetterTemplate[] = REFUSAL_GROUNDS.map(refusal);

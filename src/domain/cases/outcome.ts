/**
 * @module How a case ends (domain.md §3.4, Art. 36–39) and the Table-3 row it
 * counts in. Every outcome maps to exactly one row, which is what makes the
 * computed Table 3 satisfy R1–R3 by construction.
 */
import type { FormatId } from '../annual-report/columns.js';

/** The eight grounds of 不予公开, as the `denied.*` row keys of Table 3. */
export const REFUSAL_GROUNDS = [
  'stateSecret',
  'lawForbidden',
  'securityStability',
  'thirdPartyRights',
  'internalAffairs',
  'processInfo',
  'enforcementFile',
  'adminQuery',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/** The five kinds of 不予处理. */
export const NOT_PROCESSED_REASONS = ['petition', 'repeat', 'publication', 'massive', 'confirm'] as const;
export type NotProcessedReason = (typeof NOT_PROCESSED_REASONS)[number];

/** Outcomes an agency gives by a decision (答复). */
export const DECISION_OUTCOMES = [
  'alreadyPublic',
  'disclosed',
  'partiallyDisclosed',
  ...REFUSAL_GROUNDS.map((g) => `refused:${g}` as const),
  'notExist',
  'notThisAgency',
  'needsCreation',
  'unclearAfterCorrection',
  ...NOT_PROCESSED_REASONS.map((r) => `notProcessed:${r}` as const),
  'specialLaw',
] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Outcomes that follow from what the applicant did or did not do. */
export const CLOSING_OUTCOMES = ['abandonedNoCorrection', 'abandonedNoFee', 'otherClosed'] as const;
export type ClosingOutcome = (typeof CLOSING_OUTCOMES)[number];

export type Outcome = DecisionOutcome | ClosingOutcome;
export const OUTCOMES: readonly Outcome[] = [...DECISION_OUTCOMES, ...CLOSING_OUTCOMES];

export function isDecisionOutcome(v: unknown): v is DecisionOutcome {
  return typeof v === 'string' && (DECISION_OUTCOMES as readonly string[]).includes(v);
}

const NOT_PROCESSED_ROW: Readonly<Record<NotProcessedReason, string>> = {
  petition: 'notProcessed.petition',
  repeat: 'notProcessed.repeated',
  publication: 'notProcessed.publication',
  massive: 'notProcessed.massiveUnjustified',
  confirm: 'notProcessed.confirmOrReissue',
};

/**
 * The Table-3 row (path below `table3`) an outcome counts in. In the 2019 format
 * the three 其他处理 outcomes share its single row `otherHandling.total`.
 * `alreadyPublic` → 予以公开, `notThisAgency` → 本机关不掌握 and `specialLaw` → 行政查询事项
 * are the usual conventions, not written rules (domain.md §3.4, UNVERIFIED).
 */
export function outcomeRow(outcome: Outcome, format: FormatId): string {
  switch (outcome) {
    case 'alreadyPublic':
    case 'disclosed':
      return 'granted';
    case 'partiallyDisclosed':
      return 'partialGrant';
    case 'notExist':
    case 'notThisAgency':
      return 'unableToProvide.notHeld';
    case 'needsCreation':
      return 'unableToProvide.needsCreation';
    case 'unclearAfterCorrection':
      return 'unableToProvide.unclearAfterCorrection';
    case 'specialLaw':
      return 'denied.adminQuery';
    case 'abandonedNoCorrection':
      return format === '2019' ? 'otherHandling.total' : 'otherHandling.overdueCorrection';
    case 'abandonedNoFee':
      return format === '2019' ? 'otherHandling.total' : 'otherHandling.overdueFee';
    case 'otherClosed':
      return format === '2019' ? 'otherHandling.total' : 'otherHandling.other';
    default: {
      const [head, tail] = outcome.split(':') as ['refused' | 'notProcessed', string];
      return head === 'refused' ? `denied.${tail}` : NOT_PROCESSED_ROW[tail as NotProcessedReason];
    }
  }
}

const LABELS: Readonly<Record<string, string>> = {
  alreadyPublic: '已主动公开，告知获取方式',
  disclosed: '予以公开',
  partiallyDisclosed: '部分公开',
  notExist: '经检索没有所需信息',
  notThisAgency: '不属于本机关负责公开',
  needsCreation: '需另行加工、分析',
  unclearAfterCorrection: '补正后申请内容仍不明确',
  specialLaw: '按有关法律法规办理（行政查询事项）',
  abandonedNoCorrection: '逾期不补正，视为放弃申请',
  abandonedNoFee: '逾期未缴纳信息处理费，视为放弃申请',
  otherClosed: '其他（如申请人撤回）',
  'refused:stateSecret': '不予公开：属于国家秘密',
  'refused:lawForbidden': '不予公开：其他法律行政法规禁止公开',
  'refused:securityStability': '不予公开：危及“三安全一稳定”',
  'refused:thirdPartyRights': '不予公开：保护第三方合法权益',
  'refused:internalAffairs': '不予公开：属于三类内部事务信息',
  'refused:processInfo': '不予公开：属于四类过程性信息',
  'refused:enforcementFile': '不予公开：属于行政执法案卷',
  'refused:adminQuery': '不予公开：属于行政查询事项',
  'notProcessed:petition': '不予处理：信访举报投诉类申请',
  'notProcessed:repeat': '不予处理：重复申请',
  'notProcessed:publication': '不予处理：要求提供公开出版物',
  'notProcessed:massive': '不予处理：无正当理由大量反复申请',
  'notProcessed:confirm': '不予处理：要求确认或重新出具已获取信息',
};

/** A short Chinese label of an outcome, for messages and pages. */
export function outcomeLabel(outcome: Outcome): string {
  return LABELS[outcome] ?? outcome;
}

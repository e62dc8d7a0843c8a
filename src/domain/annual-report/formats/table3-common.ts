/**
 * @module Table 3 rows common to both formats (domain.md §1.4 rows 1–20, 22, 23).
 */
import type { Table3Row } from './format-def.js';

export const T3_HEAD_ROWS: readonly Table3Row[] = [
  { path: 'newReceived', label: '一、本年新收政府信息公开申请数量', anchors: ['本年新收政府信息公开申请数量', '本年新收'] },
  { path: 'carriedOver', label: '二、上年结转政府信息公开申请数量', anchors: ['上年结转政府信息公开申请数量', '上年结转'] },
  { path: 'granted', label: '（一）予以公开', group: '三、本年度办理结果', anchors: ['予以公开'] },
  { path: 'partialGrant', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', group: '三、本年度办理结果', anchors: ['部分公开区分处理的只计这一情形不计其他情形', '部分公开'] },
  { path: 'denied.stateSecret', label: '1.属于国家秘密', group: '（三）不予公开', anchors: ['属于国家秘密'] },
  { path: 'denied.lawForbidden', label: '2.其他法律行政法规禁止公开', group: '（三）不予公开', anchors: ['其他法律行政法规禁止公开', '其他法律法规禁止公开'] },
  { path: 'denied.securityStability', label: '3.危及“三安全一稳定”', group: '（三）不予公开', anchors: ['危及三安全一稳定'] },
  { path: 'denied.thirdPartyRights', label: '4.保护第三方合法权益', group: '（三）不予公开', anchors: ['保护第三方合法权益'] },
  { path: 'denied.internalAffairs', label: '5.属于三类内部事务信息', group: '（三）不予公开', anchors: ['属于三类内部事务信息'] },
  { path: 'denied.processInfo', label: '6.属于四类过程性信息', group: '（三）不予公开', anchors: ['属于四类过程性信息'] },
  { path: 'denied.enforcementFile', label: '7.属于行政执法案卷', group: '（三）不予公开', anchors: ['属于行政执法案卷'] },
  { path: 'denied.adminQuery', label: '8.属于行政查询事项', group: '（三）不予公开', anchors: ['属于行政查询事项'] },
  { path: 'unableToProvide.notHeld', label: '1.本机关不掌握相关政府信息', group: '（四）无法提供', anchors: ['本机关不掌握相关政府信息'] },
  { path: 'unableToProvide.needsCreation', label: '2.没有现成信息需要另行制作', group: '（四）无法提供', anchors: ['没有现成信息需要另行制作'] },
  { path: 'unableToProvide.unclearAfterCorrection', label: '3.补正后申请内容仍不明确', group: '（四）无法提供', anchors: ['补正后申请内容仍不明确'] },
  { path: 'notProcessed.petition', label: '1.信访举报投诉类申请', group: '（五）不予处理', anchors: ['信访举报投诉类申请'] },
  { path: 'notProcessed.repeated', label: '2.重复申请', group: '（五）不予处理', anchors: ['重复申请'] },
  { path: 'notProcessed.publication', label: '3.要求提供公开出版物', group: '（五）不予处理', anchors: ['要求提供公开出版物'] },
  { path: 'notProcessed.massiveUnjustified', label: '4.无正当理由大量反复申请', group: '（五）不予处理', anchors: ['无正当理由大量反复申请'] },
  { path: 'notProcessed.confirmOrReissue', label: '5.要求行政机关确认或重新出具已获取信息', group: '（五）不予处理', anchors: ['要求行政机关确认或重新出具已获取信息'] },
];

export const T3_TAIL_ROWS: readonly Table3Row[] = [
  { path: 'totalProcessed', label: '（七）总计', group: '三、本年度办理结果', anchors: ['总计'] },
  { path: 'carriedForward', label: '四、结转下年度继续办理', anchors: ['结转下年度继续办理', '结转下年度'] },
];

export const T3_GROUPS = [
  { label: '三、本年度办理结果', anchors: ['本年度办理结果'] },
  { label: '（三）不予公开', anchors: ['不予公开'] },
  { label: '（四）无法提供', anchors: ['无法提供'] },
  { label: '（五）不予处理', anchors: ['不予处理'] },
] as const;

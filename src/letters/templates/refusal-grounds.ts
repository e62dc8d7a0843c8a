/**
 * @module Why information is withheld, one sentence per ground, each with the
 * article it rests on. Used by the refusal letters (不予公开) and by the
 * partial disclosure letter for the part withheld (Art. 37). Each sentence
 * follows “您所申请公开的信息…”.
 */
import type { RefusalGround } from '../../domain/cases/outcome.js';

/** A withheld part may also simply not be government information (Art. 2, Art. 37). */
export type WithholdingGround = RefusalGround | 'notGovernmentInfo';

export const WITHHOLDING_GROUNDS: Readonly<Record<WithholdingGround, string>> = {
  stateSecret: '属于依法确定为国家秘密的政府信息，根据[[条例第十四条]]不予公开',
  lawForbidden: '属于法律、行政法规禁止公开的政府信息，根据[[条例第十四条]]不予公开',
  securityStability: '公开后可能危及国家安全、公共安全、经济安全、社会稳定，根据[[条例第十四条]]不予公开',
  thirdPartyRights: '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，根据[[条例第十五条]]不予公开',
  internalAffairs: '属于行政机关的内部事务信息，根据[[条例第十六条第一款]]不予公开',
  processInfo: '属于行政机关在履行行政管理职能过程中形成的过程性信息，根据[[条例第十六条第二款]]不予公开',
  enforcementFile: '属于行政执法案卷信息，根据[[条例第十六条第二款]]不予公开',
  adminQuery: '属于行政查询事项，应当通过相应的查询渠道办理，不作为政府信息公开',
  notGovernmentInfo: '不属于[[条例第二条]]所称的政府信息',
};

export function isWithholdingGround(v: unknown): v is WithholdingGround {
  return typeof v === 'string' && Object.hasOwn(WITHHOLDING_GROUNDS, v);
}

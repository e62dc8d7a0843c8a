/**
 * @module The legal articles letters may cite, as data. Templates write a
 * citation as `[[条例第三十条]]`: the law's short name followed by the article.
 * The first citation of a law in a letter prints its full name and how it is
 * called afterwards (《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十条),
 * later ones the short name (《条例》第三十三条第二款).
 *
 * Sources: the regulation (S-REG, 国务院令第711号) was read article by article;
 * every `条例…` entry below says what its article says. The fee measures
 * (国办函〔2020〕109号) are known from domain.md §3.5 only for Art. 3 and 4;
 * the remedies' periods come from the 行政复议法 (2023 revision, in force
 * 2024-01-01) and the 行政诉讼法, which domain.md does not cover: those
 * entries are `verified: false` and every letter citing them carries a note.
 */

export type LawId = 'regulation' | 'feeMeasures' | 'reviewLaw' | 'litigationLaw';

export interface Law {
  /** The name templates use before the article: `条例`, `收费办法`, `行政复议法`, `行政诉讼法`. */
  readonly key: string;
  readonly full: string;
  /** How later citations name it; null: always the full name. */
  readonly short: string | null;
}

export const LAWS: Readonly<Record<LawId, Law>> = {
  regulation: { key: '条例', full: '《中华人民共和国政府信息公开条例》', short: '《条例》' },
  feeMeasures: { key: '收费办法', full: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）', short: '《收费办法》' },
  reviewLaw: { key: '行政复议法', full: '《中华人民共和国行政复议法》', short: null },
  litigationLaw: { key: '行政诉讼法', full: '《中华人民共和国行政诉讼法》', short: null },
};

export interface Article {
  readonly law: LawId;
  /** `第三十三条第二款`; empty for the law as a whole. */
  readonly article: string;
  /** What it says, in brief (for reviewers and the staff notes). */
  readonly gist: string;
  readonly verified: boolean;
}

const reg = (article: string, gist: string): Article => ({ law: 'regulation', article, gist, verified: true });

/** Every citable article, by the key templates write inside `[[ ]]`. */
export const ARTICLES: Readonly<Record<string, Article>> = {
  条例第二条: reg('第二条', '政府信息是行政机关在履行行政管理职能过程中制作或者获取的，以一定形式记录、保存的信息'),
  条例第十条第一款: reg('第十条第一款', '制作或者保存政府信息的行政机关负责公开'),
  条例第十四条: reg('第十四条', '国家秘密、法律行政法规禁止公开、危及“三安全一稳定”的信息不予公开'),
  条例第十五条: reg('第十五条', '公开会损害第三方合法权益的信息不得公开，第三方同意或者公共利益需要的除外'),
  条例第十六条第一款: reg('第十六条第一款', '内部事务信息可以不予公开'),
  条例第十六条第二款: reg('第十六条第二款', '过程性信息和行政执法案卷信息可以不予公开'),
  条例第二十九条第二款: reg('第二十九条第二款', '申请应包括所需信息的名称、文号或者便于查询的其他特征性描述'),
  条例第三十条: reg('第三十条', '申请内容不明确的，7个工作日内一次性告知补正；答复期限自收到补正的申请之日起计算；逾期不补正视为放弃申请'),
  条例第三十一条: reg('第三十一条', '收到申请之日的确定'),
  条例第三十二条: reg('第三十二条', '书面征求第三方意见，第三方自收到征求意见书之日起15个工作日内提出意见'),
  条例第三十三条第二款: reg('第三十三条第二款', '自收到申请之日起20个工作日内答复；经负责人同意可延长，最长不超过20个工作日'),
  条例第三十三条第三款: reg('第三十三条第三款', '征求第三方和其他机关意见所需时间不计算在答复期限内'),
  条例第三十四条: reg('第三十四条', '共同制作的信息征求相关机关意见，15个工作日内提出，逾期视为同意公开'),
  条例第三十五条: reg('第三十五条', '申请数量、频次明显超过合理范围，理由不合理的告知不予处理'),
  '条例第三十六条第（一）项': reg('第三十六条第（一）项', '已经主动公开的，告知获取的方式、途径'),
  '条例第三十六条第（二）项': reg('第三十六条第（二）项', '可以公开的，提供信息或者告知获取的方式、途径和时间'),
  '条例第三十六条第（三）项': reg('第三十六条第（三）项', '决定不予公开的，告知不予公开并说明理由'),
  '条例第三十六条第（四）项': reg('第三十六条第（四）项', '经检索没有所申请公开信息的，告知该政府信息不存在'),
  '条例第三十六条第（五）项': reg('第三十六条第（五）项', '不属于本机关负责公开的，告知并说明理由；能确定负责机关的，告知其名称、联系方式'),
  '条例第三十六条第（六）项': reg('第三十六条第（六）项', '重复申请公开相同政府信息的，告知不予重复处理'),
  '条例第三十六条第（七）项': reg('第三十六条第（七）项', '工商、不动产登记资料等有特别规定的，告知依照有关法律、行政法规办理'),
  条例第三十七条: reg('第三十七条', '能够作区分处理的，提供可以公开的内容，并对不予公开的内容说明理由'),
  条例第三十八条: reg('第三十八条', '需要对现有政府信息进行加工、分析的，可以不予提供'),
  条例第三十九条第一款: reg('第三十九条第一款', '以申请形式进行信访、投诉、举报的，不作为政府信息公开申请处理'),
  条例第三十九条第二款: reg('第三十九条第二款', '要求提供公开出版物的，可以告知获取的途径'),
  条例第四十二条第一款: reg('第四十二条第一款', '依申请提供政府信息不收费；数量、频次明显超过合理范围的可以收取信息处理费'),
  条例第五十一条: reg('第五十一条', '可以投诉、举报，也可以依法申请行政复议或者提起行政诉讼'),
  收费办法: { law: 'feeMeasures', article: '', gist: '信息处理费的收费方式、标准和程序', verified: true },
  收费办法第三条: { law: 'feeMeasures', article: '第三条', gist: '按件或者按量收费，二者选其一', verified: true },
  收费办法第四条: { law: 'feeMeasures', article: '第四条', gist: '按件计收：同一申请人一个自然月内累计申请10件以下不收费，11—30件每件100元，30件以上每10件为一档逐档递增100元', verified: true },
  行政复议法第二十条: {
    law: 'reviewLaw',
    article: '第二十条',
    gist: '自知道或者应当知道该行政行为之日起六十日内提出行政复议申请（2023年修订，2024年1月1日起施行）',
    verified: false,
  },
  行政诉讼法第四十六条: { law: 'litigationLaw', article: '第四十六条', gist: '自知道或者应当知道作出行政行为之日起六个月内提起诉讼', verified: false },
};

/** The law a citation key starts with, and the article after it; null when no known law starts it. */
export function lawOfKey(key: string): LawId | null {
  for (const [id, law] of Object.entries(LAWS) as [LawId, Law][]) if (key.startsWith(law.key)) return id;
  return null;
}

/**
 * @module CJK Radicals Supplement (U+2E80–U+2EFF) → unified ideographs.
 *
 * PDF text layers often carry radical code points instead of the characters
 * the author typed: a CJK font draws 民 and ⺠ with one glyph, and the PDF's
 * ToUnicode map names the glyph by the lowest code point that uses it. NFKC
 * folds the Kangxi Radicals block (U+2F00–U+2FDF) but has no mapping for this
 * block, hence this table.
 *
 * Source: Unicode's EquivalentUnifiedIdeograph.txt (14.0.0), all 114 entries
 * for U+2E81–U+2EF3, with two overrides where the equivalent is a rare
 * component form and running text means the common character: ⺇ → 几
 * (not U+20628) and ⻊ → 足 (not U+27FB7). U+2E80 has no equivalent.
 * Three Kangxi radicals are mapped before NFKC, see KANGXI_OVERRIDES.
 */

const RADICAL_PAIRS: readonly (readonly [number, number])[] = [
  [0x2E81, 0x5382], // ⺁ → 厂
  [0x2E82, 0x4E5B], // ⺂ → 乛
  [0x2E83, 0x4E5A], // ⺃ → 乚
  [0x2E84, 0x4E59], // ⺄ → 乙
  [0x2E85, 0x4EBB], // ⺅ → 亻
  [0x2E86, 0x5182], // ⺆ → 冂
  [0x2E87, 0x51E0], // ⺇ → 几
  [0x2E88, 0x5200], // ⺈ → 刀
  [0x2E89, 0x5202], // ⺉ → 刂
  [0x2E8A, 0x535C], // ⺊ → 卜
  [0x2E8B, 0x353E], // ⺋ → 㔾
  [0x2E8C, 0x5C0F], // ⺌ → 小
  [0x2E8D, 0x5C0F], // ⺍ → 小
  [0x2E8E, 0x5140], // ⺎ → 兀
  [0x2E8F, 0x5C23], // ⺏ → 尣
  [0x2E90, 0x5C22], // ⺐ → 尢
  [0x2E91, 0x21BC2], // ⺑ → 𡯂
  [0x2E92, 0x5DF3], // ⺒ → 巳
  [0x2E93, 0x5E7A], // ⺓ → 幺
  [0x2E94, 0x5F51], // ⺔ → 彑
  [0x2E95, 0x5F50], // ⺕ → 彐
  [0x2E96, 0x5FC4], // ⺖ → 忄
  [0x2E97, 0x5FC3], // ⺗ → 心
  [0x2E98, 0x624C], // ⺘ → 扌
  [0x2E99, 0x6535], // ⺙ → 攵
  [0x2E9B, 0x65E1], // ⺛ → 旡
  [0x2E9C, 0x65E5], // ⺜ → 日
  [0x2E9D, 0x6708], // ⺝ → 月
  [0x2E9E, 0x6B7A], // ⺞ → 歺
  [0x2E9F, 0x6BCD], // ⺟ → 母
  [0x2EA0, 0x6C11], // ⺠ → 民
  [0x2EA1, 0x6C35], // ⺡ → 氵
  [0x2EA2, 0x6C3A], // ⺢ → 氺
  [0x2EA3, 0x706C], // ⺣ → 灬
  [0x2EA4, 0x722B], // ⺤ → 爫
  [0x2EA5, 0x722B], // ⺥ → 爫
  [0x2EA6, 0x4E2C], // ⺦ → 丬
  [0x2EA7, 0x725B], // ⺧ → 牛
  [0x2EA8, 0x72AD], // ⺨ → 犭
  [0x2EA9, 0x738B], // ⺩ → 王
  [0x2EAA, 0x24D14], // ⺪ → 𤴔
  [0x2EAB, 0x76EE], // ⺫ → 目
  [0x2EAC, 0x793A], // ⺬ → 示
  [0x2EAD, 0x793B], // ⺭ → 礻
  [0x2EAE, 0x25AD7], // ⺮ → 𥫗
  [0x2EAF, 0x7CF9], // ⺯ → 糹
  [0x2EB0, 0x7E9F], // ⺰ → 纟
  [0x2EB1, 0x7F53], // ⺱ → 罓
  [0x2EB2, 0x7F52], // ⺲ → 罒
  [0x2EB3, 0x34C1], // ⺳ → 㓁
  [0x2EB4, 0x5197], // ⺴ → 冗
  [0x2EB5, 0x2626B], // ⺵ → 𦉫
  [0x2EB6, 0x7F8A], // ⺶ → 羊
  [0x2EB7, 0x2634C], // ⺷ → 𦍌
  [0x2EB8, 0x2634B], // ⺸ → 𦍋
  [0x2EB9, 0x8002], // ⺹ → 耂
  [0x2EBA, 0x8080], // ⺺ → 肀
  [0x2EBB, 0x807F], // ⺻ → 聿
  [0x2EBC, 0x8089], // ⺼ → 肉
  [0x2EBD, 0x26951], // ⺽ → 𦥑
  [0x2EBE, 0x8279], // ⺾ → 艹
  [0x2EBF, 0x8279], // ⺿ → 艹
  [0x2EC0, 0x8279], // ⻀ → 艹
  [0x2EC1, 0x864E], // ⻁ → 虎
  [0x2EC2, 0x8864], // ⻂ → 衤
  [0x2EC3, 0x8980], // ⻃ → 覀
  [0x2EC4, 0x897F], // ⻄ → 西
  [0x2EC5, 0x89C1], // ⻅ → 见
  [0x2EC6, 0x89D2], // ⻆ → 角
  [0x2EC7, 0x278B2], // ⻇ → 𧢲
  [0x2EC8, 0x8BA0], // ⻈ → 讠
  [0x2EC9, 0x8D1D], // ⻉ → 贝
  [0x2ECA, 0x8DB3], // ⻊ → 足
  [0x2ECB, 0x8F66], // ⻋ → 车
  [0x2ECC, 0x8FB6], // ⻌ → 辶
  [0x2ECD, 0x8FB6], // ⻍ → 辶
  [0x2ECE, 0x8FB6], // ⻎ → 辶
  [0x2ECF, 0x9091], // ⻏ → 邑
  [0x2ED0, 0x9485], // ⻐ → 钅
  [0x2ED1, 0x9577], // ⻑ → 長
  [0x2ED2, 0x9578], // ⻒ → 镸
  [0x2ED3, 0x957F], // ⻓ → 长
  [0x2ED4, 0x95E8], // ⻔ → 门
  [0x2ED5, 0x28E0F], // ⻕ → 𨸏
  [0x2ED6, 0x961D], // ⻖ → 阝
  [0x2ED7, 0x96E8], // ⻗ → 雨
  [0x2ED8, 0x9752], // ⻘ → 青
  [0x2ED9, 0x97E6], // ⻙ → 韦
  [0x2EDA, 0x9875], // ⻚ → 页
  [0x2EDB, 0x98CE], // ⻛ → 风
  [0x2EDC, 0x98DE], // ⻜ → 飞
  [0x2EDD, 0x98DF], // ⻝ → 食
  [0x2EDE, 0x2967F], // ⻞ → 𩙿
  [0x2EDF, 0x98E0], // ⻟ → 飠
  [0x2EE0, 0x9963], // ⻠ → 饣
  [0x2EE1, 0x29810], // ⻡ → 𩠐
  [0x2EE2, 0x9A6C], // ⻢ → 马
  [0x2EE3, 0x9AA8], // ⻣ → 骨
  [0x2EE4, 0x9B3C], // ⻤ → 鬼
  [0x2EE5, 0x9C7C], // ⻥ → 鱼
  [0x2EE6, 0x9E1F], // ⻦ → 鸟
  [0x2EE7, 0x5364], // ⻧ → 卤
  [0x2EE8, 0x9EA6], // ⻨ → 麦
  [0x2EE9, 0x9EC4], // ⻩ → 黄
  [0x2EEA, 0x9EFE], // ⻪ → 黾
  [0x2EEB, 0x6589], // ⻫ → 斉
  [0x2EEC, 0x9F50], // ⻬ → 齐
  [0x2EED, 0x6B6F], // ⻭ → 歯
  [0x2EEE, 0x9F7F], // ⻮ → 齿
  [0x2EEF, 0x7ADC], // ⻯ → 竜
  [0x2EF0, 0x9F99], // ⻰ → 龙
  [0x2EF1, 0x9F9C], // ⻱ → 龜
  [0x2EF2, 0x4E80], // ⻲ → 亀
  [0x2EF3, 0x9F9F], // ⻳ → 龟
];

export const RADICAL_MAP: ReadonlyMap<string, string> = new Map(
  RADICAL_PAIRS.map(([from, to]) => [String.fromCodePoint(from), String.fromCodePoint(to)]),
);

/**
 * Kangxi radicals whose NFKC target is the traditional form, while a simplified
 * Chinese font draws them with the glyph of the simplified character (seen in
 * Chromium-printed PDFs: 门户 came back as 门⼾, which NFKC turns into 门戶).
 */
export const KANGXI_OVERRIDES: ReadonlyMap<string, string> = new Map([
  ['\u2F3E', '\u6237'], // ⼾ → 户 (NFKC: 戶)
  ['\u2FAD', '\u9752'], // ⾭ → 青 (NFKC: 靑)
  ['\u2FC8', '\u9EC4'], // ⿈ → 黄 (NFKC: 黃)
]);

const KANGXI_OVERRIDE_RE = /[\u2F3E\u2FAD\u2FC8]/g;
const RADICAL_RE = /[\u2E80-\u2EFF]/g;

/** NFKC (folds Kangxi radicals, full-width forms) plus the supplement map above. */
export function normalizePdfText(s: string): string {
  const nfkc = s.replace(KANGXI_OVERRIDE_RE, (ch) => KANGXI_OVERRIDES.get(ch) ?? ch).normalize('NFKC');
  return nfkc.replace(RADICAL_RE, (ch) => RADICAL_MAP.get(ch) ?? ch);
}

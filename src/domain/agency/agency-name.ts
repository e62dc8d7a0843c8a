/**
 * @module How agency names are compared. Reports name their agency in many ways:
 * `成安县`, `成安县人民政府`, `成安县人民政府办公室`, `成安县政府办`, with a
 * province or city in front (`河北省邯郸市成安县`), with a place doubled by a
 * careless template (`兴和县兴和县人民政府`), with spaces between characters or
 * full-width letters. These functions reduce a name to comparable keys.
 */

/** Spaces, brackets and punctuation that never tell two agencies apart. */
const NOISE = /[\s\u3000·•・()（）[\]【】〔〕《》〈〉"“”'‘’,，.。、:：;；\-—–_/\\|]/gu;

/** NFKC, no spaces or punctuation. */
export function normalizeAgencyName(name: string): string {
  return name.normalize('NFKC').replace(NOISE, '');
}

/**
 * Endings that turn a place into its government or the government's office.
 * Longest first: the first that matches is removed, once.
 */
const GOVERNMENT_ENDINGS = [
  '人民政府办公室',
  '人民政府办公厅',
  '人民政府办',
  '政府办公室',
  '政府办公厅',
  '街道办事处',
  '人民政府',
  '政府办',
  '政府',
] as const;

/** What a place name ends in: 省、市、县、区、旗、州、盟、镇、乡、街道… */
const PLACE_END = '(?:特别行政区|自治区|自治州|自治县|自治旗|地区|街道|苏木|省|市|县|区|旗|州|盟|镇|乡)';

const REPEATED_PLACE = new RegExp(`(.{1,12}?${PLACE_END})\\1+`, 'gu');

/** `兴和县兴和县人民政府` → `兴和县人民政府`: a place written twice in a row once. */
export function collapseRepeatedPlace(name: string): string {
  return name.replace(REPEATED_PLACE, '$1');
}

/**
 * The place a government name stands for: `成安县人民政府办公室` → `成安县`,
 * `某某街道办事处` → `某某街道`. Names that would shrink below two characters stay as they are.
 */
export function governmentCore(name: string): string {
  for (const end of GOVERNMENT_ENDINGS) {
    if (!name.endsWith(end)) continue;
    const core = end === '街道办事处' ? `${name.slice(0, -end.length)}街道` : name.slice(0, -end.length);
    return [...core].length >= 2 ? core : name;
  }
  return name;
}

/** The comparable form of a name: normalised, with doubled places collapsed. */
export function agencyKey(name: string): string {
  return collapseRepeatedPlace(normalizeAgencyName(name));
}

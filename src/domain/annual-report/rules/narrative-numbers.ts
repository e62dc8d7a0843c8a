/**
 * @module Numbers stated in the narrative sections: received applications, administrative
 * reconsideration cases and litigation cases, read with regular expressions for phrasings seen
 * in real reports (共收到依申请公开2件, 受理…政府信息依申请公开26件, 因政府信息公开产生行政复议7件,
 * 未发生行政诉讼案件 → 0). Conservative by design: a phrase is used only when its clause is
 * about this year's total (no 其中/上年/同比/累计/结转…, no other year named in the sentence).
 */

export type ClaimKind = 'applications' | 'reconsideration' | 'litigation';

export interface NarrativeClaim {
  readonly kind: ClaimKind;
  readonly value: number;
  /** The clause that states it, as written. */
  readonly fragment: string;
}

const ZH_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const ZH_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Parses `26`, `２６`, `两`, `十二`, `二十`, `一百零五`; `null` when the text is not a number. */
export function parseCount(text: string): number | null {
  const ascii = text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
  if (/^\d+$/u.test(ascii)) return Number.parseInt(ascii, 10);
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = ZH_DIGITS[ch];
    const u = ZH_UNITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // 一二: not a number
      digit = d;
    } else if (u !== undefined) {
      total += (digit ?? (total === 0 ? 1 : NaN)) * u;
      digit = null;
    } else {
      return null;
    }
  }
  total += digit ?? 0;
  return Number.isFinite(total) && text.length > 0 ? total : null;
}

const NUM = '(?<num>[0-9０-９]+|[零〇一二两三四五六七八九十百千]+)';
const CASE_UNIT = '(?:件|起|宗|例|个)';
/** Noun phrases that name an application for disclosure. */
const APPLICATION = '(?:依申请公开|政府信息公开申请|信息公开申请|公开申请)';
/** Optional "caused by disclosure work" block between a negation and 行政复议/行政诉讼. */
const CAUSE = '(?:[^。；，,]{0,20}?(?:引起|引发|产生|导致|涉及|被申请|被提起|申请|提起)的?)?';
const NEG = '(?:未发生|没有发生|未出现|没有出现|未产生|没有产生|未收到|没有收到|不存在|无(?!论))(?:过)?(?:任何)?';
/** After a zero phrase: 未发生行政诉讼败诉 says nothing about the number of cases. */
const NOT_OUTCOME = '(?![^。；，,]{0,10}(?:败诉|纠错|纠正|撤销|违法|维持))';

interface Pattern {
  /** Words every match contains: a sentence without them is not tried. */
  readonly needs: readonly string[];
  readonly re: RegExp;
  /** What a match claims; `zero` patterns claim 0, others the `num` group. */
  readonly claims: (m: RegExpMatchArray) => readonly { kind: ClaimKind; value: number | null }[];
  /** Words that, just before the match, make it a sub-count (结果维持…, 直接起诉…). */
  readonly preGuard?: RegExp;
}

const num = (m: RegExpMatchArray): number | null => parseCount(m.groups?.['num'] ?? '');
const SUBCOUNT = /(?:维持|纠正|纠错|败诉|撤销|直接起诉|复议后|其中)[^。；，,]{0,6}$/u;

const PATTERNS: readonly Pattern[] = [
  {
    needs: ['申请'],
    re: new RegExp(`(?:收到|受理|接到|接收|收悉)[^。；，,：:]{0,30}?${APPLICATION}(?:申请|信息|事项|件数)?(?:共|共计|合计|总计)?(?:为)?${NUM}(?:件|份|个|条)`, 'gu'),
    claims: (m) => [{ kind: 'applications', value: num(m) }],
  },
  {
    needs: ['公开'],
    re: new RegExp(`(?:收到|受理|接到|接收)(?:各类|群众|公民)?(?:的)?${NUM}(?:件|份|个|条)(?:政府信息公开|信息公开|依申请公开)`, 'gu'),
    claims: (m) => [{ kind: 'applications', value: num(m) }],
  },
  {
    needs: ['申请'],
    re: new RegExp(`(?:未|没有|无)(?:收到|受理|接到)(?:过)?(?:任何)?[^。；，,：:]{0,12}?${APPLICATION}(?![^。；，,]{0,6}(?:复议|诉讼|投诉|举报))`, 'gu'),
    claims: () => [{ kind: 'applications', value: 0 }],
  },
  {
    needs: ['行政复议', '行政诉讼'],
    re: new RegExp(`行政复议(?:和|、|及|与)(?:提起)?行政诉讼(?:案件)?(?:均为|均|各|都为|数量均为)${NUM}${CASE_UNIT}`, 'gu'),
    claims: (m) => [{ kind: 'reconsideration', value: num(m) }, { kind: 'litigation', value: num(m) }],
  },
  {
    needs: ['行政复议'],
    re: new RegExp(`行政复议(?:案件|申请)?(?:共|共计|合计)?(?:为)?${NUM}${CASE_UNIT}`, 'gu'),
    claims: (m) => [{ kind: 'reconsideration', value: num(m) }],
    preGuard: SUBCOUNT,
  },
  {
    needs: ['行政诉讼'],
    re: new RegExp(`行政诉讼(?:案件)?(?:共|共计|合计)?(?:为)?${NUM}${CASE_UNIT}`, 'gu'),
    claims: (m) => [{ kind: 'litigation', value: num(m) }],
    preGuard: SUBCOUNT,
  },
  {
    needs: ['行政复议'],
    re: new RegExp(`${NEG}${CAUSE}(?:政府信息公开)?行政复议(?:(?:和|、|及|或|与)(?:被提起|提起)?(?<lit>行政诉讼))?${NOT_OUTCOME}`, 'gu'),
    claims: (m) => [{ kind: 'reconsideration', value: 0 }, ...(m.groups?.['lit'] ? [{ kind: 'litigation' as const, value: 0 }] : [])],
  },
  {
    needs: ['行政诉讼'],
    re: new RegExp(`${NEG}${CAUSE}(?:政府信息公开)?行政诉讼${NOT_OUTCOME}`, 'gu'),
    claims: () => [{ kind: 'litigation', value: 0 }],
  },
];

/** In the sentence before a match: a part of the year, or a running total, not this year's total. */
const PREFIX_GUARD = /其中|以来|累计|截至|截止|历年|上半年|下半年|季度/u;
/** In the clause of a match: a comparison with another period. */
const CLAUSE_GUARD = /上年|去年|上一年|同比|较|相比|平均|\d+月/u;
/** Anywhere in the sentence of an application count: the count may include carried-over ones. */
const APPLICATION_GUARD = /结转/u;
const CLAUSE_BREAK = /[，,：:]/u;
/** Every pattern names applications, reconsideration or litigation. */
const TOPICS = ['申请', '复议', '诉讼'] as const;
/** A character that ends a sentence: 。；;！!？? or a line break. */
function endsSentence(c: number): boolean {
  switch (c) {
    case 0x3002: // 。
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0xff01: // ！
    case 0x21: // !
    case 0xff1f: // ？
    case 0x3f: // ?
    case 0x0a: // line feed
      return true;
    default:
      return false;
  }
}

/**
 * The sentences (text between 。；！？ and line breaks) that mention a topic, in document order.
 * Found from the topic words outwards, so the many sentences about other things cost nothing.
 */
function topicalSentences(text: string): string[] {
  const out: string[] = [];
  const next = TOPICS.map((w) => text.indexOf(w));
  let from = 0;
  for (;;) {
    let at = -1;
    for (let k = 0; k < TOPICS.length; k++) {
      if (next[k]! >= 0 && next[k]! < from) next[k] = text.indexOf(TOPICS[k]!, from);
      if (next[k]! >= 0 && (at < 0 || next[k]! < at)) at = next[k]!;
    }
    if (at < 0) return out;
    let start = at;
    while (start > from && !endsSentence(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < text.length && !endsSentence(text.charCodeAt(end))) end++;
    out.push(text.slice(start, end));
    from = end + 1;
  }
}

function clauseStart(sentence: string, index: number): number {
  let i = index;
  while (i > 0 && !CLAUSE_BREAK.test(sentence[i - 1]!)) i--;
  return i;
}

/**
 * Every match of a global pattern, like `matchAll` but without the copy of the pattern that
 * `matchAll` makes on each call (the patterns here never match the empty string).
 */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

const YEAR_RE = /((?:19|20)\d{2})\s*年/gu;

function yearsIn(sentence: string): Set<number> {
  return new Set(allMatches(YEAR_RE, sentence).map((m) => Number(m[1])));
}

function sentenceIsAbout(sentence: string, year: number | null): boolean {
  const years = yearsIn(sentence);
  if (year === null) return years.size <= 1;
  return [...years].every((y) => y === year);
}

/** Every confident claim in `text`, in document order. */
export function extractClaims(text: string, year: number | null): NarrativeClaim[] {
  const out: NarrativeClaim[] = [];
  for (const sentence of topicalSentences(text)) {
    if (!sentenceIsAbout(sentence, year)) continue;
    const taken: [number, number][] = [];
    for (const p of PATTERNS) {
      if (!p.needs.every((w) => sentence.includes(w))) continue;
      for (const m of allMatches(p.re, sentence)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && a < end)) continue;
        const from = clauseStart(sentence, start);
        const clause = sentence.slice(from, end);
        if (CLAUSE_GUARD.test(clause) || PREFIX_GUARD.test(sentence.slice(0, end))) continue;
        if (p.preGuard?.test(sentence.slice(Math.max(from, start - 12), start))) continue;
        const claims = p.claims(m);
        if (claims.some((c) => c.value === null)) continue;
        if (claims.some((c) => c.kind === 'applications') && APPLICATION_GUARD.test(sentence)) continue;
        taken.push([start, end]);
        for (const c of claims) out.push({ kind: c.kind, value: c.value!, fragment: clause.trim() });
      }
    }
  }
  return out;
}

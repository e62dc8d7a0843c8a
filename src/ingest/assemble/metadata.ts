/**
 * @module The report's own description of itself: title, year, agency, date of publication.
 */
import type { Token } from '../tokens.js';
import { norm } from './text-forms.js';

export interface ReportMeta {
  readonly title: string | null;
  readonly year: number | null;
  readonly agency: string | null;
  readonly publishedAt: string | null;
}

const TITLE_RE = /政府信息(?:与政务)?公开(?:工作)?(?:年度)?(?:报告|年报)/;
const DATE_LABEL_RE = /(?:发布|公开|成文|印发)(?:日期|时间)[:：]?\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})/;
const DATE_LINE_RE = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/;
const LEADING_VERBS_RE = /^.*(?:编制了|编制|公布|发布|印发|现将|特?制定|形成了|现向社会公布|向社会公布)/;

function isoDate(y: string, m: string, d: string): string | null {
  const yy = Number(y);
  const mm = Number(m);
  const dd = Number(d);
  if (yy < 2000 || yy > 2100 || mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** Removes a place name written twice (桦甸市桦甸市统计局 → 桦甸市统计局). */
function dedupePlace(name: string): string {
  const m = /^(.{2,8}?[省市县区旗州盟])\1/.exec(name);
  return m ? name.slice(m[1]!.length) : name;
}

function cleanAgency(raw: string): string | null {
  let s = raw.replace(/[《》“”"\s\u00a0\u3000]/g, '');
  s = s.replace(LEADING_VERBS_RE, '');
  s = s.replace(/^(?:关于|根据|按照)/, '').replace(/(?:关于|的|之)$/, '');
  s = dedupePlace(s);
  if (s.length < 2 || s.length > 40 || /[，。,;；:：]/.test(s)) return null;
  return s;
}

const CN_DIGITS: Readonly<Record<string, string>> = { 〇: '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const CN_YEAR_RE = /二[〇○零一二三四五六七八九]{3}(?=年)/g;

/** Years written in Chinese numerals (二〇二一年) as digits (2021年). */
export function arabicYears(text: string): string {
  return text.replace(CN_YEAR_RE, (y) => [...y].map((ch) => CN_DIGITS[ch] ?? ch).join(''));
}

/** A line that is only an agency's name (the first line of a title set on two lines). */
const AGENCY_LINE_RE = /(?:政府|办公室|委员会|局|委|办|厅|院|中心|县|区|市|旗|镇|乡|街道|所|站|馆|队|署|会|部)$/;

function agencyLine(text: string | undefined): string | null {
  if (!text) return null;
  const s = cleanAgency(text.trim());
  return s && s.length <= 30 && !/\d/.test(s) && AGENCY_LINE_RE.test(s) && !TITLE_RE.test(s) ? s : null;
}

/** Agency and year from a title such as 康乐县人民政府2019年政府信息公开工作年度报告. */
export function agencyAndYear(title: string): { agency: string | null; year: number | null } {
  const s = arabicYears(norm(title));
  const before = /^(.*?)(\d{4})年度?(.*?)政府信息(?:与政务)?公开/.exec(s);
  if (!before) return { agency: null, year: null };
  const year = Number(before[2]);
  const lead = cleanAgency(before[1]!);
  const mid = cleanAgency(before[3]!);
  return { agency: lead ?? mid, year: year >= 2008 && year <= 2100 ? year : null };
}

/** 2023年1月1日…至2023年12月31日 (the second year may be left out: 2023年1月1日至12月31日). */
const PERIOD_RE = /(\d{4})年1月1日[^。；;\d]{0,6}(?:至|到|—|–|-|~)(?:(\d{4})年)?12月31日/;
/** 截至2023年12月31日: a count at the end of the year reported on. */
const YEAR_END_RE = /截[至止](?:到)?(\d{4})年(?:底|末|12月31日)/;

/** The year reported on, from a statistical period of a whole calendar year or a count "as at" its end; else null. */
export function periodYear(text: string): number | null {
  if (!text.includes('12') && !text.includes('截')) return null;
  const t = arabicYears(text.normalize('NFKC')).replace(/[\s\u00a0\u3000]+/g, '');
  const m = PERIOD_RE.exec(t);
  let year: number | null = null;
  if (m) year = !m[2] || m[2] === m[1] ? Number(m[1]) : null;
  else {
    const e = YEAR_END_RE.exec(t);
    if (e) year = Number(e[1]);
  }
  return year !== null && year >= 2008 && year <= 2100 ? year : null;
}

type CellToken = Extract<Token, { kind: 'cell' }>;

/** The first `n` cells, in order. */
function firstCells(tokens: readonly Token[], n: number): CellToken[] {
  const out: CellToken[] = [];
  for (let i = 0; i < tokens.length && out.length < n; i++) {
    const t = tokens[i]!;
    if (t.kind === 'cell') out.push(t);
  }
  return out;
}

/** The last `n` cells, last first. */
function lastCells(tokens: readonly Token[], n: number): CellToken[] {
  const out: CellToken[] = [];
  for (let i = tokens.length - 1; i >= 0 && out.length < n; i--) {
    const t = tokens[i]!;
    if (t.kind === 'cell') out.push(t);
  }
  return out;
}

export function readMeta(tokens: readonly Token[]): ReportMeta {
  // Only the first 60 cells and the last 12 are read.
  const cells = firstCells(tokens, 60);
  let title: string | null = null;
  let fromTitle: { agency: string | null; year: number | null } = { agency: null, year: null };
  const head = cells.slice(0, 60);
  for (let i = 0; i < head.length; i++) {
    const text = head[i]!.text.trim();
    if (text.length <= 60 && TITLE_RE.test(norm(text)) && /\d{4}/.test(arabicYears(text.normalize('NFKC')))) {
      title = text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
      fromTitle = agencyAndYear(title);
      if (!fromTitle.agency) {
        // A title set on two lines: the agency alone on the line above (or below) it.
        const agency = agencyLine(head[i - 1]?.text) ?? agencyLine(head[i + 1]?.text);
        if (agency) {
          fromTitle = { ...fromTitle, agency };
          title = `${agency}${title}`;
        }
      }
      break;
    }
  }
  if (!fromTitle.agency || !fromTitle.year) {
    // No title line: the preamble usually names the report in a sentence.
    for (const t of cells.slice(0, 40)) {
      for (const sentence of t.text.split(/[。；;！!]/)) {
        if (!TITLE_RE.test(norm(sentence))) continue;
        const got = agencyAndYear(sentence.replace(/^.*?[,，]/, ''));
        const got2 = got.agency ? got : agencyAndYear(sentence);
        if (got2.year) {
          fromTitle = { agency: fromTitle.agency ?? got2.agency, year: fromTitle.year ?? got2.year };
          break;
        }
      }
      if (fromTitle.agency && fromTitle.year) break;
    }
  }
  if (!fromTitle.year) {
    // No title with a year: the preamble's statistical period (统计期限自2023年1月1日起至2023年12月31日止).
    for (const t of cells.slice(0, 40)) {
      const year = periodYear(t.text);
      if (year) {
        fromTitle = { ...fromTitle, year };
        break;
      }
    }
  }
  let publishedAt: string | null = null;
  const first = cells.slice(0, 40);
  for (let i = 0; i < first.length; i++) {
    // The label and the date may sit in two cells of a metadata table: 发布日期： | 2022.02.21
    const t = first[i]!;
    // A date label says 日期 or 时间, and no other character normalises to 期 or 间: most cells are passed by.
    if (!t.text.includes('期') && !t.text.includes('间')) continue;
    const next = first[i + 1]?.text ?? '';
    const m = DATE_LABEL_RE.exec(t.text.normalize('NFKC')) ?? (/(?:日期|时间)[:：]?\s*$/.test(t.text) ? DATE_LABEL_RE.exec(`${t.text} ${next}`.normalize('NFKC')) : null);
    if (m) {
      publishedAt = isoDate(m[1]!, m[2]!, m[3]!);
      if (publishedAt) break;
    }
  }
  if (!publishedAt) {
    for (const t of lastCells(tokens, 12)) {
      const m = DATE_LINE_RE.exec(t.text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, ''));
      if (m) {
        publishedAt = isoDate(m[1]!, m[2]!, m[3]!);
        if (publishedAt) break;
      }
    }
  }
  return { title, year: fromTitle.year, agency: fromTitle.agency, publishedAt };
}

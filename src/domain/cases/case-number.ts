/**
 * @module Case numbers (登记编号) of disclosure applications: the agency's name,
 * the year in 〔〕 and the serial of the year, as agencies number their
 * documents — `兴和县人民政府〔2026〕依申第12号`. Serials start at 1 for every
 * agency and year and are given out in order of registration.
 */
import { GongkaiError } from '../shared/errors.js';

/** The number of the `serial`-th application an agency registered in `year`. */
export function formatCaseNumber(agencyName: string, year: number, serial: number): string {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999 || !Number.isSafeInteger(serial) || serial < 1) {
    throw new GongkaiError('INVALID_VALUE', { zh: `案件编号的年份或序号无效（${year}，${serial}）。`, en: `Invalid case number year or serial (${year}, ${serial}).` });
  }
  return `${agencyName.trim()}〔${year}〕依申第${serial}号`;
}

/**
 * A case number as typed by a person: NFKC, no spaces, and the brackets people
 * use instead of 〔〕 ([ ] 【 】 ( ) （ ）) turned into 〔〕 around a four-digit year.
 */
export function normalizeCaseNumber(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[[【(（〔](\d{4})[\]】)）〕]/u, '〔$1〕');
}

/**
 * @module Reading the values the case and report commands take: an agency by
 * id or by name, a year, a count, a day. Bad input is a bilingual `USAGE` error.
 */
import type { Agency } from '../../domain/agency/agency.js';
import { parseIsoDate, type IsoDate } from '../../domain/calendar/iso-date.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import type { Executor } from '../../persistence/database.js';
import { findAgenciesByName, getAgency } from '../../persistence/repositories/agencies/agency-queries.js';

function usage(zh: string, en: string): GongkaiError {
  return new GongkaiError('USAGE', { zh, en });
}

/** A whole number from `min` to `max`, written in digits. */
export function wholeNumber(text: string | undefined, option: string, min: number, max: number): number {
  const t = (text ?? '').normalize('NFKC').replaceAll(',', '').trim();
  const n = /^\d+$/.test(t) ? Number(t) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw usage(`${option} 须为 ${min} 至 ${max} 的整数，收到“${text ?? ''}”。`, `${option} must be a whole number from ${min} to ${max}; got “${text ?? ''}”.`);
  }
  return n;
}

/** A report year: 2019 (the first year of the unified formats) to 2100. */
export function reportYear(text: string | undefined): number {
  return wholeNumber(text, '--year', 2019, 2100);
}

export function isoDay(text: string, option: string): IsoDate {
  return parseIsoDate(text, { zh: option, en: option });
}

/** The agency named by `--agency`: its id, or its name or alias when exactly one agency has it. */
export async function resolveAgency(db: Executor, text: string | undefined): Promise<Agency> {
  const t = (text ?? '').normalize('NFKC').trim();
  if (!t) throw usage('请用 --agency 给出机关的编号或名称。', 'Give the agency with --agency, by id or by name.');
  if (/^\d+$/.test(t)) return getAgency(db, Number(t));
  const found = await findAgenciesByName(db, t);
  if (found.length === 1) return found[0]!;
  if (found.length === 0) {
    throw new GongkaiError('NOT_FOUND', { zh: `找不到名为“${t}”的机关（可用 gongkai agencies list 查看机关树）。`, en: `No agency named “${t}” (see gongkai agencies list).` });
  }
  const list = found.map((a) => `${a.name} [${a.id}]`).join('、');
  throw usage(`有多个机关名为“${t}”：${list}；请用编号指定。`, `Several agencies are named “${t}”: ${list}; give the id instead.`);
}

/**
 * @module Stored agency row → domain `Agency`, and the validation every write shares.
 */
import type { Agency } from '../../../domain/agency/agency.js';
import { isValidUscc, normalizeUscc } from '../../../domain/agency/uscc.js';
import type { AgencyRow } from '../../tables/agencies.table.js';
import { decodeDate, decodeJson } from '../../codecs.js';
import { GongkaiError } from '../../../domain/shared/errors.js';
import { invalid } from '../errors.js';

export function agencyFromRow(row: AgencyRow): Agency {
  const aliases = decodeJson<unknown>(row.aliases);
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    level: row.level,
    uscc: row.uscc,
    aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [],
    createdAt: decodeDate(row.created_at),
    updatedAt: decodeDate(row.updated_at),
    version: Number(row.version),
  };
}

/** Options of a change: the version the writer read, when it wants a stale write refused. */
export interface AgencyWriteOptions {
  readonly expectedVersion?: number;
}

/** Refuses a write based on an older version of the agency. */
export function checkAgencyVersion(a: Agency, options: AgencyWriteOptions): void {
  if (options.expectedVersion === undefined || options.expectedVersion === a.version) return;
  throw new GongkaiError('CONFLICT', {
    zh: `“${a.name}”已被他人修改（您看到的是第 ${options.expectedVersion} 版，现在是第 ${a.version} 版），未保存。请查看最新内容后再改。`,
    en: `“${a.name}” was changed by someone else (you saw version ${options.expectedVersion}, it is now ${a.version}); nothing was saved. Look at the latest and change it again.`,
  });
}

/** The agency as written into the audit log. */
export function agencyAuditView(a: Agency): Record<string, unknown> {
  return { id: a.id, parentId: a.parentId, name: a.name, level: a.level, uscc: a.uscc, aliases: a.aliases };
}

export function cleanName(name: string): string {
  const n = name.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!n) throw invalid('机关名称不能为空。', 'The agency name cannot be empty.');
  if (n.length > 200) throw invalid('机关名称过长。', 'The agency name is too long.');
  return n;
}

export function cleanUscc(uscc: string | null | undefined): string | null {
  if (uscc === null || uscc === undefined || !uscc.trim()) return null;
  const code = normalizeUscc(uscc);
  if (!isValidUscc(code)) {
    throw invalid(`统一社会信用代码 ${uscc} 无效（须为 18 位且校验位正确）。`, `Invalid unified social credit code ${uscc} (18 characters with a valid check character).`);
  }
  return code;
}

/** Trimmed, distinct, non-empty aliases that differ from the name. */
export function cleanAliases(aliases: readonly string[] | undefined, name: string): string[] {
  const out: string[] = [];
  for (const a of aliases ?? []) {
    const t = a.normalize('NFKC').replace(/\s+/g, ' ').trim();
    if (t && t !== name && !out.includes(t)) out.push(t);
  }
  return out;
}

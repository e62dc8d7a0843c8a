/**
 * @module The agencies directly below one agency.
 */
import type { Agency } from '../../../domain/agency/agency.js';
import type { Executor } from '../../database.js';
import { agencyFromRow } from '../agencies/agency-row.js';

/** Children of `parentId`, by name (Chinese collation) then id. */
export async function listChildAgencies(db: Executor, parentId: number): Promise<Agency[]> {
  const rows = await db.selectFrom('agencies').selectAll().where('parent_id', '=', parentId).execute();
  return rows.map(agencyFromRow).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id);
}

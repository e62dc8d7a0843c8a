/**
 * @module Table 2 (主动公开政府信息情况) as a clerk keeps it through the year: one
 * number per cell path of the year's format, set or cleared with an audit row
 * listing what changed. The generated annual report takes Table 2 from here.
 * A change may name what the writer saw in each cell it changes (`expected`):
 * when another person changed one of those cells first, nothing is written
 * and the call fails with `CONFLICT` — changes to other cells never collide.
 */
import { cellSpecs, expectedFormatForYear } from '../../../domain/annual-report/formats/index.js';
import { isTable2Value, table2ValueRule } from '../../../domain/annual-report/table2-value.js';
import { GongkaiError } from '../../../domain/shared/errors.js';
import type { ChangeContext, Executor } from '../../database.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { invalid } from '../errors.js';
import { writeAudit } from '../audit/write-audit.js';
import { getAgency } from '../agencies/agency-queries.js';

export interface Table2EntriesInput {
  readonly agencyId: number;
  readonly year: number;
  /** Cell path (`table2.licensing.decisions`) → value; null clears the cell. Paths not given stay as they are. */
  readonly values: Readonly<Record<string, number | null>>;
  /**
   * What the writer saw (null = blank) in cells it changes: a cell of `values` whose stored value
   * differs from its entry here fails the whole call with `CONFLICT`. Cells without an entry are not checked.
   */
  readonly expected?: Readonly<Record<string, number | null>>;
}

function checkYear(year: number): void {
  if (!Number.isSafeInteger(year) || year < 2008 || year > 9999) throw invalid(`年度无效：${String(year)}。`, `Invalid year: ${String(year)}.`);
}

function checkValue(path: string, kind: 'count' | 'signedCount' | 'amount', v: number): void {
  if (!isTable2Value(kind, v)) {
    const rule = table2ValueRule(kind);
    throw invalid(`${path}：${rule.zh}收到 ${String(v)}。`, `${path}: ${rule.en} Got ${String(v)}.`);
  }
}

/** The agency's Table-2 entries of a year, by path (cells never entered are absent). */
export async function getTable2Entries(db: Executor, agencyId: number, year: number): Promise<Map<string, number>> {
  const rows = await db.selectFrom('table2_entries').select(['path', 'value']).where('agency_id', '=', agencyId).where('year', '=', year).execute();
  return new Map(rows.map((r) => [r.path, Number(r.value)]));
}

/** Sets (or clears) cells; validated against the year's format, all or nothing. Returns the year's entries after the change. */
export async function setTable2Entries(db: Executor, input: Table2EntriesInput, ctx: ChangeContext): Promise<Map<string, number>> {
  checkYear(input.year);
  const specs = new Map(cellSpecs(expectedFormatForYear(input.year)).filter((s) => s.table === 'table2').map((s) => [s.path, s]));
  const entries = Object.entries(input.values);
  for (const [path, v] of entries) {
    const spec = specs.get(path);
    if (!spec) throw invalid(`${input.year} 年度的表二没有单元格“${path}”。`, `Table 2 of ${input.year} has no cell “${path}”.`);
    if (v !== null) checkValue(path, spec.kind, v);
  }
  return inTransaction(db, async (trx) => {
    await getAgency(trx, input.agencyId);
    const before = await getTable2Entries(trx, input.agencyId, input.year);
    const stale = entries.filter(([path]) => input.expected && Object.hasOwn(input.expected, path) && (before.get(path) ?? null) !== input.expected[path]).map(([path]) => path);
    if (stale.length > 0) {
      throw new GongkaiError('CONFLICT', {
        zh: `表二的 ${stale.join('、')} 已被他人修改，未保存任何内容。请核对最新数值后重新提交。`,
        en: `Someone else changed ${stale.join(', ')} of Table 2 first; nothing was saved. Check the current figures and submit again.`,
      });
    }
    const changedBefore: Record<string, number | null> = {};
    const changedAfter: Record<string, number | null> = {};
    const at = changedAt(ctx);
    for (const [path, v] of entries) {
      const old = before.get(path) ?? null;
      if (old === v) continue;
      changedBefore[path] = old;
      changedAfter[path] = v;
      if (v === null) {
        await trx.deleteFrom('table2_entries').where('agency_id', '=', input.agencyId).where('year', '=', input.year).where('path', '=', path).execute();
      } else {
        await trx
          .insertInto('table2_entries')
          .values({ agency_id: input.agencyId, year: input.year, path, value: String(v), updated_at: at, updated_by: ctx.actor })
          .onConflict((oc) => oc.columns(['agency_id', 'year', 'path']).doUpdateSet({ value: String(v), updated_at: at, updated_by: ctx.actor }))
          .execute();
      }
    }
    if (Object.keys(changedAfter).length > 0) {
      await writeAudit(trx, { action: 'table2.set', entity: 'table2', entityId: `${input.agencyId}/${input.year}`, before: changedBefore, after: changedAfter }, ctx);
    }
    return getTable2Entries(trx, input.agencyId, input.year);
  });
}

/**
 * @module The work of `gongkai agencies import` and `gongkai agencies list`.
 */
import type { AgencyTree } from '../../domain/agency/agency.js';
import { AGENCY_LEVEL_LABELS } from '../../domain/agency/parse-agency-level.js';
import { importAgencyList } from '../../persistence/repositories/agencies/import-agency-list.js';
import { getAgencyTree } from '../../persistence/repositories/agencies/agency-queries.js';
import { EXIT } from '../errors.js';
import { readInput } from '../io.js';
import { readAgencyTable } from '../../ingest/agency-list/read-agency-table.js';
import type { DbOption } from './db-option.js';
import { withCliDatabase } from './open-cli-database.js';

export async function importAgencyFile(file: string, opts: DbOption): Promise<number> {
  const rows = await readAgencyTable(await readInput(file));
  const ctx = { actor: 'cli:agencies-import' };
  // New agencies and aliases may now match reports that were waiting: the queue is matched again.
  const result = await withCliDatabase(opts, ({ db }) => importAgencyList(db, rows, ctx));
  const { rematch } = result;
  process.stdout.write(
    `完成 / done: 新建 created ${result.created} · 更新 updated ${result.updated} · 未变 unchanged ${result.unchanged}（共 ${rows.length} 行 rows）\n` +
      `待匹配报告 / unmatched reports: 新匹配 matched ${rematch.matched} · 仍待匹配 still waiting ${rematch.stillUnmatched}\n`,
  );
  return EXIT.ok;
}

export async function listAgencyTree(opts: DbOption & { json?: boolean }): Promise<number> {
  const tree = await withCliDatabase(opts, ({ db }) => getAgencyTree(db));
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(tree, null, 2)}\n`);
    return EXIT.ok;
  }
  const lines: string[] = [];
  const walk = (nodes: readonly AgencyTree[], depth: number) => {
    for (const n of nodes) {
      const extra = [AGENCY_LEVEL_LABELS[n.level], n.uscc, n.aliases.length ? `别名 ${n.aliases.join('、')}` : null].filter(Boolean).join(' · ');
      lines.push(`${'  '.repeat(depth)}${n.name}  [${n.id}] ${extra}`);
      walk(n.children, depth + 1);
    }
  };
  walk(tree, 0);
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '（机关树为空 / the tree is empty）\n');
  return EXIT.ok;
}

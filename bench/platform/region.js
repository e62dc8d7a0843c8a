// A region of 3,000 agencies (one city, 30 counties of 99 departments each) with one
// report per agency for one year, stored through the same `importReport` as every upload;
// then the roll-up (`analyseRegionYear`) timed cold (the first run after the import; each
// version's figures were written with it) and warm (median of repeated runs).
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const dist = (p) => import(join(root, 'dist', p));

export const REGION_YEAR = 2024;

/** Fills an empty database; returns the region's root agency id. */
export async function buildRegion(db, { counties = 30, departmentsPerCounty = 99, onProgress = () => {} } = {}) {
  const { readFileSync } = await import('node:fs');
  const { parseReport } = await dist('ingest/parse.js');
  const { checkReport } = await dist('domain/annual-report/rules/index.js');
  const { canonicalReport } = await dist('render/json/canonical.js');
  const { createAgency } = await dist('persistence/repositories/agencies/create-agency.js');
  const { importReport } = await dist('persistence/repositories/reports/import-report.js');
  const { inTransaction } = await dist('persistence/transaction.js');
  const { PARSER_VERSION } = await dist('ingest/parser-version.js');

  const ctx = { actor: 'bench:region' };
  // The templates: the 2021-format samples, as the year's reports.
  const templates = [];
  for (const f of ['2021-成安县.txt', '2024-兴和县.txt']) {
    const { report } = await parseReport(readFileSync(join(root, 'samples', f)));
    templates.push(report);
  }
  const city = await createAgency(db, { name: '基准市人民政府', level: 'city', parentId: null, aliases: [] }, ctx);
  let n = 1;
  for (let c = 0; c < counties; c++) {
    await inTransaction(db, async (trx) => {
      const county = await createAgency(trx, { name: `基准县${c + 1}人民政府`, level: 'county', parentId: city.id, aliases: [] }, ctx);
      const ids = [county.id];
      for (let d = 0; d < departmentsPerCounty; d++) {
        ids.push((await createAgency(trx, { name: `基准县${c + 1}第${d + 1}局`, level: 'department', parentId: county.id, aliases: [] }, ctx)).id);
      }
      for (const [i, agencyId] of ids.entries()) {
        const t = templates[(c + i) % templates.length];
        const report = { ...t, year: REGION_YEAR, agency: `agency-${agencyId}`, publishedAt: `${REGION_YEAR + 1}-01-${String(1 + (i % 28)).padStart(2, '0')}` };
        const model = canonicalReport({ ...report, findings: checkReport(report) });
        const bytes = Buffer.from(JSON.stringify(model));
        await importReport(trx, { bytes, report: model, parserVersion: PARSER_VERSION, sourceName: `${agencyId}.json`, agencyId }, ctx);
      }
      n += ids.length;
    });
    onProgress(n);
  }
  return { rootId: city.id, agencies: n };
}

export async function timeRollup(db, rootId, { runs = 7 } = {}) {
  const { analyseRegionYear } = await dist('persistence/repositories/analysis/region-analysis.js');
  let s = performance.now();
  const first = await analyseRegionYear(db, rootId, REGION_YEAR);
  const coldMs = performance.now() - s;
  const times = [];
  for (let i = 0; i < runs; i++) {
    s = performance.now();
    await analyseRegionYear(db, rootId, REGION_YEAR);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return { members: first.members.length, coldMs, medianMs: times[Math.floor(times.length / 2)], maxMs: times.at(-1) };
}

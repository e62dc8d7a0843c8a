/**
 * @module The work of `gongkai report generate`: generate the agency's annual
 * report from the database and store it (or sum a subtree, not stored), then
 * write it in the chosen format to a file (never half-written) or stdout.
 */
import { getCell } from '../../domain/annual-report/report.js';
import { GongkaiError } from '../../domain/shared/errors.js';
import { generateAnnualReport, regionApplicationReport } from '../../persistence/repositories/cases/generate-annual-report.js';
import { renderReport } from '../../render/index.js';
import { isRendererId, RENDERER_IDS } from '../../render/renderer.js';
import { EXIT } from '../errors.js';
import { writeOutput } from '../io.js';
import type { GenerateFlags } from '../commands/report.js';
import { withCliDatabase } from '../db/open-cli-database.js';
import { reportYear, resolveAgency } from './cli-values.js';

export async function generate(opts: GenerateFlags): Promise<number> {
  const to = opts.to;
  if (!isRendererId(to)) {
    throw new GongkaiError('USAGE', { zh: `不支持的输出格式“${to}”，可选：${RENDERER_IDS.join('、')}。`, en: `Unsupported output format “${to}”; choose one of ${RENDERER_IDS.join(', ')}.` });
  }
  const year = reportYear(opts.year);
  const { model, note } = await withCliDatabase(opts, async ({ db }) => {
    const agency = await resolveAgency(db, opts.agency);
    if (opts.subtree) {
      const sum = await regionApplicationReport(db, { agencyId: agency.id, year });
      return { model: sum, note: `已汇总 / summed: ${sum.title ?? agency.name}（未保存 / not stored）` };
    }
    const r = await generateAnnualReport(db, { agencyId: agency.id, year }, { actor: 'cli:report-generate' });
    const what = r.created ? `已保存为报告 ${r.report.id} 第 ${r.version.version} 版 / stored as report ${r.report.id} version ${r.version.version}` : `与已保存的第 ${r.version.version} 版相同，未重复保存 / same as stored version ${r.version.version}, nothing added`;
    return { model: r.model, note: `${agency.name} ${year} 年度报告 / annual report: ${what}` };
  });
  const received = getCell(model, 'table3.newReceived.total');
  const errors = model.findings.filter((f) => f.severity === 'error').length;
  process.stderr.write(`${note}；本年新收申请 received ${received} 件；错误级发现 error findings ${errors}\n`);
  await writeOutput(opts.output, await renderReport(model, to, { findings: model.findings }));
  return EXIT.ok;
}

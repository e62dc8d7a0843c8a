/**
 * @module The work of `gongkai import DIR`: walk, skip what is stored (by
 * SHA-256), parse in the bulk worker pool, store each report in its own
 * transaction, and print the closing summary.
 */
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { isGongkaiError } from '../../domain/shared/errors.js';
import type { AnnualReport } from '../../domain/annual-report/report.js';
import { PARSER_VERSION } from '../../ingest/parser-version.js';
import { findReportByFile } from '../../persistence/repositories/reports/report-queries.js';
import { importReport } from '../../persistence/repositories/reports/import-report.js';
import { loadAgencyMatcher } from '../../persistence/repositories/agencies/agency-queries.js';
import { sha256Hex } from '../../persistence/repositories/files/put-file.js';
import { EXIT } from '../errors.js';
import { readInput } from '../io.js';
import { walkFiles } from '../bulk/walk.js';
import { runPool } from '../bulk/pool.js';
import type { Job, JobResult } from '../bulk/protocol.js';
import { withCliDatabase } from './open-cli-database.js';
import { jobCount, requireDirectory } from '../bulk/options.js';

export interface ImportOpts {
  db?: string;
  jobs?: string;
  progress: boolean;
}

interface Pending {
  readonly bytes: Uint8Array;
  readonly rel: string;
}

export async function importDir(dir: string, opts: ImportOpts): Promise<number> {
  await requireDirectory(dir);
  const jobsN = jobCount(opts.jobs);

  return withCliDatabase(opts, async ({ db, location, engine }) => {
    const started = Date.now();
    // The database may live inside DIR (./data below the reports): never import it.
    const own = new Set(engine === 'sqlite' ? ['', '-wal', '-shm', '-journal'].map((s) => `${location}${s}`) : []);
    const matcher = await loadAgencyMatcher(db);
    let total = 0;
    for await (const f of walkFiles(dir)) if (!own.has(resolve(f.path))) total++;
    const bar =
      opts.progress && process.stderr.isTTY
        ? new cliProgress.SingleBar(
            { format: '{bar} {percentage}% | {value}/{total} 份 | {speed} 份/秒 | 剩余 {eta_formatted}', hideCursor: true, stream: process.stderr },
            cliProgress.Presets.shades_classic,
          )
        : null;
    bar?.start(total, 0, { speed: 0 });
    const s = { imported: 0, unmatched: 0, already: 0, duplicates: 0, failed: 0, byCode: new Map<string, number>() };
    let handled = 0;
    const tick = () => {
      handled++;
      bar?.update(handled, { speed: Math.round(handled / Math.max(0.001, (Date.now() - started) / 1000)) });
    };
    const fail = (code: string) => {
      s.failed++;
      s.byCode.set(code, (s.byCode.get(code) ?? 0) + 1);
      tick();
    };

    const pending = new Map<number, Pending>();
    const inRun = new Set<string>();
    let id = 0;
    async function* jobs(): AsyncGenerator<Job> {
      for await (const f of walkFiles(dir)) {
        if (own.has(resolve(f.path))) continue;
        let bytes: Uint8Array;
        try {
          bytes = await readInput(f.path);
        } catch (e) {
          fail(isGongkaiError(e) ? e.code : 'INPUT_UNREADABLE');
          continue;
        }
        const sha = sha256Hex(bytes);
        if (inRun.has(sha)) {
          s.duplicates++;
          tick();
          continue;
        }
        inRun.add(sha);
        if (await findReportByFile(db, sha)) {
          s.already++;
          tick();
          continue;
        }
        const job = { id: id++, path: f.path, rel: f.rel };
        pending.set(job.id, { bytes, rel: f.rel });
        yield job;
      }
    }
    const onResult = async (r: JobResult) => {
      const p = pending.get(r.id);
      pending.delete(r.id);
      if (!p) return;
      if (!r.ok) {
        fail(r.code ?? 'INTERNAL');
        return;
      }
      const { report } = JSON.parse(r.line) as { report: AnnualReport };
      const res = await importReport(db, { bytes: p.bytes, report, parserVersion: PARSER_VERSION, sourceName: p.rel, matcher }, { actor: 'cli:import' });
      if (!res.created) s.already++;
      else {
        s.imported++;
        if (res.report.status === 'unmatched') s.unmatched++;
      }
      tick();
    };
    try {
      await runPool(Math.min(jobsN, Math.max(1, total)), { sources: true }, jobs(), onResult);
    } finally {
      bar?.stop();
    }
    const secs = (Date.now() - started) / 1000;
    const lines = [
      `完成 / done: 新导入 imported ${s.imported}（其中待匹配机关 unmatched ${s.unmatched}）· 已在库中 already stored ${s.already} · 重复文件 duplicates ${s.duplicates} · 失败 failed ${s.failed} · 用时 ${secs.toFixed(1)} s（${Math.round(handled / Math.max(secs, 0.001))} 份/秒 files/s）`,
      `数据库 / database: ${location}`,
    ];
    if (s.byCode.size > 0) lines.push(`失败原因 / failures: ${[...s.byCode].map(([c, n]) => `${c} ${n}`).join(' · ')}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  });
}

/**
 * The sample reports, parsed and checked the way `gongkai import` does, for
 * tests that store reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/cli/analyse.js';
import { canonicalReport } from '../../src/render/json/index.js';
import type { AnnualReport } from '../../src/domain/annual-report/report.js';

export const SAMPLES_DIR = join(import.meta.dirname, '../../samples');

export const SAMPLE_FILES = [
  '2019-康乐县人民政府.txt',
  '2019-涧西区人民政府办公室.txt',
  '2020-桦甸市统计局.txt',
  '2021-成安县.txt',
  '2024-兴和县.txt',
] as const;

export interface Sample {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly report: AnnualReport;
}

const cache = new Map<string, Sample>();

export async function loadSample(name: (typeof SAMPLE_FILES)[number]): Promise<Sample> {
  const hit = cache.get(name);
  if (hit) return hit;
  const bytes = new Uint8Array(readFileSync(join(SAMPLES_DIR, name)));
  const { report } = await analyse(bytes);
  const sample = { name, bytes, report: canonicalReport(report) };
  cache.set(name, sample);
  return sample;
}

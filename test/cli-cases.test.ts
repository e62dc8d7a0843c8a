/**
 * `gongkai cases simulate` and `gongkai report generate` from the outside:
 * reproducible simulations, the report written in each format and stored as
 * versions, a region's sum, the help texts, and one bilingual line with exit 2
 * for bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnnualReport } from '../src/domain/annual-report/report.js';
import { getCell } from '../src/domain/annual-report/report.js';
import { cellSpecs } from '../src/domain/annual-report/formats/index.js';
import { R1_BALANCE, R2_ROW_TOTAL, R3_RESULTS_SUM, R3B_OTHER_SUM, R4_GROUP_SUM } from '../src/domain/annual-report/rules/index.js';
import { parseReport } from '../src/ingest/parse.js';

const bin = join(import.meta.dirname, '..', 'bin/gongkai.js');
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-clicases-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function gongkai(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: tmp, encoding: 'buffer', env: { ...process.env, DATABASE_URL: '', GONGKAI_DB: '' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), bytes: r.stdout, stderr: r.stderr.toString('utf8') };
}

const AGENCIES = ['名称,上级,层级', '乌兰察布市,,市', '兴和县人民政府,乌兰察布市,县', '兴和县教育局,兴和县人民政府,部门', '教育局,乌兰察布市,部门', '教育局,兴和县人民政府,部门', ''].join('\n');

function setUp(name: string): string {
  const db = join(tmp, `${name}.sqlite`);
  writeFileSync(join(tmp, 'agencies.csv'), AGENCIES);
  expect(gongkai(['agencies', 'import', 'agencies.csv', '--db', db]).code).toBe(0);
  return db;
}

interface TreeNode {
  id: number;
  name: string;
  children: TreeNode[];
}

function idOf(db: string, name: string): string {
  const find = (nodes: TreeNode[]): TreeNode | undefined => nodes.map((n) => (n.name === name ? n : find(n.children))).find(Boolean);
  return String(find(JSON.parse(gongkai(['agencies', 'list', '--json', '--db', db]).stdout) as TreeNode[])!.id);
}

const tablesOf = (r: AnnualReport) => cellSpecs(r.format).filter((s) => s.table !== 'table2').map((s) => [s.path, getCell(r, s.path)]);

describe('gongkai cases simulate / report generate', () => {
  const db = setUp('a');

  it('simulates cases for an agency named or numbered, the same from the same seed', () => {
    const r = gongkai(['cases', 'simulate', '--agency', '兴和县人民政府', '--year', '2024', '--count', '600', '--seed', 'demo', '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('案件 cases 600');
    expect(r.stdout).toContain('兴和县人民政府〔2024〕依申第1号 … 兴和县人民政府〔2024〕依申第600号');
    expect(r.stdout).toContain('simulated until: 2025-06-30');
    const dept = idOf(db, '兴和县教育局');
    expect(gongkai(['cases', 'simulate', '--agency', dept, '--year', '2025', '--count', '200', '--db', db]).stdout).toContain(`兴和县教育局 [${dept}] 2025 年`);

    const other = setUp('b');
    expect(gongkai(['cases', 'simulate', '--agency', '兴和县人民政府', '--year', '2024', '--count', '600', '--seed', 'demo', '--db', other]).code).toBe(0);
    const a = JSON.parse(gongkai(['report', 'generate', '--agency', '兴和县人民政府', '--year', '2024', '--db', db]).stdout) as AnnualReport;
    const b = JSON.parse(gongkai(['report', 'generate', '--agency', '兴和县人民政府', '--year', '2024', '--db', other]).stdout) as AnnualReport;
    expect(tablesOf(b)).toEqual(tablesOf(a));
    expect(b.sections).toEqual(a.sections);
  }, 120_000);

  it('generates the report from the cases, passing R1–R4, stored once per change, in every format', async () => {
    const r = gongkai(['report', 'generate', '--agency', '兴和县人民政府', '--year', '2024', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('与已保存的第 1 版相同，未重复保存 / same as stored version 1, nothing added');
    const report = JSON.parse(r.stdout) as AnnualReport;
    expect([report.agency, report.year, report.format]).toEqual(['兴和县人民政府', 2024, '2021']);
    expect(getCell(report, 'table3.newReceived.total')).toBe(600);
    for (const rule of [R1_BALANCE, R2_ROW_TOTAL, R3_RESULTS_SUM, R3B_OTHER_SUM, R4_GROUP_SUM]) expect(rule.check({ report })).toEqual([]);
    expect(report.sections.overview).toContain('本机关共收到政府信息公开申请600件');

    for (const to of ['docx', 'xlsx', 'html', 'md', 'csv'] as const) {
      const file = join(tmp, `2024.${to}`);
      const out = gongkai(['report', 'generate', '--agency', '兴和县人民政府', '--year', '2024', '--to', to, '-o', file, '--db', db]);
      expect(out.code, to).toBe(0);
      expect(out.stdout).toBe('');
      const { report: read } = await parseReport(new Uint8Array(readFileSync(file)));
      expect(tablesOf(read), to).toEqual(tablesOf(report));
    }
    // 2025 carries over what 2024 carried forward.
    const next = JSON.parse(gongkai(['report', 'generate', '--agency', '兴和县人民政府', '--year', '2025', '--db', db]).stdout) as AnnualReport;
    expect(getCell(next, 'table3.carriedOver.total')).toBe(getCell(report, 'table3.carriedForward.total'));
  }, 120_000);

  it('sums a region over its agencies without storing it', () => {
    const r = gongkai(['report', 'generate', '--agency', '乌兰察布市', '--year', '2025', '--subtree', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('未保存 / not stored');
    const sum = JSON.parse(r.stdout) as AnnualReport;
    const county = JSON.parse(gongkai(['report', 'generate', '--agency', '兴和县人民政府', '--year', '2025', '--db', db]).stdout) as AnnualReport;
    const dept = JSON.parse(gongkai(['report', 'generate', '--agency', '兴和县教育局', '--year', '2025', '--db', db]).stdout) as AnnualReport;
    for (const path of ['table3.newReceived.total', 'table3.carriedOver.total', 'table3.totalProcessed.total', 'table4.reconsideration.total']) {
      expect(getCell(sum, path), path).toBe(getCell(county, path)! + getCell(dept, path)!);
    }
  }, 60_000);

  it('explains itself in Chinese and English', () => {
    const sim = gongkai(['cases', 'simulate', '--help']);
    expect(sim.code).toBe(0);
    expect(sim.stdout).toContain('为某机关某年度生成逼真、可重现的案件');
    expect(sim.stdout).toContain('create realistic, reproducible cases');
    expect(sim.stdout).toContain('--seed');
    const gen = gongkai(['report', 'generate', '--help']);
    expect(gen.stdout).toContain('由依申请公开案件等数据生成年度报告并保存');
    expect(gen.stdout).toContain('json|html|md|xlsx|docx|csv');
  });

  it.each([
    [['cases', 'simulate', '--agency', '兴和县人民政府', '--year', '2024', '--count', '0'], 'USAGE'],
    [['cases', 'simulate', '--agency', '兴和县人民政府', '--year', '二〇二四', '--count', '5'], 'USAGE'],
    [['cases', 'simulate', '--agency', '兴和县人民政府', '--year', '2027', '--count', '5'], 'CALENDAR_NOT_COVERED'],
    [['cases', 'simulate', '--agency', '兴和县人民政府', '--year', '2024', '--count', '5', '--until', '2024-02-30'], 'INVALID_DATE'],
    [['cases', 'simulate', '--agency', '不存在的局', '--year', '2024', '--count', '5'], 'NOT_FOUND'],
    [['cases', 'simulate', '--agency', '教育局', '--year', '2024', '--count', '5'], 'USAGE'],
    [['report', 'generate', '--agency', '99', '--year', '2024'], 'NOT_FOUND'],
    [['report', 'generate', '--agency', '兴和县人民政府', '--year', '2018'], 'USAGE'],
    [['report', 'generate', '--agency', '兴和县人民政府', '--year', '2024', '--to', 'pdf'], 'USAGE'],
  ])('%j fails with %s: one bilingual line, exit 2', (args, code) => {
    const r = gongkai([...args, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^错误 \\[${code}\\]：.+ / Error \\[${code}\\]: .+\\n$`));
  });

  it('refuses missing options through commander with exit 2', () => {
    const r = gongkai(['cases', 'simulate', '--year', '2024', '--count', '5', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--agency');
  });
});

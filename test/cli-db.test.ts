/**
 * The database commands from the outside: `gongkai agencies import|list`,
 * `gongkai import`, `gongkai export reports`, and how they fail.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLES_DIR, SAMPLE_FILES } from './support/sample-reports.js';

const bin = join(import.meta.dirname, '..', 'bin/gongkai.js');
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-clidb-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function gongkai(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CSV = [
  '名称,上级,层级,统一社会信用代码,别名',
  '成安县,河北省/邯郸市,县,,"成安、成安县人民政府"',
  '河北省,,省,,',
  '邯郸市,河北省,市,,',
  '兴和县人民政府,乌兰察布市,县,,',
  '乌兰察布市,内蒙古自治区,市,,',
  '内蒙古自治区,,省,,',
  '',
].join('\r\n');

interface TreeNode {
  name: string;
  children: TreeNode[];
}

describe('gongkai agencies / import / export', () => {
  const db = join(tmp, 'data', 'g.sqlite');
  const reports = join(tmp, 'reports');
  mkdirSync(reports);
  for (const f of SAMPLE_FILES) copyFileSync(join(SAMPLES_DIR, f), join(reports, f));

  it('imports reports first: they wait in the unmatched queue', () => {
    const r = gongkai(['import', reports, '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('imported 5（其中待匹配机关 unmatched 5）');
  });

  it('imports an agency list from CSV, matching the waiting reports, and a second time changes nothing', () => {
    const file = join(tmp, 'agencies.csv');
    writeFileSync(file, `\uFEFF${CSV}`);
    const r = gongkai(['agencies', 'import', file, '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('新建 created 6');
    // 成安县 and 兴和县 now match.
    expect(r.stdout).toContain('新匹配 matched 2');
    expect(gongkai(['agencies', 'import', file, '--db', db]).stdout).toContain('未变 unchanged 6');
    const tree = JSON.parse(gongkai(['agencies', 'list', '--json', '--db', db]).stdout) as TreeNode[];
    expect(tree.map((n) => n.name)).toEqual(['内蒙古自治区', '河北省']);
    expect(tree[1]!.children[0]!.children[0]!.name).toBe('成安县');
    expect(gongkai(['agencies', 'list', '--db', db]).stdout).toContain('    成安县');
  });

  it('imports the same list from XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('机关');
    for (const line of CSV.split('\r\n').filter(Boolean)) ws.addRow(line.split(',').map((c) => c.replaceAll('"', '')));
    ws.addRow(['成安县教育局', '成安县', '部门', '', '']);
    const file = join(tmp, 'agencies.xlsx');
    await wb.xlsx.writeFile(file);
    const r = gongkai(['agencies', 'import', file, '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('新建 created 1 · 更新 updated 0 · 未变 unchanged 6');
  });

  it('refuses a bad list with a coded error and stores none of it', () => {
    const file = join(tmp, 'bad.csv');
    writeFileSync(file, '名称,上级,层级\n新县,河北省,县\n某局,新县,星系\n');
    const r = gongkai(['agencies', 'import', file, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误 \[INVALID_VALUE\]：机关表：第 3 行的层级“星系”无法识别/);
    expect(gongkai(['agencies', 'list', '--db', db]).stdout).not.toContain('新县');
    expect(gongkai(['agencies', 'import', '--help']).stdout).toContain('统一社会信用代码');
  });

  it('re-imports nothing, and skips the database file when it sits in the directory', () => {
    const inside = join(reports, 'g.sqlite');
    const first = gongkai(['import', reports, '--db', inside]);
    expect(first.stdout).toContain('imported 5');
    expect(first.stdout).toContain('failed 0');
    const r = gongkai(['import', reports, '--db', db]);
    expect(r.stdout).toContain('imported 0');
    expect(r.stdout).toContain('already stored 5');
  });

  it('exports every report as NDJSON and as CSV', () => {
    const nd = gongkai(['export', 'reports', '--db', db]);
    expect(nd.code).toBe(0);
    const lines = nd.stdout.trim().split('\n').map((l) => JSON.parse(l) as { agency: string | null; report: { schema: string; agency: string } });
    expect(lines).toHaveLength(5);
    expect(lines.every((l) => l.report.schema === 'gongkai.report/1')).toBe(true);
    expect(lines.find((l) => l.report.agency === '兴和县')?.agency).toBe('兴和县人民政府');
    const csv = gongkai(['export', 'reports', '--format', 'csv', '--db', db]);
    const rows = csv.stdout.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('id,agency_id,agency,report_agency,status,year,format,version,version_kind,errors,warnings,file_sha256,source_name,created_at');
    expect(rows).toHaveLength(6);
    expect(gongkai(['export', 'reports', '--format', 'xml', '--db', db]).stderr).toContain('[USAGE]');
  });

  it('explains a bad DATABASE_URL and an unreachable server in one line', () => {
    const bad = gongkai(['export', 'reports'], { DATABASE_URL: 'mysql://x' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('[USAGE]');
    const down = gongkai(['export', 'reports'], { DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' });
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/^错误 \[DB_UNAVAILABLE\]/);
    expect(down.stderr).not.toContain('secret');
    expect(down.stderr.trim().split('\n')).toHaveLength(1);
  });
});

/**
 * `gongkai calendar` from the outside: the due date and workday answers,
 * loading a new year's notice (and refusing a bad one, storing nothing), and
 * one bilingual line with exit 2 for bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleNotice2027 } from '../src/domain/calendar/example-notices.test-util.js';

const bin = join(import.meta.dirname, '..', 'bin/gongkai.js');
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-calendar-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs in an empty directory with no DATABASE_URL: only the built-in notices apply unless --db is given. */
function gongkai(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: tmp, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', GONGKAI_DB: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const NOTICE_2027 = exampleNotice2027();

describe('gongkai calendar due / workday', () => {
  it('prints the due date: 20 working days from 2024-09-27 is 2024-10-30', () => {
    const r = gongkai(['calendar', 'due', '--from', '2024-09-27', '--workdays', '20']);
    expect(r).toMatchObject({ code: 0, stdout: '2024-10-30\n' });
  });

  it('explains the counting day by day', () => {
    const r = gongkai(['calendar', 'due', '--from', '2024-09-27', '--workdays', '20', '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2024-09-29 星期日  调休上班（国庆节，国办发明电〔2023〕7号）');
    expect(r.stdout).toContain('第 20 个工作日');
  });

  it('counts from the same day with --policy sameDay', () => {
    expect(gongkai(['calendar', 'due', '--from', '2024-09-27', '--workdays', '20', '--policy', 'sameDay']).stdout).toBe('2024-10-29\n');
  });

  it('answers yes or no', () => {
    expect(gongkai(['calendar', 'workday', '2024-10-12']).stdout).toBe('yes\n');
    expect(gongkai(['calendar', 'workday', '2024-10-03']).stdout).toBe('no\n');
    expect(gongkai(['calendar', 'workday', '2024-10-13']).stdout).toBe('no\n');
  });

  it('refuses an uncovered year unless --weekends-only is given', () => {
    const r = gongkai(['calendar', 'workday', '2027-03-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误 \[CALENDAR_NOT_COVERED\]：.* \/ Error \[CALENDAR_NOT_COVERED\]: .*\n$/);
    expect(gongkai(['calendar', 'workday', '2027-03-01', '--weekends-only']).stdout).toBe('yes\n');
  });

  it.each([
    [['calendar', 'due', '--from', '2024-02-30', '--workdays', '20'], 'INVALID_DATE'],
    [['calendar', 'due', '--from', '2024-09-27', '--workdays', 'twenty'], 'USAGE'],
    [['calendar', 'due', '--from', '2024-09-27', '--workdays', '5', '--policy', 'soon'], 'USAGE'],
    [['calendar', 'workday', 'yesterday'], 'INVALID_DATE'],
  ])('%j fails with %s, one bilingual line, exit 2', (args, code) => {
    const r = gongkai(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`错误 [${code}]`);
    expect(r.stderr).toContain(`Error [${code}]`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('documents the counting policies in --help', () => {
    const r = gongkai(['calendar', 'due', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nextDay');
    expect(r.stdout).toContain('sameDay');
    expect(r.stdout).toContain('--weekends-only');
  });
});

describe('gongkai calendar load / list', () => {
  const db = join(tmp, 'cal.sqlite');

  it('refuses an invalid file with every problem listed, storing nothing', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...NOTICE_2027, holidays: [{ name: '元旦', off: [{ from: '2027-01-03', to: '2027-01-01' }], workdays: ['2027-01-05'] }] }));
    const r = gongkai(['calendar', 'load', bad, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('错误 [CALENDAR_INVALID]');
    expect(r.stderr).toContain('Error [CALENDAR_INVALID]');
    expect(r.stderr).toContain('不是星期六或星期日');
    const list = JSON.parse(gongkai(['calendar', 'list', '--json', '--db', db]).stdout) as { year: number }[];
    expect(list.map((n) => n.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(gongkai(['calendar', 'load', join(tmp, 'missing.json'), '--db', db]).stderr).toContain('INPUT_NOT_FOUND');
  });

  it('loads a new year, then counts through it; loading it again changes nothing', () => {
    const file = join(tmp, '2027.json');
    writeFileSync(file, JSON.stringify(NOTICE_2027, null, 2));
    const first = gongkai(['calendar', 'load', file, '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('第 1 版');
    expect(gongkai(['calendar', 'load', file, '--db', db]).stdout).toContain('未作改动');
    // 2026-12-31 Th: 2027-01-01..03 off, 01-04 Mo (1)
    expect(gongkai(['calendar', 'due', '--from', '2026-12-31', '--workdays', '1', '--db', db]).stdout).toBe('2027-01-04\n');
    // 2027-01-29 Fr: 01-30 Sa×, 01-31 Su worked (1)
    expect(gongkai(['calendar', 'due', '--from', '2027-01-29', '--workdays', '1', '--db', db]).stdout).toBe('2027-01-31\n');
    expect(gongkai(['calendar', 'workday', '2027-02-08', '--db', db]).stdout).toBe('no\n');
    const list = gongkai(['calendar', 'list', '--db', db]).stdout;
    expect(list).toContain('2027  国办发明电〔2026〕99号');
    expect(list).toContain('已载入第 1 版');
  });
});

/**
 * `gongkai letter` from the outside: a case file in, a DOCX / HTML / JSON / PDF
 * letter out, written whole or not at all; refusals as one bilingual line with
 * exit 2; staff notes on stderr, and nothing of the applicant there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { AGENCY, APPLICANT, DETAILS, application } from '../src/letters/example-letters.test-util.js';
import { planBrowserTests } from './browser/browser-plan.js';

const bin = join(import.meta.dirname, '..', 'bin/gongkai.js');
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-letter-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function gongkai(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: tmp, env: { ...process.env, DATABASE_URL: '', GONGKAI_DB: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

const register = { type: 'register', on: '2024-09-27', caseId: '2024-017', application: application(), receipt: { channel: 'inPerson', handedIn: '2024-09-27' } };

function caseFile(name: string, events: unknown[], more: Record<string, unknown> = {}): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify({ schema: 'gongkai.case/1', agency: AGENCY, events, details: DETAILS, ...more }));
  return path;
}

const decided = caseFile('decided.json', [register, { type: 'decide', on: '2024-10-25', outcome: 'alreadyPublic' }]);

describe('gongkai letter', () => {
  it('writes a receipt as DOCX with the agency, the articles and the deadline from the calendar', async () => {
    const out = join(tmp, '受理回执.docx');
    const r = gongkai(['letter', '--kind', 'acknowledgement', '--case', decided, '--to', 'docx', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    expect(value).toContain('政府信息公开申请受理回执');
    expect(value).toContain('第三十一条');
    expect(value).toContain('于2024年10月30日前作出答复');
    expect(value).toContain('（盖章处）');
    expect(value).toContain(AGENCY.name);
    expect(r.stderr).toContain('注意：期限按“次日起算”计算');
    for (const secret of Object.values(APPLICANT)) expect(r.stderr).not.toContain(secret);
  });

  it('takes the kind by its Chinese name and writes HTML to stdout, with the remedies', () => {
    const r = gongkai(['letter', '--kind', '答复告知书', '--case', decided, '--to', 'html']);
    expect(r.code, r.stderr).toBe(0);
    const html = r.stdout.toString('utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('第三十六条第（一）项');
    expect(html).toContain('申请行政复议');
    expect(r.stderr).toContain('《中华人民共和国行政复议法》第二十条');
  });

  it('writes the letter as JSON, with the date and reference asked for', () => {
    const r = gongkai(['letter', '--kind', 'decision', '--case', decided, '--to', 'json', '--issued-on', '2024-10-28', '--ref', '某政公开〔2024〕17号']);
    expect(r.code, r.stderr).toBe(0);
    const letter = JSON.parse(r.stdout.toString('utf8')) as { seal: { dateText: string }; reference: string; outcome: string };
    expect(letter).toMatchObject({ reference: '某政公开〔2024〕17号', outcome: 'alreadyPublic', seal: { dateText: '2024年10月28日' } });
  });

  it('counts from the same day when the case file says so', () => {
    const path = caseFile('same-day.json', [register], { policy: { countFrom: 'sameDay' } });
    const r = gongkai(['letter', '--kind', 'acknowledgement', '--case', path, '--to', 'json']);
    expect(r.stdout.toString('utf8')).toContain('于2024年10月29日前作出答复');
    expect(r.stderr).toContain('“当日起算”');
  });

  it('refuses a letter the case is not ready for, an unknown kind, and missing facts, writing nothing', () => {
    const out = join(tmp, 'nothing.docx');
    const notReady = gongkai(['letter', '--kind', 'correction', '--case', decided, '--to', 'docx', '-o', out]);
    expect(notReady.code).toBe(2);
    expect(notReady.stderr).toMatch(/^错误 \[LETTER_UNAVAILABLE\]：.* \/ Error \[LETTER_UNAVAILABLE\]: .*\n$/);
    const unknown = gongkai(['letter', '--kind', 'memo', '--case', decided, '--to', 'docx', '-o', out]);
    expect(unknown.stderr).toContain('[USAGE]');
    const bare = caseFile('bare.json', [register, { type: 'decide', on: '2024-10-25', outcome: 'alreadyPublic' }], { details: {} });
    const missing = gongkai(['letter', '--kind', 'decision', '--case', bare, '--to', 'docx', '-o', out]);
    expect(missing.stderr).toContain('[LETTER_INCOMPLETE]');
    expect(missing.stderr).toContain('details.whereToFind');
    expect(existsSync(out)).toBe(false);
  });

  it('names the problems of a bad case file without repeating the applicant’s data', () => {
    const path = join(tmp, 'bad.json');
    writeFileSync(path, JSON.stringify({ agency: AGENCY, events: [{ ...register, on: '2024-13-01' }] }).replace(/}$/, ', oops}'));
    const broken = gongkai(['letter', '--kind', 'acknowledgement', '--case', path, '--to', 'docx', '-o', join(tmp, 'x.docx')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('[INVALID_VALUE]');
    writeFileSync(path, JSON.stringify({ agency: AGENCY, events: [{ ...register, on: '2024-13-01' }] }));
    const invalid = gongkai(['letter', '--kind', 'acknowledgement', '--case', path, '--to', 'docx', '-o', join(tmp, 'x.docx')]);
    expect(invalid.stderr).toContain('events[0].on');
    for (const r of [broken, invalid]) for (const secret of Object.values(APPLICANT)) expect(r.stderr).not.toContain(secret);
  });

  it('says clearly that PDF needs Chromium when there is none', () => {
    const out = join(tmp, 'none.pdf');
    const r = gongkai(['letter', '--kind', 'acknowledgement', '--case', decided, '--to', 'pdf', '-o', out], { GONGKAI_CHROMIUM: '/nonexistent/chromium' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('错误 [BROWSER_UNAVAILABLE]：找不到 Chromium（/nonexistent/chromium）');
    expect(r.stderr).toContain('Error [BROWSER_UNAVAILABLE]: Chromium was not found');
    expect(readdirSync(tmp).filter((f) => f.startsWith('none.pdf'))).toEqual([]);
  });

  it('makes every letter of the sample case (samples/case-2024-017.json)', () => {
    const sample = join(import.meta.dirname, '..', 'samples/case-2024-017.json');
    for (const kind of ['acknowledgement', 'correction', 'extension', 'consultation', 'decision']) {
      const r = gongkai(['letter', '--kind', kind, '--case', sample, '--to', 'html']);
      expect(r.code, `${kind}: ${r.stderr}`).toBe(0);
      expect(r.stdout.toString('utf8')).toContain('某某县人民政府办公室');
    }
    const consultation = gongkai(['letter', '--kind', 'consultation', '--case', sample, '--to', 'html']).stdout.toString('utf8');
    expect(consultation).not.toContain('王小明');
    expect(consultation).not.toContain('13900001234');
  });

  const plan = planBrowserTests(process.env);
  it.skipIf(plan.kind === 'skip')('prints a PDF with Chromium', { timeout: 60_000 }, () => {
    if (plan.kind !== 'run') throw new Error(plan.reason);
    const out = join(tmp, '答复告知书.pdf');
    const r = gongkai(['letter', '--kind', 'decision', '--case', decided, '--to', 'pdf', '-o', out], { GONGKAI_CHROMIUM: plan.executablePath });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

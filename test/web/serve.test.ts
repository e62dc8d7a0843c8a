/**
 * `gongkai serve` from the outside: first start on an empty SQLite file loads
 * the demo and prints the URL and the demo sign-ins once; the server answers;
 * a second start prints no passwords; `gongkai token create` issues a token
 * the API accepts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../..', 'bin/gongkai.js');
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-serve-'));
const db = join(tmp, 'data', 'g.sqlite');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
});

/** Starts the server on a free port and resolves with everything it printed up to the Ctrl+C line. */
function start(): Promise<{ child: ChildProcess; out: string; url: string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--db', db], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '' } });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const url = /listening: (http:\/\/\S+)/.exec(out)?.[1];
      if (url && out.includes('Ctrl+C')) resolve({ child, out, url });
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('gongkai serve', () => {
  it('first start: demo region, five samples, three demo sign-ins; the server answers', async () => {
    const { child, out, url } = await start();
    expect(out).toContain('样例报告 5 份');
    for (const login of ['admin', 'supervisor', 'clerk']) expect(out).toMatch(new RegExp(`^  ${login}\\s+\\S{16}`, 'm'));
    expect(await (await fetch(`${url}healthz`)).json()).toEqual({ status: 'ok', database: 'ok' });
    const home = await (await fetch(url)).text();
    expect(home).toContain('兴和县');
    expect(await stop(child)).toBe(0);
  });

  it('a second start loads nothing again and prints no passwords', async () => {
    const { child, out, url } = await start();
    expect(out).not.toContain('演示账号');
    const list = (await (await fetch(`${url}api/reports`)).json()) as { reports: unknown[] };
    expect(list.reports).toHaveLength(5);
    expect(await stop(child)).toBe(0);
  });

  it('gongkai token create prints a token that the API accepts', async () => {
    const r = spawnSync(process.execPath, [bin, 'token', 'create', '--login', 'admin', '--name', 'ci', '--db', db], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
    expect(r.status).toBe(0);
    const token = r.stdout.trim();
    expect(token).toMatch(/^gk_[A-Za-z0-9_-]{43}$/);
    const { child, url } = await start();
    const form = new FormData();
    form.set('file', new File(['只是文字\n'], 'x.txt'));
    const res = await fetch(`${url}api/reports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(400); // authenticated; the file is simply not a report
    expect((await fetch(`${url}api/reports`, { method: 'POST', body: form })).status).toBe(401);
    expect(await stop(child)).toBe(0);
  });
});

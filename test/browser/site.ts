/**
 * The real site for the browser tests: `gongkai serve` (bin/gongkai.js, built
 * by the global setup) on a free loopback port with a fresh SQLite file, so
 * the first-start demo seed runs exactly as for a new installation — the demo
 * region, the five sample reports and the three demo sign-ins, whose one-time
 * passwords are read from what the server prints. Stopped with SIGTERM, the
 * way Ctrl+C stops it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../..', 'bin/gongkai.js');
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export type DemoLogin = 'admin' | 'supervisor' | 'clerk';

export interface DemoUser {
  readonly login: DemoLogin;
  readonly password: string;
  /** The name the site shows in its navigation once signed in. */
  readonly displayName: string;
}

/** The demo users' display names (src/web/demo/seed-demo.ts). */
const DISPLAY_NAMES: Readonly<Record<DemoLogin, string>> = { admin: '系统管理员', supervisor: '成安县政务公开办', clerk: '兴和县经办人' };

export interface Site {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  /** What the server printed on start. */
  readonly output: string;
  user(login: DemoLogin): DemoUser;
  /** Stops the server (SIGTERM), waits for it, removes the database. Resolves with the exit code. */
  close(): Promise<number | null>;
}

function parseUsers(output: string): Map<DemoLogin, DemoUser> {
  const users = new Map<DemoLogin, DemoUser>();
  for (const m of output.matchAll(/^ {2}(admin|supervisor|clerk)\s+(\S+)\s/gm)) {
    const login = m[1] as DemoLogin;
    users.set(login, { login, password: m[2]!, displayName: DISPLAY_NAMES[login] });
  }
  return users;
}

function waitForExit(child: ChildProcess, ms: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

export async function startSite(): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-browser-'));
  const child = spawn(process.execPath, [BIN, 'serve', '--db', join(dir, 'site.sqlite')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', GONGKAI_DB: '', TRUST_PROXY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString('utf8')));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });

  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`gongkai serve did not start in ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
      const onExit = (code: number | null) => {
        clearTimeout(timer);
        reject(new Error(`gongkai serve exited (${code}) before listening:\n${output}`));
      };
      child.once('exit', onExit);
      child.stdout!.on('data', () => {
        const listening = /listening: (http:\/\/\S+)/.exec(output)?.[1];
        if (listening && output.includes('Ctrl+C')) {
          clearTimeout(timer);
          child.off('exit', onExit);
          resolve(listening);
        }
      });
    });
  } catch (e) {
    child.kill('SIGKILL');
    await waitForExit(child, STOP_TIMEOUT_MS);
    cleanUp();
    throw e;
  }

  const users = parseUsers(output);
  if (users.size !== 3) {
    child.kill('SIGKILL');
    cleanUp();
    throw new Error(`expected the three demo sign-ins on first start:\n${output}`);
  }
  return {
    url,
    get output() {
      return output;
    },
    user(login) {
      return users.get(login)!;
    },
    async close() {
      child.kill('SIGTERM');
      const code = await waitForExit(child, STOP_TIMEOUT_MS);
      cleanUp();
      return code;
    },
  };
}

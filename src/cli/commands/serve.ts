/**
 * @module `gongkai serve`: the web site and API (what `npm start` runs).
 * `PORT` (default 3000), `HOST` (default 127.0.0.1), `DATABASE_URL` or the
 * SQLite file `./data/gongkai.sqlite`. On first start with an empty database
 * it loads the demo region and the sample reports and prints the demo sign-ins
 * once.
 */
import type { Command } from 'commander';
import { GongkaiError } from '../../domain/shared/errors.js';
import { DB_OPTION_FLAGS, DB_OPTION_HELP } from '../db/db-option.js';

interface ServeFlags {
  port?: string;
  host?: string;
  db?: string;
  trustProxy?: boolean;
}

function portOf(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) {
    throw new GongkaiError('USAGE', { zh: `端口无效：${text}（0–65535）。`, en: `Invalid port: ${text} (0–65535).` });
  }
  return n;
}

async function serveCommand(flags: ServeFlags): Promise<number> {
  const { startServer } = await import('../../web/server.js');
  const running = await startServer({
    port: portOf(flags.port ?? process.env['PORT'] ?? '3000'),
    host: flags.host ?? process.env['HOST'] ?? '127.0.0.1',
    trustProxy: flags.trustProxy ?? process.env['TRUST_PROXY'] === '1',
    ...(flags.db ? { dbFile: flags.db } : {}),
  });
  const out: string[] = [`gongkai 已启动 / listening: ${running.url}`, `数据库 / database: ${running.location}`];
  if (running.seed.seeded) {
    out.push(
      `首次启动：已载入示范机关 ${running.seed.agencies} 个、样例报告 ${running.seed.reports} 份。/ First start: ${running.seed.agencies} demo agencies, ${running.seed.reports} sample reports.`,
      '演示账号（密码只显示这一次）/ demo sign-ins (passwords are shown only this once):',
      ...running.seed.accounts.map((a) => `  ${a.login.padEnd(11)} ${a.password}  ${a.role}${a.scope ? `（${a.scope}）` : ''}`),
    );
  }
  out.push('按 Ctrl+C 停止 / press Ctrl+C to stop');
  process.stdout.write(`${out.join('\n')}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  return 0;
}

export function registerServe(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  program
    .command('serve')
    .description('启动网站与 API / start the web site and API (PORT, HOST, DATABASE_URL)')
    .option('-p, --port <port>', '端口，默认 $PORT 或 3000 / port, default $PORT or 3000')
    .option('--host <host>', '监听地址，默认 $HOST 或 127.0.0.1 / address, default $HOST or 127.0.0.1')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .option('--trust-proxy', '按反向代理的 X-Forwarded-For 识别客户端（或 TRUST_PROXY=1）/ take the client address from X-Forwarded-For')
    .action((flags: ServeFlags) => run(() => serveCommand(flags)));
}

/**
 * @module Which database to open: PostgreSQL when a `postgres://` URL is given
 * (the `DATABASE_URL` environment variable), else the SQLite file given by the
 * caller (`--db PATH`), by `GONGKAI_DB`, or `./data/gongkai.sqlite`.
 */
import { resolve } from 'node:path';
import { GongkaiError } from '../domain/shared/errors.js';

export const DEFAULT_SQLITE_FILE = 'data/gongkai.sqlite';

export type DatabaseConfig =
  | { readonly engine: 'sqlite'; readonly file: string }
  | { readonly engine: 'postgres'; readonly url: string; readonly schema?: string };

export interface DatabaseChoice {
  /** An explicit SQLite file (the CLI's `--db`); wins over the environment. */
  readonly file?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths resolve against; default the working directory. */
  readonly cwd?: string;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url);
}

export function resolveDatabaseConfig(choice: DatabaseChoice = {}): DatabaseConfig {
  const env = choice.env ?? process.env;
  const cwd = choice.cwd ?? process.cwd();
  if (choice.file) return { engine: 'sqlite', file: resolve(cwd, choice.file) };
  const url = env['DATABASE_URL']?.trim();
  if (url) {
    if (!isPostgresUrl(url)) {
      throw new GongkaiError('USAGE', {
        zh: 'DATABASE_URL 须为 postgres:// 或 postgresql:// 开头的地址；嵌入式数据库请用 --db 或 GONGKAI_DB 指定文件。',
        en: 'DATABASE_URL must start with postgres:// or postgresql://; for the embedded database give a file with --db or GONGKAI_DB.',
      });
    }
    return { engine: 'postgres', url };
  }
  return { engine: 'sqlite', file: resolve(cwd, env['GONGKAI_DB']?.trim() || DEFAULT_SQLITE_FILE) };
}

/** A URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

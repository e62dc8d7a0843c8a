/**
 * @module `gongkai token create --login NAME --name LABEL`: issues an API token
 * for a user (printed once; only its SHA-256 is stored), for
 * `Authorization: Bearer` calls to the API.
 */
import type { Command } from 'commander';
import { DB_OPTION_FLAGS, DB_OPTION_HELP } from '../db/db-option.js';

interface TokenFlags {
  login: string;
  name: string;
  db?: string;
}

async function createToken(flags: TokenFlags): Promise<number> {
  const { withCliDatabase } = await import('../db/open-cli-database.js');
  const { findUserByLogin, publicUser } = await import('../../persistence/repositories/accounts/users.js');
  const { issueApiToken } = await import('../../web/auth/issue-token.js');
  const { GongkaiError } = await import('../../domain/shared/errors.js');
  return withCliDatabase(flags, async ({ db }) => {
    const user = await findUserByLogin(db, flags.login);
    if (!user) throw new GongkaiError('NOT_FOUND', { zh: `没有登录名为“${flags.login}”的用户。`, en: `No user with the login “${flags.login}”.` });
    const token = await issueApiToken(db, publicUser(user), { name: flags.name }, { actor: 'cli:token' });
    process.stdout.write(`${token}\n`);
    process.stderr.write('令牌只显示这一次，请妥善保存。/ The token is shown only this once; keep it safe.\n');
    return 0;
  });
}

export function registerToken(program: Command, run: (fn: () => Promise<number>) => Promise<void>): void {
  const token = program.command('token').description('API 令牌 / API tokens');
  token
    .command('create')
    .description('为用户创建 API 令牌（权限同该用户）/ issue an API token for a user (scoped like the user)')
    .requiredOption('--login <login>', '用户登录名 / the user’s login')
    .option('--name <label>', '令牌用途 / what the token is for', 'api')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .action((flags: TokenFlags) => run(() => createToken(flags)));
}

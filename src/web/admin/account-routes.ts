/**
 * @module 账户: the signed-in user's password and API tokens, and users for
 * administrators. Secrets (tokens, new passwords) are shown once in the
 * response and never stored in clear.
 */
import { Hono } from 'hono';
import type { Message } from '../../domain/shared/finding.js';
import { GongkaiError, isGongkaiError } from '../../domain/shared/errors.js';
import { listAgencies } from '../../persistence/repositories/agencies/agency-queries.js';
import { listApiTokens, revokeApiToken } from '../../persistence/repositories/accounts/api-tokens.js';
import { changePasswordHash, createUser, findUserById, listUsers, USER_ROLES, type UserRole } from '../../persistence/repositories/accounts/users.js';
import { issueApiToken } from '../auth/issue-token.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { actorOf, isStaff, type Principal } from '../auth/principal.js';
import { randomPassword } from '../auth/secrets.js';
import type { AppContext, AppEnv, WebDeps } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';
import { field, readForm } from '../form.js';
import { intParam } from '../params.js';
import { accountPage } from '../views/account-page.js';

type Staff = Extract<Principal, { kind: 'user' }>;

function staff(c: AppContext): Staff {
  const p = c.get('principal');
  if (!isStaff(p)) throw unauthenticated();
  return p;
}

export function accountRoutes(deps: WebDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const render = async (
    c: AppContext,
    p: Staff,
    extra: { secret?: { label: string; value: string }; error?: Message; notice?: string } = {},
    status: 200 | 201 | 401 | 409 | 422 = 200,
  ) =>
    c.html(
      accountPage({
        principal: p,
        tokens: await listApiTokens(deps.db, p.user.id),
        agencies: await listAgencies(deps.db),
        users: p.role === 'admin' ? await listUsers(deps.db) : null,
        ...extra,
      }),
      status,
    );

  app.get('/account', (c) => render(c, staff(c)));

  app.post('/account/password', async (c) => {
    const p = staff(c);
    if (p.via !== 'session') throw forbidden();
    const body = await readForm(c);
    const current = typeof body['current'] === 'string' ? body['current'] : '';
    const next = typeof body['password'] === 'string' ? body['password'] : '';
    const me = await findUserById(deps.db, p.user.id);
    if (!me || !(await verifyPassword(current, me.passwordHash))) {
      return render(c, p, { error: { zh: '当前密码不正确。', en: 'The current password is wrong.' } }, 401);
    }
    if ([...next].length < 12 || next.length > 200) {
      return render(c, p, { error: { zh: '新密码至少需要 12 个字符。', en: 'The new password needs at least 12 characters.' } }, 422);
    }
    await changePasswordHash(deps.db, p.user.id, await hashPassword(next), c.get('sessionIdHash'), { actor: actorOf(p), now: deps.now() });
    return render(c, p, { notice: '密码已修改；其他设备上的登录已失效。' });
  });

  app.post('/account/tokens', async (c) => {
    const p = staff(c);
    if (p.via !== 'session') throw forbidden();
    const name = field(await readForm(c), 'name').slice(0, 100);
    if (!name) return render(c, p, { error: { zh: '请填写令牌用途。', en: 'Say what the token is for.' } }, 422);
    const token = await issueApiToken(deps.db, p.user, { name }, { actor: actorOf(p), now: deps.now() });
    return render(c, p, { secret: { label: `新令牌“${name}”`, value: token } }, 201);
  });

  app.post('/account/tokens/:id/revoke', async (c) => {
    const p = staff(c);
    const id = intParam(c.req.param('id'));
    if (id !== undefined) await revokeApiToken(deps.db, p.user.id, id, { actor: actorOf(p), now: deps.now() });
    return c.redirect('/account', 303);
  });

  app.post('/account/users', async (c) => {
    const p = staff(c);
    if (p.role !== 'admin') throw forbidden();
    const body = await readForm(c);
    const role = field(body, 'role') as UserRole;
    const agencyText = field(body, 'agency');
    try {
      if (!USER_ROLES.includes(role)) throw new GongkaiError('INVALID_VALUE', { zh: '请选择角色。', en: 'Choose a role.' });
      const password = randomPassword();
      const user = await createUser(
        deps.db,
        {
          login: field(body, 'login'),
          displayName: field(body, 'displayName'),
          passwordHash: await hashPassword(password),
          role,
          scopeAgencyId: role === 'admin' ? null : (intParam(agencyText) ?? null),
        },
        { actor: actorOf(p), now: deps.now() },
      );
      return render(c, p, { secret: { label: `用户 ${user.login} 的初始密码`, value: password } }, 201);
    } catch (e) {
      if (!isGongkaiError(e) || (e.code !== 'INVALID_VALUE' && e.code !== 'CONFLICT' && e.code !== 'NOT_FOUND')) throw e;
      return render(c, p, { error: { zh: e.zh, en: e.en } }, e.code === 'CONFLICT' ? 409 : 422);
    }
  });

  return app;
}

import { describe, expect, it } from 'vitest';
import { isGongkaiError } from '../domain/shared/errors.js';
import { redactUrl, resolveDatabaseConfig } from './database-config.js';

describe('resolveDatabaseConfig', () => {
  const cwd = '/srv/gongkai';

  it('defaults to ./data/gongkai.sqlite', () => {
    expect(resolveDatabaseConfig({ env: {}, cwd })).toEqual({ engine: 'sqlite', file: '/srv/gongkai/data/gongkai.sqlite' });
    expect(resolveDatabaseConfig({ env: { GONGKAI_DB: 'x.db' }, cwd })).toEqual({ engine: 'sqlite', file: '/srv/gongkai/x.db' });
  });

  it('selects PostgreSQL with DATABASE_URL, unless --db names a file', () => {
    const env = { DATABASE_URL: 'postgres://u:p@db/gk' };
    expect(resolveDatabaseConfig({ env, cwd })).toEqual({ engine: 'postgres', url: 'postgres://u:p@db/gk' });
    expect(resolveDatabaseConfig({ env, cwd, file: 'local.sqlite' })).toEqual({ engine: 'sqlite', file: '/srv/gongkai/local.sqlite' });
  });

  it('refuses other URL schemes with a usage error', () => {
    try {
      resolveDatabaseConfig({ env: { DATABASE_URL: 'mysql://x' }, cwd });
      expect.unreachable();
    } catch (e) {
      expect(isGongkaiError(e) && e.code).toBe('USAGE');
    }
  });

  it('never prints a password', () => {
    expect(redactUrl('postgres://u:secret@db:5432/gk')).toBe('postgres://u:***@db:5432/gk');
  });
});

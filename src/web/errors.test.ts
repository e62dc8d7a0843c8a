import { describe, expect, it } from 'vitest';
import { ERROR_CODES, GongkaiError } from '../domain/shared/errors.js';
import { mapError, statusOf } from './errors.js';

describe('error mapping at the HTTP boundary', () => {
  it('gives every error code a status', () => {
    for (const code of ERROR_CODES) expect(statusOf(code)).toBeGreaterThanOrEqual(400);
  });

  it('maps the codes the API promises', () => {
    expect(statusOf('CONFLICT')).toBe(409);
    expect(statusOf('NOT_FOUND')).toBe(404);
    expect(statusOf('INVALID_VALUE')).toBe(422);
    expect(statusOf('NOT_A_REPORT')).toBe(400);
    expect(statusOf('INPUT_TOO_LARGE')).toBe(413);
    expect(statusOf('INPUT_BINARY')).toBe(415);
    expect(statusOf('DB_UNAVAILABLE')).toBe(503);
    expect(statusOf('DB_MIGRATION')).toBe(503);
  });

  it('keeps the bilingual message and hides unknown errors behind a logged 500', () => {
    const m = mapError(new GongkaiError('CONFLICT', { zh: '冲突', en: 'conflict' }));
    expect(m).toEqual({ status: 409, body: { error: { code: 'CONFLICT', message: { zh: '冲突', en: 'conflict' } } } });
    const logged: unknown[] = [];
    const internal = mapError(new Error('secret detail'), (e) => logged.push(e));
    expect(internal.status).toBe(500);
    expect(JSON.stringify(internal.body)).not.toContain('secret detail');
    expect(logged).toHaveLength(1);
  });
});

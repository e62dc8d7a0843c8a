import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.js';

describe('sign-in rate limiter', () => {
  const t0 = new Date('2026-11-24T10:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it('allows 5 failures per key per 15 minutes, then blocks until the window ends', () => {
    const l = createRateLimiter(5, 15 * 60_000);
    for (let i = 0; i < 5; i++) {
      expect(l.allowed('ip|admin', at(i))).toBe(true);
      l.fail('ip|admin', at(i));
    }
    expect(l.allowed('ip|admin', at(10))).toBe(false);
    expect(l.allowed('ip|other', at(10))).toBe(true);
    expect(l.allowed('ip|admin', at(15 * 60_000))).toBe(true);
  });

  it('forgets a key on success', () => {
    const l = createRateLimiter(2, 60_000);
    l.fail('k', t0);
    l.fail('k', t0);
    expect(l.allowed('k', t0)).toBe(false);
    l.reset('k');
    expect(l.allowed('k', t0)).toBe(true);
  });
});

/**
 * @module A fixed-window, in-memory rate limiter for sign-in: at most `max`
 * failed attempts per key (IP + login) per window. One process only; a
 * restart forgets. Good enough for one server; a shared store would be needed
 * behind a load balancer.
 */
export interface RateLimiter {
  /** True when the key may try now. */
  allowed(key: string, now: Date): boolean;
  /** Records a failed attempt. */
  fail(key: string, now: Date): void;
  /** Forgets the key (after a successful sign-in). */
  reset(key: string): void;
}

export function createRateLimiter(max = 5, windowMs = 15 * 60 * 1000): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const current = (key: string, now: Date) => {
    const w = windows.get(key);
    if (!w || now.getTime() - w.start >= windowMs) return undefined;
    return w;
  };
  return {
    allowed: (key, now) => (current(key, now)?.count ?? 0) < max,
    fail(key, now) {
      const w = current(key, now);
      if (w) w.count++;
      else windows.set(key, { start: now.getTime(), count: 1 });
      if (windows.size > 100_000) {
        for (const [k, v] of windows) if (now.getTime() - v.start >= windowMs) windows.delete(k);
      }
    },
    reset: (key) => void windows.delete(key),
  };
}

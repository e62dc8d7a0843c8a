/**
 * @module The time of a change: the caller's `now`, or the clock.
 */
import type { ChangeContext } from '../database.js';
import { encodeDate } from '../codecs.js';

export function changedAt(ctx: ChangeContext): string {
  return encodeDate(ctx.now ?? new Date());
}

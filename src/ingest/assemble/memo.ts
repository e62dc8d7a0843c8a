/**
 * @module Bounded memo tables for the label and cell forms that recur within and across reports.
 *
 * V8 represents a substring of 13 or more characters as a slice that keeps its whole parent string
 * alive. Token texts are cut from the document, so a cache keyed by them would keep every document it
 * ever saw. Keys and string results are therefore copied into fresh strings before they are stored.
 */

const SLICE_MIN = 13;

/** A copy of `s` that does not share memory with the document it was cut from. */
export function detach(s: string): string {
  return s.length < SLICE_MIN ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Deep-copies the strings of a cached value (strings, arrays and plain objects). */
function detachValue<T>(v: T): T {
  if (typeof v === 'string') return detach(v) as T;
  if (Array.isArray(v)) return v.map(detachValue) as T;
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, detachValue(x)])) as T;
  }
  return v;
}

/** A memoised `fn` holding at most `max` entries (cleared when full). */
export function boundedMemo<T>(fn: (s: string) => T, max = 5_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = detachValue(fn(s));
      cache.set(detach(s), v);
    }
    return v;
  };
}

/**
 * @module Reading integers from paths, queries and forms: anything that is not
 * a plain positive integer is `undefined`, never NaN.
 */
export function intParam(v: unknown): number | undefined {
  if (typeof v !== 'string' || !/^\d{1,9}$/.test(v.trim())) return undefined;
  const n = Number(v.trim());
  return n > 0 ? n : undefined;
}

/** A report year from a query or form (2008–2100), or the fallback. */
export function yearParam(v: unknown, fallback: number): number {
  const y = intParam(v);
  return y !== undefined && y >= 2008 && y <= 2100 ? y : fallback;
}

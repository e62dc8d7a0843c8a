/**
 * @module Reading integers from paths, queries and forms: anything that is not
 * a plain positive integer is `undefined`, never NaN.
 */
export function intParam(v: unknown): number | undefined {
  if (typeof v !== 'string' || !/^\d{1,9}$/.test(v.trim())) return undefined;
  const n = Number(v.trim());
  return n > 0 ? n : undefined;
}

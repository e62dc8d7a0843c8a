/**
 * @module Reading posted forms: text fields as strings, files as `File`s.
 */
import type { AppContext } from './context.js';

export type FormBody = Record<string, string | File | (string | File)[]>;

export function readForm(c: AppContext): Promise<FormBody> {
  return c.req.parseBody({ all: true });
}

/** The first text value of a field, trimmed; '' when absent. */
export function field(body: FormBody, name: string): string {
  const v = body[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first.trim() : '';
}

/** Every file posted under the field. */
export function files(body: FormBody, name: string): File[] {
  const v = body[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return all.filter((f): f is File => typeof f !== 'string' && f.size >= 0 && typeof f.arrayBuffer === 'function');
}

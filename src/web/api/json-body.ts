/**
 * @module A JSON request body read against its schema: not JSON, or not the
 * schema's shape, is the route's own INVALID_VALUE error naming what is wrong.
 */
import type { z } from 'zod';
import type { GongkaiError } from '../../domain/shared/errors.js';
import type { AppContext } from '../context.js';

export async function parseJsonBody<S extends z.ZodType>(c: AppContext, schema: S, invalidBody: (detail: string) => GongkaiError): Promise<z.infer<S>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw invalidBody('不是 JSON / not JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw invalidBody(parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '));
  return parsed.data;
}

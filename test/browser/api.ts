/**
 * Reading the site's JSON API from a browser context (with its cookies, so as
 * whoever is signed in there): to check what the pages did, from the outside.
 */
import type { Page } from 'playwright-core';

/** GETs a JSON resource; fails unless 200. */
export async function getJson<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  if (res.status() !== 200) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A cell of a report's canonical JSON by its path (`table4.reconsideration.upheld`); undefined when absent. */
export function cellOf(model: unknown, path: string): number | null | undefined {
  let node = model;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node as number | null | undefined;
}

/** `GET /api/reports/:id/versions` */
export interface ReportVersions {
  readonly report: { readonly id: number; readonly version: number; readonly status: string; readonly agencyId: number | null };
  readonly versions: readonly {
    readonly version: number;
    readonly kind: string;
    readonly corrections: readonly { readonly path: string; readonly oldValue: number | null; readonly newValue: number | null; readonly reason: string; readonly at: string }[];
  }[];
}

/** `GET /api/agencies`: the id of the agency of that name. */
export async function agencyIdOf(page: Page, name: string): Promise<number> {
  const { agencies } = await getJson<{ agencies: { id: number; name: string }[] }>(page, '/api/agencies');
  const hit = agencies.find((a) => a.name === name);
  if (!hit) throw new Error(`no agency ${name}`);
  return hit.id;
}

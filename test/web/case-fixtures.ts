/**
 * Shared pieces of the case page tests: an application as the public form
 * posts it, with personal data easy to search for in pages and logs.
 */
import { Client } from './web-harness.js';

export const PERSON = { name: '欧阳明远', idNumber: '11010519491231002X', phone: '13912345678', email: 'mingyuan@example.com', address: '兴和县城关镇幸福路8号' } as const;

export function applicationFields(agencyId: number, over: Record<string, string> = {}): Record<string, string> {
  return {
    agency: String(agencyId),
    kind: 'naturalPerson',
    name: PERSON.name,
    idType: 'residentIdCard',
    idNumber: PERSON.idNumber,
    phone: PERSON.phone,
    email: PERSON.email,
    address: PERSON.address,
    description: '2025年兴和县城区道路改造工程的招标文件',
    form: 'electronic',
    delivery: 'email',
    ...over,
  };
}

/** Posts the public application form; returns the response and, on success, the case number and code. */
export async function apply(c: Client, agencyId: number, over: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const form = await (await c.get('/apply')).text();
  const res = await c.post('/apply', { _csrf: Client.csrfOf(form), ...applicationFields(agencyId, over) }, headers);
  const html = await res.text();
  const caseNumber = /案件编号<\/dt><dd><strong>([^<]+)<\/strong>/.exec(html)?.[1];
  const code = /class="lookup-code">([^<]+)</.exec(html)?.[1];
  return { res, html, caseNumber, code };
}

/** Posts the status form. */
export async function status(c: Client, caseNumber: string, code: string, headers: Record<string, string> = {}) {
  const form = await (await c.get('/status')).text();
  const res = await c.post('/status', { _csrf: Client.csrfOf(form), caseNumber, code }, headers);
  return { res, html: await res.text() };
}

export function containsPersonalData(text: string): string[] {
  return Object.values(PERSON).filter((v) => text.includes(v));
}

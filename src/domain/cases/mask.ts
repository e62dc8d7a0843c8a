/**
 * @module Masking an applicant's personal data for pages and lists (张*,
 * 1101**********002X, 138****0000): enough to tell applicants apart, too
 * little to identify or reach them. Full data only on the case page of staff
 * who handle the case; never on public pages or in logs.
 */
import type { Applicant, Contact, IdDocument } from './applicant.js';

const keep = (text: string, head: number, tail: number): string => {
  const chars = [...text];
  if (chars.length <= head + tail) return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
  return `${chars.slice(0, head).join('')}${'*'.repeat(chars.length - head - tail)}${tail ? chars.slice(-tail).join('') : ''}`;
};

/** A person's name keeps its first character (张*, 欧阳**); an organisation's name is public and kept. */
export function maskName(name: string, person: boolean): string {
  return person ? keep(name.trim(), 1, 0) : name.trim();
}

/** An identity number keeps its first 4 and last 4 characters (4 and 2 for short numbers). */
export function maskIdNumber(number: string): string {
  const n = number.trim();
  return n.length >= 12 ? keep(n, 4, 4) : keep(n, 2, 2);
}

/** A phone number keeps its first 3 and last 4 digits. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  return p.length >= 8 ? keep(p, 3, 4) : keep(p, 1, 1);
}

/** An e-mail address keeps the first character and the domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? keep(email, 1, 0) : `${email[0]}***${email.slice(at)}`;
}

/** An address keeps its first 6 characters (the place, not the door). */
export function maskAddress(address: string): string {
  const chars = [...address.trim()];
  return chars.length <= 6 ? keep(address.trim(), 1, 0) : `${chars.slice(0, 6).join('')}***`;
}

export interface MaskedApplicant {
  readonly kind: Applicant['kind'];
  readonly name: string;
  readonly idProof: IdDocument;
  readonly contact: Contact;
}

/** The applicant with every personal field masked (organisations keep their name and credit code: they are public). */
export function maskApplicant(a: Applicant): MaskedApplicant {
  const person = a.kind === 'naturalPerson';
  const contact: { phone?: string; email?: string; address?: string } = {};
  if (a.contact.phone) contact.phone = maskPhone(a.contact.phone);
  if (a.contact.email) contact.email = maskEmail(a.contact.email);
  if (a.contact.address) contact.address = maskAddress(a.contact.address);
  return {
    kind: a.kind,
    name: maskName(a.name, person),
    idProof: { type: a.idProof.type, number: a.idProof.type === 'uscc' ? a.idProof.number : maskIdNumber(a.idProof.number) },
    contact,
  };
}

/**
 * @module The `case_applicants` table: the applicant's identity and contact
 * data (Art. 29), kept apart from the events so that it can be masked and is
 * never copied into events, audit rows or logs.
 */
import type { Insertable, Selectable } from 'kysely';
import type { ApplicantKind, IdDocumentType } from '../../domain/cases/applicant.js';

export interface CaseApplicantsTable {
  case_id: number;
  kind: ApplicantKind;
  name: string;
  id_type: IdDocumentType;
  id_number: string;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export type CaseApplicantRow = Selectable<CaseApplicantsTable>;
export type NewCaseApplicantRow = Insertable<CaseApplicantsTable>;

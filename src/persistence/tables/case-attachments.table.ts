/**
 * @module The `case_attachments` table: documents filed with an event (the
 * application form, a letter, a decision), stored by content in `files`.
 */
import type { Insertable, Selectable } from 'kysely';
import type { Id, Timestamp } from './column-types.js';

export interface CaseAttachmentsTable {
  id: Id;
  case_id: number;
  seq: number;
  file_sha256: string;
  name: string;
  created_at: Timestamp;
  created_by: string;
}

export type CaseAttachmentRow = Selectable<CaseAttachmentsTable>;
export type NewCaseAttachmentRow = Insertable<CaseAttachmentsTable>;

/**
 * @module The `review_entries` table: the register of administrative
 * reconsiderations (行政复议) and lawsuits (行政诉讼) about disclosure, linked
 * to a case or standalone — the source of Table 4.
 */
import type { Insertable, Selectable } from 'kysely';
import type { ReviewKind, ReviewResult } from '../../domain/cases/table4.js';
import type { Id, Timestamp } from './column-types.js';

export interface ReviewEntriesTable {
  id: Id;
  agency_id: number;
  case_id: number | null;
  kind: ReviewKind;
  filed_on: string;
  /** null while pending (尚未审结). */
  outcome: ReviewResult | null;
  decided_on: string | null;
  reference: string;
  note: string;
  /** Bumped by every update (optimistic concurrency). */
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type ReviewEntryRow = Selectable<ReviewEntriesTable>;
export type NewReviewEntryRow = Insertable<ReviewEntriesTable>;

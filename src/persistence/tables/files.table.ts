/**
 * @module The `files` table: every original document, byte for byte, keyed by
 * the SHA-256 of its content (see docs/decisions/0033-originals-in-the-database.md).
 */
import type { Insertable, Selectable } from 'kysely';
import type { BytesColumn, Timestamp } from './column-types.js';

export interface FilesTable {
  /** Lower-case hex SHA-256 of `content`. */
  sha256: string;
  size: number;
  /** What `detectInputType` saw (`pdf`, `docx`, `html`, `text`…). */
  input_type: string;
  /** The media type that goes with it (`application/pdf`…). */
  media_type: string;
  first_seen_at: Timestamp;
  /** Last column: SQLite keeps large values in overflow pages, read only when selected. */
  content: BytesColumn;
}

export type FileRow = Selectable<FilesTable>;
export type NewFileRow = Insertable<FilesTable>;

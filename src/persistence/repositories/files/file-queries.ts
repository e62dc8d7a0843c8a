/**
 * @module Reading stored originals: the facts without the bytes, or the bytes.
 */
import type { Executor } from '../../database.js';
import { decodeBytes, decodeDate } from '../../codecs.js';

export interface StoredFileInfo {
  readonly sha256: string;
  readonly size: number;
  readonly inputType: string;
  readonly mediaType: string;
  readonly firstSeenAt: Date;
}

export async function getFileInfo(db: Executor, sha256: string): Promise<StoredFileInfo | undefined> {
  const row = await db
    .selectFrom('files')
    .select(['sha256', 'size', 'input_type', 'media_type', 'first_seen_at'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row
    ? { sha256: row.sha256, size: row.size, inputType: row.input_type, mediaType: row.media_type, firstSeenAt: decodeDate(row.first_seen_at) }
    : undefined;
}

/** The original bytes, exactly as stored; undefined when there is no such file. */
export async function getFileContent(db: Executor, sha256: string): Promise<Uint8Array | undefined> {
  const row = await db.selectFrom('files').select('content').where('sha256', '=', sha256).executeTakeFirst();
  return row ? decodeBytes(row.content) : undefined;
}

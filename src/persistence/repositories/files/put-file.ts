/**
 * @module Storing an original file, byte for byte, keyed by its SHA-256.
 * Idempotent: the same bytes again change nothing and report `created: false`.
 */
import { createHash } from 'node:crypto';
import { detectInputType } from '../../../ingest/detect.js';
import type { ChangeContext, Executor } from '../../database.js';
import { encodeBytes } from '../../codecs.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { invalid } from '../errors.js';
import { writeAudit } from '../audit/write-audit.js';
import { getFileInfo, type StoredFileInfo } from './file-queries.js';
import { mediaTypeOf } from './media-type.js';

export interface PutFileResult extends StoredFileInfo {
  /** False when these bytes were already stored. */
  readonly created: boolean;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function putFile(db: Executor, bytes: Uint8Array, ctx: ChangeContext): Promise<PutFileResult> {
  if (bytes.length === 0) throw invalid('空文件不能保存。', 'An empty file cannot be stored.');
  const sha256 = sha256Hex(bytes);
  return inTransaction(db, async (trx) => {
    const known = await getFileInfo(trx, sha256);
    if (known) return { ...known, created: false };
    const inputType = detectInputType(bytes);
    const row = {
      sha256,
      size: bytes.length,
      input_type: inputType,
      media_type: mediaTypeOf(inputType),
      first_seen_at: changedAt(ctx),
    };
    const inserted = await trx
      .insertInto('files')
      .values({ ...row, content: encodeBytes(bytes) })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .returning('sha256')
      .executeTakeFirst();
    if (!inserted) {
      // Stored by a concurrent transaction between our look-up and our insert.
      const now = await getFileInfo(trx, sha256);
      if (now) return { ...now, created: false };
    }
    const info: StoredFileInfo = { sha256, size: row.size, inputType, mediaType: row.media_type, firstSeenAt: new Date(row.first_seen_at) };
    await writeAudit(trx, { action: 'file.put', entity: 'file', entityId: sha256, after: { sha256, size: info.size, inputType, mediaType: info.mediaType } }, ctx);
    return { ...info, created: true };
  });
}

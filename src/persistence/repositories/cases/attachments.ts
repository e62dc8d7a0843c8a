/**
 * @module Documents filed with a case event (an application form, a letter, a
 * decision, a proof of delivery): stored by content in `files` (the same bytes
 * are kept once) and linked to the event by `case_attachments`.
 */
import type { ChangeContext, Executor } from '../../database.js';
import { decodeDate } from '../../codecs.js';
import { inTransaction } from '../../transaction.js';
import { changedAt } from '../clock.js';
import { invalid, notFound } from '../errors.js';
import { writeAudit } from '../audit/write-audit.js';
import { putFile } from '../files/put-file.js';
import type { AttachmentInfo } from './case-row.js';

export interface NewAttachment {
  /** The file name, for people (`申请表.pdf`). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

function cleanName(name: string): string {
  const n = name.replace(/[\\/]/gu, '_').replace(/\s+/gu, ' ').trim();
  if (!n) throw invalid('附件须有文件名。', 'An attachment needs a file name.');
  if (n.length > 200) throw invalid('附件文件名过长。', 'The attachment’s file name is too long.');
  return n;
}

/** Stores the files and links them to event `seq` of the case; the caller's transaction, no audit row of its own. */
export async function storeAttachments(trx: Executor, caseId: number, seq: number, attachments: readonly NewAttachment[], ctx: ChangeContext): Promise<AttachmentInfo[]> {
  const out: AttachmentInfo[] = [];
  for (const a of attachments) {
    const name = cleanName(a.name);
    const file = await putFile(trx, a.bytes, ctx);
    const at = changedAt(ctx);
    const row = await trx
      .insertInto('case_attachments')
      .values({ case_id: caseId, seq, file_sha256: file.sha256, name, created_at: at, created_by: ctx.actor })
      .returning('id')
      .executeTakeFirstOrThrow();
    out.push({ id: row.id, seq, name, sha256: file.sha256, createdAt: decodeDate(at), createdBy: ctx.actor });
  }
  return out;
}

/** Adds documents to an event already recorded (a scan that came later), with an audit row (file names, which may name the applicant, stay out of it). */
export async function attachToEvent(db: Executor, input: { readonly caseId: number; readonly seq: number; readonly attachments: readonly NewAttachment[] }, ctx: ChangeContext): Promise<AttachmentInfo[]> {
  if (input.attachments.length === 0) return [];
  return inTransaction(db, async (trx) => {
    const event = await trx.selectFrom('case_events').select('seq').where('case_id', '=', input.caseId).where('seq', '=', input.seq).executeTakeFirst();
    if (!event) throw notFound('案件事件', 'case event', `${input.caseId}/${input.seq}`);
    const stored = await storeAttachments(trx, input.caseId, input.seq, input.attachments, ctx);
    await writeAudit(trx, { action: 'case.attach', entity: 'case', entityId: input.caseId, after: { seq: input.seq, files: stored.map((s) => s.sha256) } }, ctx);
    return stored;
  });
}

/** Every attachment of a case, by event and in the order filed. */
export async function listAttachments(db: Executor, caseId: number): Promise<AttachmentInfo[]> {
  const rows = await db.selectFrom('case_attachments').selectAll().where('case_id', '=', caseId).orderBy('seq').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, seq: r.seq, name: r.name, sha256: r.file_sha256, createdAt: decodeDate(r.created_at), createdBy: r.created_by }));
}

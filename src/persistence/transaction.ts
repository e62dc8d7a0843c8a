/**
 * @module One unit of work: run in the caller's transaction when given one,
 * otherwise in a new transaction.
 */
import type { Transaction } from 'kysely';
import type { Database, Executor } from './database.js';

export function inTransaction<R>(db: Executor, work: (trx: Transaction<Database>) => Promise<R>): Promise<R> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}

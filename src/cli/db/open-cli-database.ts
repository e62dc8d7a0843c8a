/**
 * @module The database a command works on: `--db PATH` (SQLite), else
 * `DATABASE_URL` (PostgreSQL), else `GONGKAI_DB` or `./data/gongkai.sqlite`.
 */
import { openConfiguredDatabase, type OpenedDatabase } from '../../persistence/open-database.js';
import type { DbOption } from './db-option.js';


export function openCliDatabase(opts: DbOption): Promise<OpenedDatabase> {
  return openConfiguredDatabase(opts.db ? { file: opts.db } : {});
}

/** Runs `work` with the database open, and always closes it. */
export async function withCliDatabase<T>(opts: DbOption, work: (opened: OpenedDatabase) => Promise<T>): Promise<T> {
  const opened = await openCliDatabase(opts);
  try {
    return await work(opened);
  } finally {
    await opened.close();
  }
}

/**
 * The persistence contract against SQLite: a fresh temporary file per case.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openDatabase } from '../../src/persistence/open-database.js';
import { analysisContract } from './analysis.case.js';
import { calendarContract } from './calendar.case.js';
import { casesContract } from './cases.case.js';
import { casesReportContract } from './cases-report.case.js';
import { persistenceContract } from './persistence.case.js';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const openSqlite = async (options?: { migrate?: boolean }) => {
  // A nested directory that does not exist yet: opening creates it.
  const opened = await openDatabase({ engine: 'sqlite', file: join(dir, `case-${n++}`, 'gongkai.sqlite') }, options);
  return { db: opened.db, engine: opened.engine, close: opened.close };
};

persistenceContract('sqlite', openSqlite);
calendarContract('sqlite', openSqlite);
casesContract('sqlite', openSqlite);
casesReportContract('sqlite', openSqlite);
analysisContract('sqlite', openSqlite);

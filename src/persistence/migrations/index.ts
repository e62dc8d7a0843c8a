/**
 * @module Every migration, by name. Names are timestamps (`YYYYMMDD-HHMM-what`)
 * and sort in the order the migrations run. Append only; never edit or reorder.
 */
import type { Migration } from 'kysely';
import { createRegistry } from './20261124-0900-create-registry.js';
import { createAccounts } from './20261124-0910-create-accounts.js';
import { createCalendarNotices } from './20261124-1100-create-calendar-notices.js';
import { createReportFigures } from './20261125-0900-create-report-figures.js';
import { createCases } from './20261125-1000-create-cases.js';
import { generatedReportVersions } from './20261125-1010-generated-report-versions.js';
import { agencyVersions } from './20261126-0900-agency-versions.js';
import { inboxIndexes } from './20261126-0910-inbox-indexes.js';

export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '20261124-0900-create-registry': createRegistry,
  '20261124-0910-create-accounts': createAccounts,
  '20261124-1100-create-calendar-notices': createCalendarNotices,
  '20261125-0900-create-report-figures': createReportFigures,
  '20261125-1000-create-cases': createCases,
  '20261125-1010-generated-report-versions': generatedReportVersions,
  '20261126-0900-agency-versions': agencyVersions,
  '20261126-0910-inbox-indexes': inboxIndexes,
});

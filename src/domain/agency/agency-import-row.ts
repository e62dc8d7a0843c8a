/**
 * @module One row of an agency list (CSV or XLSX) as read from the file, before
 * it is matched against the stored tree: what `ingest/agency-list` produces and
 * `importAgencies` consumes.
 */
import type { AgencyLevel } from './agency.js';

export interface AgencyImportRow {
  /** Line (CSV) or row (XLSX) number, for messages. */
  readonly line: number;
  readonly name: string;
  /** Parent by name, path (`甲/乙`) or credit code; null or empty for a root. */
  readonly parent: string | null;
  readonly level: AgencyLevel;
  readonly uscc: string | null;
  readonly aliases: readonly string[];
}

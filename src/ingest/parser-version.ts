/**
 * @module The version of the readers, stored with every parsed report so that a
 * re-parse after an improvement can be told apart from the reading it replaces.
 * It is the package version (`gongkai 0.1.0`), read once from package.json
 * (two levels up from both `src/ingest/` and `dist/ingest/`).
 */
import { readFileSync } from 'node:fs';

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const PARSER_VERSION = `gongkai ${packageVersion()}`;

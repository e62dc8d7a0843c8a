/**
 * Builds `dist/` once before the tests that run the real `gongkai` binary, and
 * drops the PostgreSQL test schemas earlier runs were killed before dropping.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { dropStaleSchemas, postgresAvailable } from './contract/postgres-test-db.js';

export default async function setup(): Promise<void> {
  const startedAt = Date.now();
  const root = join(import.meta.dirname, '..');
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (!(await postgresAvailable())) return;
  const dropped = await dropStaleSchemas(startedAt);
  if (dropped.length > 0) console.error(`dropped ${dropped.length} test schema(s) left by killed runs: ${dropped.join(', ')}`);
}

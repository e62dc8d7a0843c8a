import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportJsonSchemaText } from '../../domain/annual-report/report-schema.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const committed = (): string => readFileSync(join(root, 'schema/report.schema.json'), 'utf8');

describe('schema/report.schema.json', () => {
  it('is what the zod schema generates (run `npx tsx scripts/write-schema.ts` after changing the model)', () => {
    expect(committed()).toBe(reportJsonSchemaText());
  });

  it('is what scripts/write-schema.ts writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-schema-'));
    try {
      const out = join(dir, 'report.schema.json');
      execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/write-schema.ts'), out], { cwd: root });
      expect(readFileSync(out, 'utf8')).toBe(committed());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

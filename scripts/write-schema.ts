/**
 * @module Writes `schema/report.schema.json`, the JSON Schema of the report
 * contract, from the zod schema in `src/domain/annual-report/report-schema.ts`.
 *
 *   npx tsx scripts/write-schema.ts            # rewrite the committed file
 *   npx tsx scripts/write-schema.ts OUT.json   # write elsewhere (the test uses this)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportJsonSchemaText } from '../src/domain/annual-report/report-schema.js';

const out = process.argv[2] ?? fileURLToPath(new URL('../schema/report.schema.json', import.meta.url));
writeFileSync(out, reportJsonSchemaText());

/**
 * @module The canonical report as a zod schema: the machine-checkable form of the
 * JSON contract (domain.md §5). One strict object per format, discriminated on
 * `format`, built from the format definitions so the keys can never drift from
 * the template. `schema/report.schema.json` is generated from it
 * (`npx tsx scripts/write-schema.ts`).
 */
import { z } from 'zod';
import { FORMAT_IDS, type FormatId } from './columns.js';
import { cellSpecs, type CellSpec } from './formats/index.js';
import { SECTIONS } from './sections.js';
import { REPORT_SCHEMA } from './report.js';

/** A table cell: a number, or `null` for a blank or missing cell (never rewritten to 0). */
const cellValueSchema = z.number().nullable();

const sourceLocationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('line'), line: z.int().min(1), column: z.int().min(0).optional() }),
  z.strictObject({ kind: z.literal('element'), path: z.string() }),
  z.strictObject({
    kind: z.literal('page'),
    page: z.int().min(1),
    x: z.number().optional(),
    y: z.number().optional(),
    line: z.int().min(1).optional(),
  }),
  z.strictObject({ kind: z.literal('sheet'), sheet: z.string(), cell: z.string() }),
  z.strictObject({ kind: z.literal('derived'), note: z.string() }),
]);

export const cellSourceSchema = z
  .strictObject({
    raw: z.string().describe('The cell text as it stands in the document ("" for a blank cell).'),
    at: sourceLocationSchema,
  })
  .meta({ id: 'CellSource', description: 'Where a cell value was read.' });

const messageSchema = z.strictObject({ zh: z.string(), en: z.string() });

export const findingSchema = z
  .strictObject({
  rule: z.string().min(1).describe('Rule id: R1…R6, R3b, W1…W8, W-FMT, or a parser id such as P-AMBIGUOUS.'),
  severity: z.enum(['error', 'warning', 'info']),
  message: messageSchema,
  paths: z.array(z.string()),
  expected: z.number().optional(),
  actual: z.number().optional(),
  candidates: z.array(z.array(z.number())).optional(),
  blanksAsZero: z.boolean().optional(),
  })
  .meta({ id: 'Finding', description: 'What a parser or a consistency rule has to say about the report.' });

const amountUnitSchema = z.enum(['yuan', 'wan']).nullable();

/** Template cells of a format, nested by path below their table: `{ row: { col: spec } }`. */
interface SpecTree {
  [key: string]: CellSpec | SpecTree;
}

function isSpec(node: CellSpec | SpecTree): node is CellSpec {
  return typeof (node as CellSpec).path === 'string' && typeof (node as CellSpec).label === 'string';
}

function specTree(format: FormatId, table: CellSpec['table']): SpecTree {
  const root: SpecTree = {};
  for (const spec of cellSpecs(format)) {
    if (spec.table !== table) continue;
    const parts = spec.path.split('.').slice(1);
    let node = root;
    for (const p of parts.slice(0, -1)) {
      const next = node[p];
      if (next === undefined || isSpec(next)) {
        const made: SpecTree = {};
        node[p] = made;
        node = made;
      } else {
        node = next;
      }
    }
    node[parts[parts.length - 1]!] = spec;
  }
  return root;
}

/** A strict nested object over the tree; `optional` makes every level optional (for `sources`). */
function treeSchema(tree: SpecTree, leaf: (spec: CellSpec) => z.ZodType, optional: boolean): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, node] of Object.entries(tree)) {
    const s = isSpec(node) ? leaf(node) : treeSchema(node, leaf, optional);
    shape[key] = optional ? s.optional() : s;
  }
  return z.strictObject(shape);
}

function formatSchema(format: FormatId) {
  const tables = (['table2', 'table3', 'table4'] as const).map((t) => [t, specTree(format, t)] as const);
  const values = Object.fromEntries(
    tables.map(([t, tree]) => [t, treeSchema(tree, (spec) => cellValueSchema.describe(spec.label), false)]),
  );
  const sources = z.strictObject(
    Object.fromEntries(tables.map(([t, tree]) => [t, treeSchema(tree, () => cellSourceSchema, true)])),
  );
  const amountPaths = cellSpecs(format).filter((s) => s.kind === 'amount');
  const units = z
    .strictObject(Object.fromEntries(amountPaths.map((s) => [s.path, amountUnitSchema.optional().describe(`单位：${s.label}`)])))
    .describe('Detected unit of each amount cell, keyed by cell path.');
  const sections = z.strictObject(
    Object.fromEntries(SECTIONS.map((s) => [s.key, z.string().nullable().describe(s.heading)])),
  );
  return z.strictObject({
    schema: z.literal(REPORT_SCHEMA),
    format: z.literal(format),
    year: z.int().nullable().describe('Report year (reporting period 1 Jan – 31 Dec).'),
    agency: z.string().nullable(),
    title: z.string().nullable(),
    publishedAt: z.iso.date().nullable().describe('Publication date, YYYY-MM-DD.'),
    sections,
    table2: values['table2']!,
    table3: values['table3']!,
    table4: values['table4']!,
    units,
    sources,
    findings: z.array(findingSchema),
  });
}

/** The canonical report, one strict shape per format, discriminated on `format`. */
export const reportSchema = z
  .discriminatedUnion(
    'format',
    FORMAT_IDS.map((f) => formatSchema(f)) as [ReturnType<typeof formatSchema>, ...ReturnType<typeof formatSchema>[]],
  )
  .meta({
    title: '政府信息公开工作年度报告 / Government information disclosure annual report',
    description: `gongkai canonical report (${REPORT_SCHEMA}). Table values are numbers or null (blank in the document).`,
  });

/** The JSON Schema of the contract, as written to `schema/report.schema.json`. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** The exact text of `schema/report.schema.json` (pretty JSON, trailing newline). */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}

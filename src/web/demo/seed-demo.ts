/**
 * @module First start with an empty database: the demo agency tree, the
 * sample reports (through the same `importReport` as every upload) and three
 * demo users — an administrator, a supervisor of one county and a clerk of one
 * agency — with random passwords, returned once for printing. Does nothing
 * when the database already holds agencies, reports or users.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkReport } from '../../domain/annual-report/rules/index.js';
import { parseReport } from '../../ingest/parse.js';
import { PARSER_VERSION } from '../../ingest/parser-version.js';
import type { Db, Executor } from '../../persistence/database.js';
import { inTransaction } from '../../persistence/transaction.js';
import { createAgency } from '../../persistence/repositories/agencies/create-agency.js';
import { findAgenciesByName, listAgencies, loadAgencyMatcher } from '../../persistence/repositories/agencies/agency-queries.js';
import { createUser, hasUsers, type UserRole } from '../../persistence/repositories/accounts/users.js';
import { importReport } from '../../persistence/repositories/reports/import-report.js';
import { countReports } from '../../persistence/repositories/reports/report-queries.js';
import { canonicalReport } from '../../render/json/canonical.js';
import { hashPassword } from '../auth/password.js';
import { randomPassword } from '../auth/secrets.js';
import { DEMO_REGION, type DemoAgency } from './demo-agencies.js';
import { seedDemoCases } from './demo-cases.js';

export interface DemoAccount {
  readonly login: string;
  readonly password: string;
  readonly role: UserRole;
  readonly scope: string | null;
}

export interface SeedResult {
  readonly seeded: boolean;
  readonly agencies: number;
  readonly reports: number;
  readonly accounts: readonly DemoAccount[];
}

const ACTOR = { actor: 'system:demo' };

async function createTree(db: Executor, node: DemoAgency, parentId: number | null): Promise<number> {
  const a = await createAgency(db, { name: node.name, level: node.level, parentId, aliases: node.aliases ?? [] }, ACTOR);
  let n = 1;
  for (const child of node.children ?? []) n += await createTree(db, child, a.id);
  return n;
}

async function agencyId(db: Executor, name: string): Promise<number> {
  const hit = (await findAgenciesByName(db, name))[0];
  if (!hit) throw new Error(`demo agency missing: ${name}`);
  return hit.id;
}

/** All or nothing: an interrupted first start leaves an empty database, and the next start seeds again. */
export function seedDemo(db: Db, samplesDir: string): Promise<SeedResult> {
  return inTransaction(db, (trx) => seedIn(trx, samplesDir));
}

async function seedIn(db: Executor, samplesDir: string): Promise<SeedResult> {
  const empty = (await listAgencies(db)).length === 0 && (await countReports(db)) === 0 && !(await hasUsers(db));
  if (!empty) return { seeded: false, agencies: 0, reports: 0, accounts: [] };

  const agencies = await createTree(db, DEMO_REGION, null);
  const matcher = await loadAgencyMatcher(db);
  let reports = 0;
  const names = (await readdir(samplesDir)).filter((f) => f.endsWith('.txt')).sort();
  for (const name of names) {
    const bytes = new Uint8Array(await readFile(join(samplesDir, name)));
    const { report } = await parseReport(bytes);
    const own = report.findings.filter((f) => f.rule.startsWith('P-'));
    const model = canonicalReport({ ...report, findings: [...own, ...checkReport(report)] });
    await importReport(db, { bytes, report: model, parserVersion: PARSER_VERSION, sourceName: name, matcher }, ACTOR);
    reports++;
  }

  const plan: readonly { login: string; displayName: string; role: UserRole; scope: string | null }[] = [
    { login: 'admin', displayName: '系统管理员', role: 'admin', scope: null },
    { login: 'supervisor', displayName: '成安县政务公开办', role: 'supervisor', scope: '成安县' },
    { login: 'clerk', displayName: '兴和县经办人', role: 'clerk', scope: '兴和县' },
  ];
  const accounts: DemoAccount[] = [];
  for (const p of plan) {
    const password = randomPassword();
    const scopeAgencyId = p.scope === null ? null : await agencyId(db, p.scope);
    await createUser(db, { login: p.login, displayName: p.displayName, passwordHash: await hashPassword(password), role: p.role, scopeAgencyId }, ACTOR);
    accounts.push({ login: p.login, password, role: p.role, scope: p.scope });
  }
  await seedDemoCases(db, await agencyId(db, '兴和县'), new Date());
  return { seeded: true, agencies, reports, accounts };
}

import { describe, expect, it } from 'vitest';
import type { StoredReport } from '../../persistence/repositories/reports/report-row.js';
import type { User } from '../../persistence/repositories/accounts/users.js';
import { PUBLIC, canAssign, canRead, canWrite, type Principal } from './principal.js';

const report = (agencyId: number | null): StoredReport => ({
  id: 1,
  fileSha256: 'x',
  agencyId,
  status: agencyId === null ? 'unmatched' : 'matched',
  agencyName: null,
  year: 2024,
  format: '2021',
  sourceName: null,
  version: 1,
  createdAt: new Date(0),
  updatedAt: new Date(0),
});

const user = (role: User['role'], scope: number[] | null): Principal => ({
  kind: 'user',
  user: { id: 1, login: 'u', displayName: 'u', role, scopeAgencyId: scope?.[0] ?? null, disabled: false },
  role,
  scope: scope ? new Set(scope) : null,
  via: 'session',
  csrfToken: 't',
});

describe('who may read and change what', () => {
  it('the public reads matched reports only and changes nothing', () => {
    expect(canRead(PUBLIC, report(5))).toBe(true);
    expect(canRead(PUBLIC, report(null))).toBe(false);
    expect(canWrite(PUBLIC, report(5))).toBe(false);
  });

  it('a clerk changes only their agency and never sees the queue', () => {
    const clerk = user('clerk', [5]);
    expect(canWrite(clerk, report(5))).toBe(true);
    expect(canWrite(clerk, report(6))).toBe(false);
    expect(canRead(clerk, report(null))).toBe(false);
    expect(canAssign(clerk)).toBe(false);
  });

  it('a supervisor changes their subtree and works the queue; an admin everything', () => {
    const sup = user('supervisor', [5, 6]);
    expect(canWrite(sup, report(6))).toBe(true);
    expect(canWrite(sup, report(7))).toBe(false);
    expect(canRead(sup, report(null))).toBe(true);
    expect(canAssign(sup)).toBe(true);
    expect(canWrite(user('admin', null), report(7))).toBe(true);
  });
});

/**
 * Simulated histories: valid event by event (replaying them gives the same
 * state), reproducible from the seed, and varied — every applicant kind, every
 * event type, every outcome, corrections, consultations, extensions, fees,
 * carry-overs into the next year, reconsiderations and lawsuits with every
 * result and pending ones.
 */
import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../calendar/national-notices.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import { APPLICANT_KINDS, applicationProblems } from '../index.js';
import { CASE_EVENT_TYPES } from '../case-events.js';
import { replayCase } from '../fold-case.js';
import { OUTCOMES } from '../outcome.js';
import { computeTable3, summarizeCase } from '../table3.js';
import { simulateCases, simulationHorizon, type SimulatedCase } from './simulate-cases.js';

const calendar = builtInCalendar();
const run = (seed: string, year: number, count: number) => [...simulateCases({ agencyId: 7, year, count, seed, calendar })];

describe('simulateCases', () => {
  const cases: SimulatedCase[] = run('demo', 2024, 4000);

  it('gives valid histories: each replays to its state, with a valid application', () => {
    expect(cases).toHaveLength(4000);
    for (const c of cases.slice(0, 1500)) {
      expect(replayCase(c.events, { calendar })).toEqual(c.state);
      const first = c.events[0]!;
      expect(first.type === 'register' && applicationProblems(first.application)).toEqual([]);
      expect(c.state.agencyId).toBe(7);
    }
  });

  it('is reproducible from the seed', () => {
    const again = JSON.stringify(run('demo', 2024, 400));
    expect(JSON.stringify(run('demo', 2024, 400)) === again).toBe(true);
    expect(JSON.stringify(run('other', 2024, 400)) === again).toBe(false);
  });

  it('covers every applicant kind, event type and outcome, and reviews of every kind and result', () => {
    const kinds = new Set(cases.map((c) => c.state.application.applicant.kind));
    expect([...kinds].sort()).toEqual([...APPLICANT_KINDS].sort());
    const types = new Set(cases.flatMap((c) => c.events.map((e) => e.type)));
    expect([...types].sort()).toEqual([...CASE_EVENT_TYPES].sort());
    const outcomes = new Set(cases.map((c) => c.state.outcome).filter((o) => o !== null));
    expect([...outcomes].sort()).toEqual([...OUTCOMES].sort());
    expect(cases.some((c) => c.state.closedLate)).toBe(true);
    expect(cases.some((c) => c.state.fee?.basis.method === 'perApplication')).toBe(true);
    expect(cases.some((c) => c.state.fee?.basis.method === 'perVolume')).toBe(true);
    const reviews = cases.flatMap((c) => c.reviews);
    expect(new Set(reviews.map((r) => r.kind)).size).toBe(3);
    for (const kind of ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']) {
      expect(new Set(reviews.filter((r) => r.kind === kind).map((r) => r.result?.outcome ?? 'pending')), kind).toEqual(new Set(['upheld', 'corrected', 'other', 'pending']));
    }
  });

  it('carries open cases into the next year and keeps every event before the horizon', () => {
    const until = simulationHorizon(2024, calendar);
    expect(until).toBe('2025-06-30');
    expect(cases.every((c) => c.events.every((e) => e.on <= until) && c.reviews.every((r) => r.filedOn <= until))).toBe(true);
    const summaries = cases.map((c) => summarizeCase(c.state));
    const t2024 = computeTable3(summaries, { agencyId: 7, year: 2024 }).cells;
    const t2025 = computeTable3(summaries, { agencyId: 7, year: 2025 }).cells;
    expect(t2024.get('table3.newReceived.total')).toBe(4000);
    expect(t2024.get('table3.carriedForward.total')).toBeGreaterThan(0);
    expect(t2025.get('table3.carriedOver.total')).toBe(t2024.get('table3.carriedForward.total'));
    // The newest covered year ends with the calendar: nothing after 2026-12-31.
    const last = run('demo', 2026, 600);
    expect(last.every((c) => c.events.every((e) => e.on <= ('2026-12-31' as IsoDate)))).toBe(true);
  });

  it('charges no fee before 109号 took effect (2021)', () => {
    const notices = run('demo', 2020, 1500).flatMap((c) => c.events.filter((e) => e.type === 'feeNotice'));
    expect(notices.every((e) => e.on >= '2021-01-01')).toBe(true);
  });
});

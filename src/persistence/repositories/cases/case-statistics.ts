/**
 * @module Disclosure-on-application figures for supervisors, per agency of a
 * subtree and for the subtree as a whole, for one year: applications received,
 * closed and still open at the year's end, the mix of results (the Table-3
 * groups), and for the decisions the median working days from receipt and the
 * share decided after the deadline. The same GROUP BYs as the annual tables.
 */
import type { AgencyNode } from '../../../domain/agency/agency.js';
import type { Table3Count } from '../../../domain/cases/table-counts.js';
import type { Executor } from '../../database.js';
import { getSubtree } from '../agencies/agency-queries.js';
import { answerFiguresOf, answerHistograms, table3Counts, type AnswerFigures } from './application-tables.js';

/** The Table-3 result groups: 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理. */
export const OUTCOME_GROUPS = ['granted', 'partialGrant', 'denied', 'unableToProvide', 'notProcessed', 'otherHandling'] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];

export interface CaseFigures {
  /** Received in the year (本年新收). */
  readonly received: number;
  /** Received before the year and still open at its start (上年结转). */
  readonly carriedOver: number;
  /** Closed in the year (办理结果总计). */
  readonly closed: number;
  /** Still open at the year's end (结转下年度). */
  readonly open: number;
  readonly outcomes: Readonly<Record<OutcomeGroup, number>>;
  readonly answered: AnswerFigures;
  /** Share of the decisions made after the deadline (0–1); null without decisions. */
  readonly lateShare: number | null;
}

export interface AgencyCaseFigures extends CaseFigures {
  readonly agency: Pick<AgencyNode, 'id' | 'name' | 'parentId' | 'depth'>;
}

export interface CaseStatistics {
  readonly year: number;
  /** The subtree's agencies, parents before children, each with its own cases only. */
  readonly agencies: readonly AgencyCaseFigures[];
  /** The whole subtree. */
  readonly total: CaseFigures;
}

function figures(counts: readonly Table3Count[], answered: AnswerFigures): CaseFigures {
  const outcomes = Object.fromEntries(OUTCOME_GROUPS.map((g) => [g, 0])) as Record<OutcomeGroup, number>;
  let received = 0;
  let carriedOver = 0;
  let closed = 0;
  let open = 0;
  for (const c of counts) {
    if (c.carriedOver) carriedOver += c.count;
    else received += c.count;
    if (c.row === null) open += c.count;
    else {
      closed += c.count;
      outcomes[c.row.split('.')[0] as OutcomeGroup] += c.count;
    }
  }
  return { received, carriedOver, closed, open, outcomes, answered, lateShare: answered.count === 0 ? null : answered.late / answered.count };
}

export async function caseStatistics(db: Executor, options: { readonly rootAgencyId: number; readonly year: number }): Promise<CaseStatistics> {
  const nodes = await getSubtree(db, options.rootAgencyId);
  const scope = { agencyIds: nodes.map((n) => n.id), year: options.year };
  const t3 = await table3Counts(db, scope);
  const answers = await answerHistograms(db, scope);
  return {
    year: options.year,
    agencies: nodes.map((n) => ({
      agency: { id: n.id, name: n.name, parentId: n.parentId, depth: n.depth },
      ...figures(t3.get(n.id) ?? [], answerFiguresOf(answers.has(n.id) ? [answers.get(n.id)!] : [])),
    })),
    total: figures([...t3.values()].flat(), answerFiguresOf(answers.values())),
  };
}

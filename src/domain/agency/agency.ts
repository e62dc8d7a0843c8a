/**
 * @module Agencies (机关): the tree a 政务公开办 supervises — province → city →
 * county/district → department, township/street — as plain values.
 */

/** Levels of the tree, top down. `department` is a 部门 at any level; `township` a 乡、镇 or 街道. */
export const AGENCY_LEVELS = ['province', 'city', 'county', 'department', 'township'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

/** Levels that are a place (a government of an area), as opposed to a department. */
export const PLACE_LEVELS: ReadonlySet<AgencyLevel> = new Set(['province', 'city', 'county', 'township']);

export function isAgencyLevel(v: unknown): v is AgencyLevel {
  return typeof v === 'string' && (AGENCY_LEVELS as readonly string[]).includes(v);
}

/** The part of an agency that matching and trees need. */
export interface AgencyRef {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: string;
  readonly level: AgencyLevel;
  readonly aliases: readonly string[];
}

export interface Agency extends AgencyRef {
  /** 统一社会信用代码 (18 characters), when known. */
  readonly uscc: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** Raised by every change (optimistic concurrency for editors). */
  readonly version: number;
}

/** An agency in a subtree listing: `depth` 0 is the subtree's root. */
export interface AgencyNode extends Agency {
  readonly depth: number;
}

/** An agency with its children, for tree views. */
export interface AgencyTree extends Agency {
  readonly children: readonly AgencyTree[];
}

/**
 * @module Analyses over many reports: region roll-up and status, comparison of agencies,
 * an agency's trends, and the cross-year checks. Pure, like all of domain/.
 */
export * from './figures.js';
export * from './region-rollup.js';
export * from './region-status.js';
export * from './publication-deadline.js';
export * from './comparison.js';
export * from './trends.js';
export * from './cross-year.js';
export * from './tree-order.js';

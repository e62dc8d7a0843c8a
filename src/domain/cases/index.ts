/**
 * @module Disclosure on application (依申请公开): applications, the case as a list
 * of events, its deadlines, fees, and Tables 3 and 4 computed from cases
 * (domain.md §3).
 */
export * from './applicant.js';
export * from './application.js';
export * from './receipt.js';
export * from './outcome.js';
export * from './fees.js';
export * from './time-limits.js';
export * from './case-events.js';
export * from './case-state.js';
export * from './answer-clock.js';
export * from './apply-event.js';
export * from './fold-case.js';
export * from './table3.js';
export * from './table4.js';
export * from './application-report.js';
export * from './case-number.js';
export * from './mask.js';
export * from './table-counts.js';
export * from './sum-application-tables.js';
export * from './report-narrative.js';

/**
 * @module The annual report domain: formats as data, the canonical model, the checker.
 */
export * from './columns.js';
export * from './sections.js';
export * from './formats/index.js';
export * from './report.js';
export * from './rules/index.js';

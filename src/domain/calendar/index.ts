/**
 * @module The working-day calendar: holiday notices as data, and working-day
 * arithmetic over them (domain.md §3.6).
 */
export * from './iso-date.js';
export * from './calendar-document.js';
export * from './parse-calendar-document.js';
export * from './work-calendar.js';
export * from './counting-policy.js';
export * from './workdays.js';
export * from './national-notices.js';

/**
 * @module Letters to applicants (and consulted parties) of disclosure on
 * application: templates as data, `composeLetter` making a structured letter
 * from a case. The renderers are in `render/`.
 */
export * from './letter.js';
export * from './legal-basis.js';
export * from './template.js';
export * from './letter-input.js';
export * from './compose-letter.js';
export * from './wording.js';
export { TEMPLATES, templateFor, LETTER_OUTCOMES } from './templates/index.js';
export { WITHHOLDING_GROUNDS, isWithholdingGround, type WithholdingGround } from './templates/refusal-grounds.js';

/**
 * @module Letters to files: HTML and DOCX (no I/O, no browser). The PDF
 * printer needs Chromium and lives in `letter-pdf.ts`, imported on its own.
 */
export { letterToHtml } from './letter-html.js';
export { letterToDocx } from './letter-docx.js';

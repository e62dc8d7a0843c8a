/**
 * @module gongkai: read, check and render 政府信息公开工作年度报告.
 */
export * from './domain/annual-report/index.js';
export * from './domain/calendar/index.js';
export * from './domain/cases/index.js';
export type { Finding, Message, Severity } from './domain/shared/finding.js';
export { GongkaiError, isGongkaiError, ERROR_CODES, type ErrorCode } from './domain/shared/errors.js';
export { parseReport, DEFAULT_MAX_BYTES, type ParseOptions, type ParseResult } from './ingest/parse.js';
export { detectInputType } from './ingest/detect.js';
export { renderReport, getRenderer, RENDERERS } from './render/index.js';
export { RENDERER_IDS, type RendererId, type Renderer, type RenderOptions } from './render/renderer.js';
export { composeLetter, withoutApplicant } from './letters/compose-letter.js';
export { LETTER_KINDS, LETTER_KIND_LABELS, isLetterKind, letterTexts } from './letters/letter.js';
export type { Letter, LetterKind, LetterBlock, Citation, SealBlock, Addressee } from './letters/letter.js';
export type { ComposeInput, LetterAgency, LetterDetails, WithheldPart, CompetentAgency } from './letters/letter-input.js';
export { CaseFile, CASE_FILE_SCHEMA, parseCaseFile, parseCaseJson, type ParsedCaseFile } from './letters/case-file.js';
export { letterToHtml, letterToDocx, letterToPdf, openLetterPrinter, type LetterPrinter } from './letters/render/index.js';

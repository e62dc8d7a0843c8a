/**
 * @module The media type that goes with a sniffed input type.
 */
import type { InputType } from '../../../ingest/tokens.js';

const MEDIA_TYPES: Readonly<Record<InputType | 'binary', string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  csv: 'text/csv',
  html: 'text/html',
  markdown: 'text/markdown',
  text: 'text/plain',
  binary: 'application/octet-stream',
};

export function mediaTypeOf(type: InputType | 'binary'): string {
  return MEDIA_TYPES[type];
}

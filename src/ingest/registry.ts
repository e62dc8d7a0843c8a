/**
 * @module Which reader reads which input type. Adding a format means adding a
 * reader folder and one line here.
 */
import type { InputType, Reader } from './tokens.js';
import { textReader } from './text/read-text.js';

const READERS: Partial<Record<InputType, Reader>> = {
  text: textReader,
};

export function readerFor(type: InputType): Reader | undefined {
  return READERS[type];
}

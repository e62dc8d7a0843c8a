/**
 * @module Copies of document text for tables that outlive the document.
 *
 * V8 represents a substring of 13 or more characters as a slice that keeps its whole parent string
 * alive. Token texts are cut from the document, so a cache keyed by them would keep every document it
 * ever saw. Keys are therefore copied into fresh strings before they are stored.
 */

const SLICE_MIN = 13;

/** A copy of `s` that does not share memory with the document it was cut from. */
export function detach(s: string): string {
  return s.length < SLICE_MIN ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * @module Times on the review pages: UTC to the minute, one way everywhere.
 */

/** A UTC timestamp to the minute. */
export function minute(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

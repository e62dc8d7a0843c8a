/**
 * @module Messages between the bulk command and its worker threads.
 */

export interface Job {
  readonly id: number;
  readonly path: string;
  readonly rel: string;
}

export interface JobResult {
  readonly id: number;
  /** One complete NDJSON line (no newline). */
  readonly line: string;
  readonly ok: boolean;
  /** Error code when the file was not a readable report. */
  readonly code?: string;
  /** Rule ids of the findings, one entry per finding. */
  readonly rules: readonly string[];
}

/** Jobs sent to a worker in one message. */
export interface JobBatch {
  readonly id: number;
  readonly jobs: readonly Job[];
}

/** The results of one batch, in one message. */
export interface ResultBatch {
  readonly id: number;
  readonly results: readonly JobResult[];
}

export interface WorkerConfig {
  readonly sources: boolean;
}

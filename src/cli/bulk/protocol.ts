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
  /** One complete NDJSON line (no newline); '' when the line went into its batch's `output`. */
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
  /** With `WorkerConfig.joined`: the batch's lines as UTF-8, each followed by a newline. */
  readonly output?: Uint8Array;
}

export interface WorkerConfig {
  readonly sources: boolean;
  /**
   * Send each batch's lines as one UTF-8 `output` (moved, not copied, to the main thread) instead of
   * in the results, for a caller that only writes them out: the main thread then neither copies nor
   * encodes them, and stays free for the walk and the workers.
   */
  readonly joined?: boolean;
}

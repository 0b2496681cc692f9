import type { SimplifyOptions, SimplifyResult } from '../../content/simplify/types.js';

export type { SimplifyOptions, SimplifyResult };

/** The embedded engine (content/simplify): deterministic, no I/O, always available. */
export interface EmbeddedSimplifier {
  /** `now` times the work for `elapsedMs`. */
  simplify(text: string, options: SimplifyOptions & { now?: () => number }): SimplifyResult;
}

/** PHI redaction (safety/phi): placeholders such as [NAME_1] go to the model, the map stays here. */
export interface Redactor {
  redact(text: string): { text: string; map: Record<string, string> };
  restore(text: string, map: Record<string, string>): string;
}

export type ProgressStage =
  /** The document was prepared (redacted, split): `total` sections to write. */
  | 'prepare'
  /** `done` of `total` sections are written. */
  | 'write'
  /** A section is being written again with its problems fed back. */
  | 'retry'
  /** The plain version is being checked. */
  | 'check'
  /** The model could not be used; the embedded version is served. */
  | 'fallback'
  | 'done';

export interface Progress {
  done: number;
  total: number;
  stage: ProgressStage;
}

export interface SimplifyRequest extends SimplifyOptions {
  onProgress?: (progress: Progress) => void;
  /** Aborts the model work (the client went away); the embedded result is returned. */
  signal?: AbortSignal;
}

export interface Simplifier {
  /** Never rejects for a model problem: the embedded result stands in, flagged for the clinician. */
  simplify(text: string, request: SimplifyRequest): Promise<SimplifyResult>;
  /** 'none' without a model; otherwise the circuit breaker's state, for readiness checks. */
  modelState(): 'none' | 'closed' | 'open' | 'half-open';
}

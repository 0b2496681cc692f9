import { abortedError, LlmError } from './errors.js';
import type { Random, Sleep } from './types.js';

/** Bounded retries with exponential backoff and full jitter; the server's Retry-After wins when it gives one. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The backoff ceiling before the first retry; it doubles each time. */
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * A Retry-After longer than this is not waited out: the call fails at once so the caller can
   * serve the embedded result instead of holding a patient or clinician.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 20_000,
};

/** Full jitter (a uniform wait up to the exponential ceiling) spreads clients that failed together. */
export function backoffDelay(retryNumber: number, policy: RetryPolicy, random: Random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1));
  return Math.floor(random() * ceiling);
}

export interface RetryInfo {
  /** The attempt that is about to start (2 for the first retry). */
  attempt: number;
  delayMs: number;
  error: LlmError;
}

export interface RetryDeps {
  sleep: Sleep;
  random: Random;
  onRetry?: (info: RetryInfo) => void;
}

/** Runs `operation` until it succeeds, fails for good, or the attempts or the caller's time run out. */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  deps: RetryDeps,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    if (signal?.aborted) throw abortedError(signal);
    try {
      return await operation(attempt);
    } catch (caught) {
      const error = caught instanceof LlmError ? caught : new LlmError('network', 'the model call failed');
      if (!error.retryable || attempt >= policy.maxAttempts || signal?.aborted) throw error;
      const asked = error.details.retryAfterMs;
      if (asked !== undefined && asked > policy.maxRetryAfterMs) throw error;
      const delayMs = asked ?? backoffDelay(attempt, policy, deps.random);
      deps.onRetry?.({ attempt: attempt + 1, delayMs, error });
      try {
        await deps.sleep(delayMs, signal);
      } catch {
        throw signal?.aborted ? abortedError(signal) : error;
      }
    }
  }
}

import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';

/**
 * Why a model call failed, in the few kinds the retry policy and the circuit breaker act on.
 * Messages name the status or the symptom, never the prompt or the reply (they may carry patient text).
 */
export type LlmErrorKind =
  /** No answer within the time allowed (no first byte, a stalled stream, or the caller's deadline). */
  | 'timeout'
  /** HTTP 429. */
  | 'rate_limited'
  /** HTTP 408, 409 or 5xx. */
  | 'server'
  /** The connection failed or dropped mid-reply. */
  | 'network'
  /** The reply could not be read: a malformed stream chunk, an error inside the stream, no text. */
  | 'bad_response'
  /** The reply stopped early (length limit) or ran past the output budget. */
  | 'truncated'
  /** The server's content filter stopped the reply. */
  | 'refused'
  /** Any other 4xx: a wrong key, model name or parameter. Retrying will not help. */
  | 'client'
  /** The document's token budget is spent: the call was not made. */
  | 'budget'
  /** The circuit breaker is open: the call was not made. */
  | 'circuit_open'
  /** The caller gave up (its signal aborted for a reason other than a timeout). */
  | 'aborted';

const RETRYABLE: ReadonlySet<LlmErrorKind> = new Set([
  'timeout',
  'rate_limited',
  'server',
  'network',
  'bad_response',
]);

/** Failures that say nothing about the model's health do not count against the breaker. */
const NOT_COUNTED: ReadonlySet<LlmErrorKind> = new Set(['budget', 'circuit_open', 'aborted']);

export class LlmError extends Error {
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'LlmError';
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }

  get countsAsFailure(): boolean {
    return !NOT_COUNTED.has(this.kind);
  }
}

const MAX_HEADER_DELAY_MS = 24 * 60 * 60 * 1000;

/**
 * The server's requested wait: OpenAI's `retry-after-ms`, else `Retry-After` in seconds or as an
 * HTTP date (read against `now`). Undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: Headers | undefined, now: number): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Math.min(Number(ms), MAX_HEADER_DELAY_MS);
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.min(Number(value) * 1000, MAX_HEADER_DELAY_MS);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(0, date - now), MAX_HEADER_DELAY_MS);
}

/** `AbortSignal.timeout()` aborts with a DOMException named TimeoutError (checked by name: it may come from another realm). */
export function isTimeoutReason(reason: unknown): boolean {
  return (
    typeof reason === 'object' && reason !== null && (reason as { name?: unknown }).name === 'TimeoutError'
  );
}

/** The error for a call stopped by the caller's signal: its deadline (timeout) or a cancellation. */
export function abortedError(signal: AbortSignal): LlmError {
  return isTimeoutReason(signal.reason)
    ? new LlmError('timeout', 'the model did not finish within the time allowed')
    : new LlmError('aborted', 'the call was cancelled');
}

export interface AbortContext {
  /** The caller's signal (deadline or disconnect). */
  callerSignal?: AbortSignal;
  /** True when this attempt's own stall timer fired. */
  stalled: boolean;
  now: number;
}

/** Maps whatever the SDK or the network threw to an LlmError. */
export function toLlmError(error: unknown, context: AbortContext): LlmError {
  if (error instanceof LlmError) return error;
  if (context.stalled) return new LlmError('timeout', 'the model stopped sending within the time allowed');
  if (context.callerSignal?.aborted) return abortedError(context.callerSignal);
  if (error instanceof APIUserAbortError) return new LlmError('aborted', 'the call was cancelled');
  if (error instanceof APIConnectionTimeoutError)
    return new LlmError('timeout', 'the model server did not answer in time');
  if (error instanceof APIConnectionError) return new LlmError('network', 'could not reach the model server');
  if (error instanceof APIError) {
    const { status, headers } = error as APIError<number | undefined, Headers | undefined>;
    if (status === undefined)
      return new LlmError('bad_response', 'the model server reported an error inside the stream');
    if (status === 429) {
      const retryAfterMs = parseRetryAfter(headers, context.now);
      return new LlmError('rate_limited', 'the model server is rate limiting (HTTP 429)', {
        status,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      });
    }
    if (status === 408 || status === 409 || status >= 500) {
      const retryAfterMs = parseRetryAfter(headers, context.now);
      return new LlmError('server', `the model server failed (HTTP ${status})`, {
        status,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      });
    }
    return new LlmError(
      'client',
      `the model server refused the request (HTTP ${status}); check the model name and key`,
      {
        status,
      },
    );
  }
  if (error instanceof SyntaxError)
    return new LlmError('bad_response', 'the model server sent a chunk that is not valid JSON');
  return new LlmError('network', 'the connection to the model server failed');
}

import { LlmError } from './errors.js';
import type { Clock } from './types.js';

/**
 * A circuit breaker in front of the model. Closed: calls go through and consecutive failures are
 * counted. Open: calls fail at once (the caller serves the embedded result) until `openMs` has
 * passed. Half-open: one trial call goes through; its success closes the circuit, its failure
 * opens it again for another `openMs`.
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before a trial call is let through. */
  openMs: number;
  clock: Clock;
  onStateChange?: (state: BreakerState) => void;
}

export const DEFAULT_BREAKER = { failureThreshold: 5, openMs: 30_000 } as const;

export interface CircuitBreaker {
  /** The state as of now (an open circuit whose time is up reads as half-open). */
  state(): BreakerState;
  /** Runs `call` if the circuit allows it; throws LlmError('circuit_open') if not. */
  run<T>(call: () => Promise<T>): Promise<T>;
}

export function createCircuitBreaker(options: BreakerOptions): CircuitBreaker {
  let state: BreakerState = 'closed';
  let failures = 0;
  let openedAt = 0;
  let trialInFlight = false;

  const moveTo = (next: BreakerState): void => {
    if (next === state) return;
    state = next;
    options.onStateChange?.(next);
  };

  const current = (): BreakerState => {
    if (state === 'open' && options.clock() - openedAt >= options.openMs) moveTo('half-open');
    return state;
  };

  const open = (): void => {
    openedAt = options.clock();
    failures = 0;
    moveTo('open');
  };

  const recordSuccess = (): void => {
    failures = 0;
    moveTo('closed');
  };

  const recordFailure = (wasTrial: boolean): void => {
    if (wasTrial) {
      open();
      return;
    }
    failures += 1;
    if (state === 'closed' && failures >= options.failureThreshold) open();
  };

  return {
    state: current,
    async run<T>(call: () => Promise<T>): Promise<T> {
      const now = current();
      if (now === 'open' || (now === 'half-open' && trialInFlight)) {
        throw new LlmError('circuit_open', 'the model is paused after repeated failures');
      }
      const isTrial = now === 'half-open';
      if (isTrial) trialInFlight = true;
      try {
        const result = await call();
        recordSuccess();
        return result;
      } catch (error) {
        const counts = !(error instanceof LlmError) || error.countsAsFailure;
        if (counts) recordFailure(isTrial);
        else if (isTrial) moveTo('half-open');
        throw error;
      } finally {
        if (isTrial) trialInFlight = false;
      }
    },
  };
}

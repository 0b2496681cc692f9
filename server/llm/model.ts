import type { ModelConfig } from '../config.js';
import { createCircuitBreaker, DEFAULT_BREAKER, type BreakerState, type CircuitBreaker } from './breaker.js';
import { createChatClient, type ChatClient } from './client.js';
import { DEFAULT_RETRY_POLICY, withRetry, type RetryInfo, type RetryPolicy } from './retry.js';
import { realSleep, type ChatReply, type ChatRequest, type Clock, type Random, type Sleep } from './types.js';

/**
 * The model as the rest of the server sees it: one call that streams, retries within bounds and
 * goes through the circuit breaker. Create one per process and share it, so every caller sees
 * the same breaker.
 */
export interface Model {
  readonly name: string;
  complete(request: ChatRequest): Promise<ChatReply>;
  breakerState(): BreakerState;
}

export interface ModelDeps {
  clock: Clock;
  sleep?: Sleep;
  random?: Random;
  retry?: Partial<RetryPolicy>;
  breaker?: { failureThreshold?: number; openMs?: number };
  /** See ChatClientOptions.stallTimeoutMs. */
  stallTimeoutMs?: number;
  temperature?: number;
  onRetry?: (info: RetryInfo) => void;
  onBreakerChange?: (state: BreakerState) => void;
}

export const DEFAULT_STALL_TIMEOUT_MS = 20_000;
export const DEFAULT_TEMPERATURE = 0.2;

export function createModel(config: ModelConfig, deps: ModelDeps): Model {
  const client: ChatClient = createChatClient(config, {
    stallTimeoutMs: deps.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS,
    temperature: deps.temperature ?? DEFAULT_TEMPERATURE,
    clock: deps.clock,
  });
  const breaker: CircuitBreaker = createCircuitBreaker({
    failureThreshold: deps.breaker?.failureThreshold ?? DEFAULT_BREAKER.failureThreshold,
    openMs: deps.breaker?.openMs ?? DEFAULT_BREAKER.openMs,
    clock: deps.clock,
    ...(deps.onBreakerChange ? { onStateChange: deps.onBreakerChange } : {}),
  });
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...deps.retry };
  const retryDeps = {
    sleep: deps.sleep ?? realSleep,
    random: deps.random ?? Math.random,
    ...(deps.onRetry ? { onRetry: deps.onRetry } : {}),
  };

  return {
    name: config.model,
    breakerState: () => breaker.state(),
    complete: (request) =>
      withRetry(() => breaker.run(() => client.stream(request)), policy, retryDeps, request.signal),
  };
}

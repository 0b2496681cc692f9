export { createModel, DEFAULT_STALL_TIMEOUT_MS, type Model, type ModelDeps } from './model.js';
export {
  createChatClient,
  OPENAI_DEFAULT_BASE_URL,
  type ChatClient,
  type ChatClientOptions,
} from './client.js';
export { createCircuitBreaker, DEFAULT_BREAKER, type BreakerState, type CircuitBreaker } from './breaker.js';
export { DEFAULT_RETRY_POLICY, backoffDelay, withRetry, type RetryPolicy, type RetryInfo } from './retry.js';
export { LlmError, parseRetryAfter, type LlmErrorKind } from './errors.js';
export { estimateTokens } from './tokens.js';
export { joinSections, splitIntoSections, type Section } from './sections.js';
export {
  realSleep,
  type ChatMessage,
  type ChatReply,
  type ChatRequest,
  type Clock,
  type Random,
  type Sleep,
} from './types.js';

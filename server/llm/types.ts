import type { Clock } from '../store/types.js';

export type { Clock };

/** Waits `ms`; rejects with the signal's reason when the signal aborts first. Injected so tests need not wait. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** A random number in [0, 1), injected so backoff jitter is reproducible in tests. */
export type Random = () => number;

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  /** Aborts the call: the caller's deadline or a client that went away. */
  signal?: AbortSignal;
  /** Called with each piece of text as it streams in. */
  onDelta?: (delta: string) => void;
  /** The reply is cut off (and the call fails) past this many estimated tokens. */
  maxOutputTokens?: number;
}

export interface ChatReply {
  text: string;
  /** The server's finish reason; only `stop` is a finished reply. */
  finishReason: string;
  /** Tokens the server says it used, when it says (many local servers do not in streams). */
  usage?: { promptTokens: number; completionTokens: number };
}

const reasonOf = (signal: AbortSignal | undefined): Error =>
  signal?.reason instanceof Error ? signal.reason : new Error('aborted');

export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(reasonOf(signal));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(reasonOf(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

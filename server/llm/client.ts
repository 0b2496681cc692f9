import { OpenAI } from 'openai';
import type { ModelConfig } from '../config.js';
import { LlmError, toLlmError } from './errors.js';
import { estimateTokens } from './tokens.js';
import type { ChatReply, ChatRequest, Clock } from './types.js';

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

export interface ChatClientOptions {
  /**
   * The longest silence allowed: before the response starts and between two stream chunks. A
   * dead or overloaded server is noticed after this long, while a slow but steady stream goes on.
   */
  stallTimeoutMs: number;
  /** Sampling temperature; low, because a rewrite should be faithful rather than inventive. */
  temperature: number;
  clock: Clock;
}

/** One streamed chat completion, one attempt: retries and the circuit breaker sit above this. */
export interface ChatClient {
  readonly model: string;
  stream(request: ChatRequest): Promise<ChatReply>;
}

/**
 * Built on the official `openai` SDK with its own retries off (ours respect the caller's deadline
 * and feed the breaker). Everything comes from `config`, nothing from the environment, so the
 * same code talks to OpenAI, Azure OpenAI's v1 endpoint, vLLM, Ollama or llama.cpp.
 */
export function createChatClient(config: ModelConfig, options: ChatClientOptions): ChatClient {
  const sdk = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseUrl ?? OPENAI_DEFAULT_BASE_URL,
    organization: null,
    project: null,
    webhookSecret: null,
    maxRetries: 0,
    timeout: options.stallTimeoutMs,
    // The SDK would print unparsable chunks (model output) to the console.
    logLevel: 'off',
  });

  return {
    model: config.model,
    async stream(request: ChatRequest): Promise<ChatReply> {
      const controller = new AbortController();
      let stalled = false;
      let timer: NodeJS.Timeout | undefined;
      const armStallTimer = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          stalled = true;
          controller.abort(new LlmError('timeout', 'the model stopped sending within the time allowed'));
        }, options.stallTimeoutMs);
        timer.unref();
      };
      const onCallerAbort = (): void => controller.abort(request.signal?.reason);
      if (request.signal?.aborted) onCallerAbort();
      request.signal?.addEventListener('abort', onCallerAbort, { once: true });
      armStallTimer();
      try {
        const stream = await sdk.chat.completions.create(
          {
            model: config.model,
            messages: request.messages,
            stream: true,
            temperature: options.temperature,
          },
          { signal: controller.signal },
        );
        let text = '';
        let finishReason = '';
        let usage: ChatReply['usage'];
        for await (const chunk of stream) {
          armStallTimer();
          const choice = chunk.choices[0];
          const delta = choice?.delta?.content ?? '';
          if (delta !== '') {
            text += delta;
            request.onDelta?.(delta);
            if (request.maxOutputTokens !== undefined && estimateTokens(text) > request.maxOutputTokens) {
              throw new LlmError('truncated', 'the model wrote far more than the text it was given');
            }
          }
          if (choice?.finish_reason) finishReason = choice.finish_reason;
          if (chunk.usage) {
            usage = {
              promptTokens: chunk.usage.prompt_tokens,
              completionTokens: chunk.usage.completion_tokens,
            };
          }
        }
        // The SDK ends quietly when its own signal aborts; a stalled or cancelled call is not a reply.
        if (controller.signal.aborted) throw controller.signal.reason;
        if (finishReason === 'length')
          throw new LlmError('truncated', 'the model reached its length limit mid-reply');
        if (finishReason === 'content_filter')
          throw new LlmError('refused', "the model server's content filter stopped the reply");
        if (finishReason === '')
          throw new LlmError('bad_response', 'the model stream ended without finishing');
        if (text.trim() === '') throw new LlmError('bad_response', 'the model sent an empty reply');
        return { text, finishReason, ...(usage ? { usage } : {}) };
      } catch (error) {
        throw toLlmError(error, {
          stalled,
          ...(request.signal ? { callerSignal: request.signal } : {}),
          now: options.clock(),
        });
      } finally {
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onCallerAbort);
      }
    },
  };
}

import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createModel, type ModelDeps } from '../../../server/llm/model.js';
import type { ChatMessage } from '../../../server/llm/types.js';
import { startFakeOpenAI, type FakeOpenAIServer } from '../../fakes/openaiServer.js';

const MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'Rewrite in plain language.' },
  { role: 'user', content: 'Take 1 tab PO BID.' },
];

let fake: FakeOpenAIServer;
let now: number;
let waits: number[];

beforeEach(async () => {
  fake = await startFakeOpenAI();
  now = 1_000_000;
  waits = [];
});

afterEach(async () => {
  await fake.close();
});

function model(overrides: Partial<ModelDeps> = {}) {
  return createModel(
    { apiKey: 'test-key', baseUrl: fake.baseUrl, model: 'fake-model' },
    {
      clock: () => now,
      sleep: (ms) => (waits.push(ms), Promise.resolve()),
      random: () => 0.5,
      stallTimeoutMs: 2_000,
      ...overrides,
    },
  );
}

describe('model calls through the OpenAI SDK', () => {
  test('streams the reply in pieces and returns the whole text', async () => {
    fake.enqueue({ kind: 'chunks', chunks: ['Take 1 ', 'tablet by mouth ', 'twice a day.'] });
    const deltas: string[] = [];
    const reply = await model().complete({ messages: MESSAGES, onDelta: (delta) => deltas.push(delta) });
    expect(reply.text).toBe('Take 1 tablet by mouth twice a day.');
    expect(reply.finishReason).toBe('stop');
    expect(deltas).toEqual(['Take 1 ', 'tablet by mouth ', 'twice a day.']);
    const [request] = fake.requests;
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer test-key');
    expect(request?.body).toMatchObject({ model: 'fake-model', stream: true, messages: MESSAGES });
  });

  test('a 429 with Retry-After is waited out, then the retry succeeds', async () => {
    fake.enqueue({ kind: 'status', status: 429, retryAfter: '2' }, { kind: 'reply', text: 'Plain text.' });
    const reply = await model().complete({ messages: MESSAGES });
    expect(reply.text).toBe('Plain text.');
    expect(fake.requests).toHaveLength(2);
    expect(waits).toEqual([2_000]);
  });

  test('5xx on every attempt: bounded retries, then a server error', async () => {
    fake.otherwise({ kind: 'status', status: 503 });
    await expect(model().complete({ messages: MESSAGES })).rejects.toMatchObject({
      kind: 'server',
      details: { status: 503 },
    });
    expect(fake.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  test.each([
    ['a malformed chunk', { kind: 'malformed' as const, before: ['Take '] }],
    ['a dropped connection', { kind: 'drop' as const, before: ['Take '] }],
  ])('%s is retried and the partial text discarded', async (_name, failure) => {
    fake.enqueue(failure, { kind: 'reply', text: 'Whole reply.' });
    const reply = await model().complete({ messages: MESSAGES });
    expect(reply.text).toBe('Whole reply.');
    expect(fake.requests).toHaveLength(2);
  });

  test.each([
    ['malformed chunks', 'bad_response', { kind: 'malformed' as const }],
    ['dropped connections', 'network', { kind: 'drop' as const }],
  ])('only %s: fails with %s after the retries', async (_name, kind, failure) => {
    fake.otherwise(failure);
    await expect(model().complete({ messages: MESSAGES })).rejects.toMatchObject({ kind });
    expect(fake.requests).toHaveLength(3);
  });

  test.each([
    ['a server that never answers', { kind: 'hang' as const }],
    ['a stream that goes silent', { kind: 'stall' as const, chunks: ['Take '] }],
  ])('%s times out after the stall limit', async (_name, behaviour) => {
    fake.otherwise(behaviour);
    await expect(
      model({ stallTimeoutMs: 150, retry: { maxAttempts: 2 } }).complete({ messages: MESSAGES }),
    ).rejects.toMatchObject({ kind: 'timeout' });
    expect(fake.requests).toHaveLength(2);
  });

  test.each([
    [400, 'client'],
    [401, 'client'],
    [404, 'client'],
  ])('HTTP %i is not retried (%s)', async (status, kind) => {
    fake.otherwise({ kind: 'status', status });
    await expect(model().complete({ messages: MESSAGES })).rejects.toMatchObject({ kind });
    expect(fake.requests).toHaveLength(1);
  });

  test.each([
    ['length', 'truncated'],
    ['content_filter', 'refused'],
  ] as const)('a reply that finishes with %s fails as %s, without a retry', async (finishReason, kind) => {
    fake.otherwise({ kind: 'finish', text: 'Take 1', finishReason });
    await expect(model().complete({ messages: MESSAGES })).rejects.toMatchObject({ kind });
    expect(fake.requests).toHaveLength(1);
  });

  test('a reply far longer than the budget is cut off', async () => {
    fake.otherwise({ kind: 'reply', text: 'word '.repeat(400) });
    await expect(model().complete({ messages: MESSAGES, maxOutputTokens: 50 })).rejects.toMatchObject({
      kind: 'truncated',
    });
  });

  test("the caller's deadline stops a hanging call as a timeout", async () => {
    fake.otherwise({ kind: 'hang' });
    const signal = AbortSignal.timeout(100);
    await expect(
      model({ stallTimeoutMs: 60_000 }).complete({ messages: MESSAGES, signal }),
    ).rejects.toMatchObject({
      kind: 'timeout',
    });
    expect(fake.requests).toHaveLength(1);
  });

  test('a caller that cancels gets aborted, and the breaker does not count it', async () => {
    fake.otherwise({ kind: 'hang' });
    const m = model({ breaker: { failureThreshold: 1 } });
    const controller = new AbortController();
    const call = m.complete({ messages: MESSAGES, signal: controller.signal });
    while (fake.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(call).rejects.toMatchObject({ kind: 'aborted' });
    expect(m.breakerState()).toBe('closed');
  });
});

describe('the circuit breaker around the model', () => {
  test('opens after repeated failures, then fails fast without reaching the server', async () => {
    fake.otherwise({ kind: 'status', status: 500 });
    const m = model({ retry: { maxAttempts: 1 }, breaker: { failureThreshold: 3, openMs: 30_000 } });
    for (let i = 0; i < 3; i += 1)
      await expect(m.complete({ messages: MESSAGES })).rejects.toMatchObject({ kind: 'server' });
    expect(m.breakerState()).toBe('open');
    await expect(m.complete({ messages: MESSAGES })).rejects.toMatchObject({ kind: 'circuit_open' });
    expect(fake.requests).toHaveLength(3);
  });

  test('half-open after the wait: one good trial closes it again', async () => {
    fake.enqueue({ kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    fake.otherwise({ kind: 'reply', text: 'Back again.' });
    const m = model({ retry: { maxAttempts: 1 }, breaker: { failureThreshold: 2, openMs: 30_000 } });
    await m.complete({ messages: MESSAGES }).catch(() => undefined);
    await m.complete({ messages: MESSAGES }).catch(() => undefined);
    expect(m.breakerState()).toBe('open');
    now += 30_000;
    expect(m.breakerState()).toBe('half-open');
    await expect(m.complete({ messages: MESSAGES })).resolves.toMatchObject({ text: 'Back again.' });
    expect(m.breakerState()).toBe('closed');
  });

  test('retries stop as soon as the breaker opens', async () => {
    fake.otherwise({ kind: 'status', status: 503 });
    const m = model({ retry: { maxAttempts: 5 }, breaker: { failureThreshold: 2, openMs: 30_000 } });
    await expect(m.complete({ messages: MESSAGES })).rejects.toMatchObject({ kind: 'circuit_open' });
    expect(fake.requests).toHaveLength(2);
  });
});

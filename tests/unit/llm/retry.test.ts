import { describe, expect, test } from '@jest/globals';
import { LlmError, type LlmErrorKind } from '../../../server/llm/errors.js';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  withRetry,
  type RetryPolicy,
} from '../../../server/llm/retry.js';
import { parseRetryAfter } from '../../../server/llm/errors.js';

const POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 4_000, maxRetryAfterMs: 20_000 };

function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: (ms) => (waits.push(ms), Promise.resolve()) };
}

describe('backoff with full jitter', () => {
  test.each([
    // retry number, random, expected wait
    [1, 0.999, 499],
    [2, 0.999, 999],
    [3, 0.999, 1_998],
    [4, 0.999, 3_996],
    [6, 0.999, 3_996], // capped at maxDelayMs
    [3, 0, 0],
    [3, 0.5, 1_000],
  ])('retry %i with random %f waits %i ms', (retry, random, expected) => {
    expect(backoffDelay(retry, POLICY, () => random)).toBe(expected);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-11-26T10:00:00Z');
  test.each([
    [{ 'retry-after': '2' }, 2_000],
    [{ 'retry-after': '0.5' }, 500],
    [{ 'retry-after-ms': '1500', 'retry-after': '9' }, 1_500],
    [{ 'retry-after': 'Thu, 26 Nov 2026 10:00:03 GMT' }, 3_000],
    [{ 'retry-after': 'Thu, 26 Nov 2026 09:59:00 GMT' }, 0],
    [{ 'retry-after': 'soon' }, undefined],
    [{}, undefined],
  ])('%j means wait %s ms', (headers, expected) => {
    expect(parseRetryAfter(new Headers(headers), now)).toBe(expected);
  });
});

describe('withRetry', () => {
  const failing = (kinds: LlmErrorKind[], details: { retryAfterMs?: number } = {}) => {
    let calls = 0;
    return {
      calls: () => calls,
      run: (): Promise<string> => {
        const kind = kinds[calls];
        calls += 1;
        return kind === undefined
          ? Promise.resolve('done')
          : Promise.reject(new LlmError(kind, kind, details));
      },
    };
  };

  test.each<[string, LlmErrorKind[], number]>([
    ['a 429 then success', ['rate_limited'], 2],
    ['a 5xx, a dropped connection, then success', ['server', 'network'], 3],
    ['a malformed stream then success', ['bad_response'], 2],
    ['a stall then success', ['timeout'], 2],
  ])('retries %s', async (_name, kinds, attempts) => {
    const op = failing(kinds);
    const { sleep } = recordingSleep();
    await expect(withRetry(op.run, POLICY, { sleep, random: () => 0.5 })).resolves.toBe('done');
    expect(op.calls()).toBe(attempts);
  });

  test('gives up after maxAttempts and throws the last error', async () => {
    const op = failing(['server', 'server', 'server', 'server']);
    const { sleep, waits } = recordingSleep();
    await expect(withRetry(op.run, POLICY, { sleep, random: () => 0.5 })).rejects.toMatchObject({
      kind: 'server',
    });
    expect(op.calls()).toBe(3);
    expect(waits).toEqual([250, 500]);
  });

  test.each<LlmErrorKind>(['client', 'truncated', 'refused', 'budget', 'circuit_open', 'aborted'])(
    'does not retry %s',
    async (kind) => {
      const op = failing([kind]);
      const { sleep } = recordingSleep();
      await expect(withRetry(op.run, POLICY, { sleep, random: () => 0.5 })).rejects.toMatchObject({ kind });
      expect(op.calls()).toBe(1);
    },
  );

  test("waits the server's Retry-After instead of its own backoff", async () => {
    const op = failing(['rate_limited'], { retryAfterMs: 2_000 });
    const { sleep, waits } = recordingSleep();
    await withRetry(op.run, POLICY, { sleep, random: () => 0.5 });
    expect(waits).toEqual([2_000]);
  });

  test('does not wait out a Retry-After longer than the policy allows', async () => {
    const op = failing(['rate_limited'], { retryAfterMs: 60_000 });
    const { sleep, waits } = recordingSleep();
    await expect(withRetry(op.run, POLICY, { sleep, random: () => 0.5 })).rejects.toMatchObject({
      kind: 'rate_limited',
    });
    expect(waits).toEqual([]);
  });

  test("stops waiting when the caller's deadline passes, and says it was a timeout", async () => {
    const op = failing(['server', 'server']);
    const controller = new AbortController();
    const sleep = (): Promise<void> => {
      controller.abort(new DOMException('deadline', 'TimeoutError'));
      return Promise.reject(new Error('deadline'));
    };
    await expect(
      withRetry(op.run, POLICY, { sleep, random: () => 0.5 }, controller.signal),
    ).rejects.toMatchObject({
      kind: 'timeout',
    });
    expect(op.calls()).toBe(1);
  });

  test('the default policy is bounded', () => {
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBeLessThanOrEqual(5);
    expect(DEFAULT_RETRY_POLICY.maxRetryAfterMs).toBeLessThanOrEqual(60_000);
  });
});

import { describe, expect, test } from '@jest/globals';
import { createCircuitBreaker, type BreakerState } from '../../../server/llm/breaker.js';
import { LlmError } from '../../../server/llm/errors.js';

function setup(failureThreshold = 3, openMs = 10_000) {
  let now = 1_000;
  const changes: BreakerState[] = [];
  const breaker = createCircuitBreaker({
    failureThreshold,
    openMs,
    clock: () => now,
    onStateChange: (state) => changes.push(state),
  });
  let calls = 0;
  const ok = (): Promise<string> => ((calls += 1), Promise.resolve('ok'));
  const fail = (): Promise<string> => ((calls += 1), Promise.reject(new LlmError('server', 'HTTP 503')));
  return {
    breaker,
    changes,
    calls: () => calls,
    advance: (ms: number) => {
      now += ms;
    },
    ok: () => breaker.run(ok),
    fail: () => breaker.run(fail).catch((error: unknown) => error),
  };
}

describe('circuit breaker', () => {
  test('stays closed below the threshold and a success resets the count', async () => {
    const b = setup(3);
    await b.fail();
    await b.fail();
    await b.ok();
    await b.fail();
    await b.fail();
    expect(b.breaker.state()).toBe('closed');
  });

  test('opens after the threshold of consecutive failures and then fails fast without calling', async () => {
    const b = setup(3);
    for (let i = 0; i < 3; i += 1) await b.fail();
    expect(b.breaker.state()).toBe('open');
    const callsBefore = b.calls();
    await expect(b.ok()).rejects.toMatchObject({ kind: 'circuit_open' });
    expect(b.calls()).toBe(callsBefore);
  });

  test('after openMs it lets one trial through; a success closes it', async () => {
    const b = setup(2, 10_000);
    await b.fail();
    await b.fail();
    b.advance(9_999);
    expect(b.breaker.state()).toBe('open');
    b.advance(1);
    expect(b.breaker.state()).toBe('half-open');
    await expect(b.ok()).resolves.toBe('ok');
    expect(b.breaker.state()).toBe('closed');
    expect(b.changes).toEqual(['open', 'half-open', 'closed']);
  });

  test('a failed trial opens it again for another openMs', async () => {
    const b = setup(2, 10_000);
    await b.fail();
    await b.fail();
    b.advance(10_000);
    await b.fail();
    expect(b.breaker.state()).toBe('open');
    b.advance(5_000);
    await expect(b.ok()).rejects.toMatchObject({ kind: 'circuit_open' });
    b.advance(5_000);
    await expect(b.ok()).resolves.toBe('ok');
  });

  test('only one trial runs at a time while half-open', async () => {
    const b = setup(1, 1_000);
    await b.fail();
    b.advance(1_000);
    let release: (value: string) => void = () => undefined;
    const trial = b.breaker.run(() => new Promise<string>((resolve) => (release = resolve)));
    await expect(b.ok()).rejects.toMatchObject({ kind: 'circuit_open' });
    release('ok');
    await expect(trial).resolves.toBe('ok');
    expect(b.breaker.state()).toBe('closed');
  });

  test('a call the caller cancelled does not count as a model failure', async () => {
    const b = setup(1);
    await b.breaker.run(() => Promise.reject(new LlmError('aborted', 'cancelled'))).catch(() => undefined);
    expect(b.breaker.state()).toBe('closed');
  });
});

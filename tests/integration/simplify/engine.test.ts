import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { startFakeOpenAI, type FakeOpenAIServer } from '../../fakes/openaiServer.js';
import { echo, feedbackOf, progressRecorder, simplifierFor, testClock } from './support.js';

/** Short sentences: a faithful echo of it passes the grade check as it is. */
const NOTE = [
  'Patient: John Smith. MRN: 48213977.',
  'Take 1 tablet of metoprolol 25 mg by mouth twice a day.',
  'Call Dr. Lee at 555-201-3344 if you feel dizzy.',
  'Call 911 if you have chest pain.',
].join('\n');

const PHI = ['John Smith', '48213977', '555-201-3344'];

const withoutDose = (request: Parameters<typeof echo>[0]): string =>
  echo(request).replace('metoprolol 25 mg', 'metoprolol');

let fake: FakeOpenAIServer;

beforeEach(async () => {
  fake = await startFakeOpenAI();
});

afterEach(async () => {
  await fake.close();
});

describe('without a model', () => {
  test('the embedded engine writes the plain version', async () => {
    const { simplifier } = simplifierFor(undefined);
    const result = await simplifier.simplify(NOTE, { lang: 'en' });
    expect(result.engine).toBe('embedded');
    expect(result.flags.map((flag) => flag.code)).not.toContain('model_fallback');
    expect(simplifier.modelState()).toBe('none');
  });
});

describe('with a model', () => {
  test('streams the model version, with PHI redacted on the way out and restored on the way back', async () => {
    fake.otherwise({ kind: 'reply', text: echo, chunkSize: 5 });
    const { simplifier } = simplifierFor(fake.baseUrl);
    const progress = progressRecorder();
    const result = await simplifier.simplify(NOTE, { lang: 'en', onProgress: progress.onProgress });

    expect(result.engine).toBe('llm');
    expect(result.facts.preserved).toBe(true);
    for (const value of PHI) {
      expect(result.text).toContain(value);
      for (const request of fake.requests) expect(request.raw).not.toContain(value);
    }
    expect(fake.requests[0]?.body?.stream).toBe(true);
    expect(fake.prompts()[0]).toMatch(/\[[A-Z]+_1\]/);
    expect(progress.events.map((event) => event.stage)).toEqual(['prepare', 'write', 'check', 'done']);
  });

  test('the system prompt carries the rules: target grade, keep every fact, keep placeholders', async () => {
    fake.otherwise({ kind: 'reply', text: echo });
    const { simplifier } = simplifierFor(fake.baseUrl);
    await simplifier.simplify(NOTE, { lang: 'en', targetGrade: 6 });
    const system = fake.requests[0]?.body?.messages?.[0];
    expect(system?.role).toBe('system');
    expect(system?.content).toMatch(/grade 6/);
    expect(system?.content).toMatch(/Keep every number, dose, unit, medicine name, date/);
    expect(system?.content).toMatch(/Add no facts/);
    expect(system?.content).toMatch(/\[NAME_1\]/);
  });

  test('a model that never answers: the embedded version is served at the timeout, flagged', async () => {
    fake.otherwise({ kind: 'hang' });
    const { simplifier } = simplifierFor(fake.baseUrl, { timeoutMs: 300 });
    const result = await simplifier.simplify(NOTE, { lang: 'en' });
    expect(result.engine).toBe('embedded');
    const flag = result.flags.find((f) => f.code === 'model_fallback');
    expect(flag?.message).toMatch(/did not finish within/);
  });

  test('a 429 with Retry-After is waited out and the retry is served', async () => {
    fake.enqueue({ kind: 'status', status: 429, retryAfter: '1' });
    fake.otherwise({ kind: 'reply', text: echo });
    const { simplifier, waits } = simplifierFor(fake.baseUrl);
    const result = await simplifier.simplify(NOTE, { lang: 'en' });
    expect(result.engine).toBe('llm');
    expect(waits).toEqual([1_000]);
    expect(fake.requests).toHaveLength(2);
  });

  test('5xx on every attempt: bounded retries, then the embedded version, flagged with the reason', async () => {
    fake.otherwise({ kind: 'status', status: 503 });
    const { simplifier } = simplifierFor(fake.baseUrl);
    const result = await simplifier.simplify(NOTE, { lang: 'en' });
    expect(result.engine).toBe('embedded');
    expect(result.flags.find((f) => f.code === 'model_fallback')?.message).toMatch(/HTTP 503/);
    expect(fake.requests).toHaveLength(3);
  });

  test('a malformed stream chunk is retried', async () => {
    fake.enqueue({ kind: 'malformed', before: ['Take '] });
    fake.otherwise({ kind: 'reply', text: echo });
    const { simplifier } = simplifierFor(fake.baseUrl);
    const result = await simplifier.simplify(NOTE, { lang: 'en' });
    expect(result.engine).toBe('llm');
    expect(fake.requests).toHaveLength(2);
  });

  test('the breaker opens after repeated failures, skips the model, and recovers half-open', async () => {
    const clock = testClock();
    fake.enqueue({ kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    fake.otherwise({ kind: 'reply', text: echo });
    const { simplifier } = simplifierFor(fake.baseUrl, {
      clock: clock.now,
      modelDeps: { retry: { maxAttempts: 1 }, breaker: { failureThreshold: 2, openMs: 30_000 } },
    });
    await simplifier.simplify(NOTE, { lang: 'en' });
    await simplifier.simplify(NOTE, { lang: 'en' });
    expect(simplifier.modelState()).toBe('open');

    const skipped = await simplifier.simplify(NOTE, { lang: 'en' });
    expect(skipped.engine).toBe('embedded');
    expect(skipped.flags.find((f) => f.code === 'model_fallback')?.message).toMatch(/paused/);
    expect(fake.requests).toHaveLength(2);

    clock.advance(30_000);
    expect(simplifier.modelState()).toBe('half-open');
    const recovered = await simplifier.simplify(NOTE, { lang: 'en' });
    expect(recovered.engine).toBe('llm');
    expect(simplifier.modelState()).toBe('closed');
  });
});

describe('the check and the one retry', () => {
  test('a dropped dose: the retry prompt names it, and the fixed version is served with a note', async () => {
    fake.enqueue({ kind: 'reply', text: withoutDose });
    fake.otherwise({ kind: 'reply', text: echo });
    const { simplifier } = simplifierFor(fake.baseUrl);
    const result = await simplifier.simplify(NOTE, { lang: 'en' });

    expect(fake.requests).toHaveLength(2);
    const feedback = feedbackOf(fake.requests[1]);
    expect(feedback).toMatch(/leaves out/);
    expect(feedback).toContain('25 mg');
    expect(fake.requests[1]?.body?.messages?.at(-2)).toMatchObject({ role: 'assistant' });
    expect(result.engine).toBe('llm');
    expect(result.flags.map((flag) => flag.code)).toContain('model_retry');
  });

  test('an added medicine: the retry prompt names it', async () => {
    fake.enqueue({
      kind: 'reply',
      text: (request) => `${echo(request)}\nAlso take aspirin 81 mg every day.`,
    });
    fake.otherwise({ kind: 'reply', text: echo });
    const { simplifier } = simplifierFor(fake.baseUrl);
    const result = await simplifier.simplify(NOTE, { lang: 'en' });
    const feedback = feedbackOf(fake.requests[1]);
    expect(feedback).toMatch(/adds/);
    expect(feedback).toContain('81 mg');
    expect(result.text).not.toContain('aspirin');
  });

  test('a lost placeholder: the retry prompt names it, and no PHI goes into the feedback', async () => {
    fake.enqueue({ kind: 'reply', text: (request) => echo(request).replace(/\[NAME_1\]/g, 'the patient') });
    fake.otherwise({ kind: 'reply', text: echo });
    const { simplifier } = simplifierFor(fake.baseUrl);
    await simplifier.simplify(NOTE, { lang: 'en' });
    expect(feedbackOf(fake.requests[1])).toContain('[NAME_1]');
    for (const value of PHI) for (const request of fake.requests) expect(request.raw).not.toContain(value);
  });

  test('a version too hard to read is written again with its grade named', async () => {
    const hard =
      'Notwithstanding the aforementioned considerations, comprehensive pharmacological adherence necessitates meticulous organizational methodologies throughout the entirety of the convalescence trajectory, irrespective of intermittent inconvenience.';
    fake.enqueue({ kind: 'reply', text: (request) => `${echo(request)}\n${hard}` });
    fake.otherwise({ kind: 'reply', text: echo });
    const { simplifier } = simplifierFor(fake.baseUrl);
    const result = await simplifier.simplify(NOTE, { lang: 'en', targetGrade: 7 });
    expect(feedbackOf(fake.requests[1])).toMatch(/reads at about grade \d+\.\d; aim for grade 7/);
    expect(result.engine).toBe('llm');
    expect(result.text).not.toContain('Notwithstanding');
  });

  test('a second failure: the embedded version is served, flagged model_fallback with what was wrong', async () => {
    fake.otherwise({ kind: 'reply', text: withoutDose });
    const { simplifier } = simplifierFor(fake.baseUrl);
    const result = await simplifier.simplify(NOTE, { lang: 'en' });
    expect(fake.requests).toHaveLength(2);
    expect(result.engine).toBe('embedded');
    const flag = result.flags.find((f) => f.code === 'model_fallback');
    expect(flag?.message).toMatch(/changed the facts twice/);
    expect(result.text).toContain('25 mg');
  });
});

describe('long documents', () => {
  const paragraph = (n: number): string =>
    `Step ${n}. Take 1 tablet of metoprolol 25 mg by mouth each morning. Check your pulse first.`;
  const LONG = [
    '# Your medicines',
    ...Array.from({ length: 8 }, (_, i) => paragraph(i + 1)),
    '# Warning signs',
    'Call 911 if you have chest pain.',
  ].join('\n\n');

  test('go to the model in sections, with progress for each, and come back whole and in order', async () => {
    fake.otherwise({ kind: 'reply', text: echo });
    const { simplifier } = simplifierFor(fake.baseUrl, { sectionTokens: 60 });
    const progress = progressRecorder();
    const result = await simplifier.simplify(LONG, { lang: 'en', onProgress: progress.onProgress });

    expect(fake.requests.length).toBeGreaterThan(2);
    const writes = progress.events.filter((event) => event.stage === 'write');
    expect(writes.map((event) => event.done)).toEqual(fake.requests.map((_, i) => i + 1));
    expect(new Set(writes.map((event) => event.total))).toEqual(new Set([fake.requests.length]));
    expect(result.engine).toBe('llm');
    expect(result.text).toBe(LONG);
  });

  test('a document over the token budget never reaches the model', async () => {
    fake.otherwise({ kind: 'reply', text: echo });
    const { simplifier } = simplifierFor(fake.baseUrl, { documentTokenBudget: 100 });
    const result = await simplifier.simplify(LONG, { lang: 'en' });
    expect(fake.requests).toHaveLength(0);
    expect(result.engine).toBe('embedded');
    expect(result.flags.find((f) => f.code === 'model_fallback')?.message).toMatch(/token budget/);
  });

  test('a caller that goes away stops the model work', async () => {
    fake.otherwise({ kind: 'hang' });
    const { simplifier } = simplifierFor(fake.baseUrl);
    const controller = new AbortController();
    const pending = simplifier.simplify(NOTE, { lang: 'en', signal: controller.signal });
    while (fake.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const result = await pending;
    expect(result.engine).toBe('embedded');
    expect(result.flags.find((f) => f.code === 'model_fallback')?.message).toMatch(/cancelled/);
  });
});

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import express, { type Express, type RequestHandler } from 'express';
import request from 'supertest';
import { errorHandler, errors } from '../../../server/http/errors.js';
import { createSimplifyRouter, MAX_TEXT_CHARS } from '../../../server/http/routes/simplify.js';
import { createLogger } from '../../../server/logger.js';
import type { Simplifier } from '../../../server/simplify/types.js';
import { startFakeOpenAI, type FakeOpenAIServer } from '../../fakes/openaiServer.js';
import { echo, simplifierFor } from './support.js';

const logger = createLogger({ level: 'silent' });

/** Stands in for the portal's clinician check: a role header instead of a session. */
const authorize: RequestHandler = (req, _res, next) => {
  const role = req.get('x-test-role');
  if (role === undefined) next(errors.unauthorized());
  else if (role !== 'clinician') next(errors.forbidden());
  else next();
};

function appWith(simplifier: Simplifier): Express {
  const app = express();
  app.use(express.json({ limit: '512kb' }));
  app.use(createSimplifyRouter({ simplifier, authorize, logger }));
  app.use(errorHandler(logger));
  return app;
}

const NOTE = 'Take 1 tab of metoprolol 25 mg PO BID.\n\nCall 911 if you have chest pain.';

interface SseEvent {
  event: string;
  data: unknown;
}

function parseEvents(body: string): SseEvent[] {
  return body
    .split('\n\n')
    .filter((block) => block.startsWith('event:'))
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? '';
      const data = /^data: (.*)$/m.exec(block)?.[1] ?? 'null';
      return { event, data: JSON.parse(data) as unknown };
    });
}

/** supertest hands the raw Node response to a custom parser; the event stream is read whole. */
function readAll(res: unknown, callback: (error: Error | null, body: string) => void): void {
  const stream = res as NodeJS.ReadableStream;
  let data = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (data += chunk));
  stream.on('end', () => callback(null, data));
}

let fake: FakeOpenAIServer;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  fake.otherwise({ kind: 'reply', text: echo });
});
afterAll(async () => {
  await fake.close();
});

describe('POST /api/simplify', () => {
  const embeddedOnly = appWith(simplifierFor(undefined).simplifier);

  test('answers JSON with the plain version, its engine, readability and facts', async () => {
    const res = await request(embeddedOnly)
      .post('/api/simplify')
      .set('x-test-role', 'clinician')
      .send({ text: NOTE, lang: 'en', targetGrade: 6 });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toMatchObject({
      engine: 'embedded',
      lang: 'en',
      readability: { before: { grade: expect.any(Number) }, after: { grade: expect.any(Number) } },
      facts: { preserved: expect.any(Boolean), missing: expect.any(Array), added: expect.any(Array) },
    });
    expect((res.body as { text: string }).text).toContain('25 mg');
  });

  test('detects the language when none is given', async () => {
    const res = await request(embeddedOnly).post('/api/simplify').set('x-test-role', 'clinician').send({
      text: 'Tome 1 tableta de metoprolol 25 mg por la boca dos veces al día. Llame al 911 si tiene dolor de pecho.',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ lang: 'es' });
  });

  test.each([
    [undefined, 401, 'unauthorized'],
    ['agent', 403, 'forbidden'],
  ])('role %s gets %i', async (role, status, code) => {
    const req = request(embeddedOnly).post('/api/simplify');
    if (role !== undefined) void req.set('x-test-role', role);
    const res = await req.send({ text: NOTE });
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ error: { code, message: expect.any(String) } });
  });

  test.each<[string, unknown, RegExp]>([
    ['no text', { lang: 'en' }, /text is required/],
    ['empty text', { text: '   ' }, /text must not be empty/],
    ['text over the limit', { text: 'a'.repeat(MAX_TEXT_CHARS + 1) }, /at most 100,000 characters/],
    ['text that is not a string', { text: 42 }, /text must be a string/],
    ['a language we do not speak', { text: NOTE, lang: 'fr' }, /lang must be one of/],
    ['a grade out of range', { text: NOTE, targetGrade: 40 }, /targetGrade must be from 1 to 16/],
    ['a grade as a string', { text: NOTE, targetGrade: '7' }, /targetGrade must be a number/],
    ['a fractional grade', { text: NOTE, targetGrade: 6.5 }, /whole number/],
  ])('refuses %s with 400 and a message that does not echo the input', async (_name, body, message) => {
    const res = await request(embeddedOnly)
      .post('/api/simplify')
      .set('x-test-role', 'clinician')
      .send(body as object);
    expect(res.status).toBe(400);
    const error = (res.body as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('invalid_request');
    expect(error.message).toMatch(message);
    expect(JSON.stringify(res.body)).not.toContain('metoprolol');
  });

  test('refuses a body that is not JSON', async () => {
    const res = await request(embeddedOnly)
      .post('/api/simplify')
      .set('x-test-role', 'clinician')
      .set('content-type', 'application/json')
      .send('{"text": ');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'invalid_json' } });
  });

  test('streams progress events and then the result when asked for text/event-stream', async () => {
    const app = appWith(simplifierFor(fake.baseUrl, { sectionTokens: 20 }).simplifier);
    const before = fake.requests.length;
    const res = await request(app)
      .post('/api/simplify')
      .set('x-test-role', 'clinician')
      .set('accept', 'text/event-stream')
      .buffer(true)
      .parse(readAll)
      .send({ text: NOTE, lang: 'en' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/event-stream/);
    const events = parseEvents(res.body as string);
    const progress = events
      .filter((e) => e.event === 'progress')
      .map((e) => e.data as { done: number; total: number; stage: string });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[0]).toEqual({ done: 0, total: fake.requests.length - before, stage: 'prepare' });
    expect(progress.at(-1)).toMatchObject({ stage: 'done' });
    expect(events.at(-1)?.event).toBe('result');
    expect(events.at(-1)?.data).toMatchObject({ engine: 'llm', text: NOTE });
  });

  test('a bad request in event-stream mode is still a JSON error', async () => {
    const res = await request(embeddedOnly)
      .post('/api/simplify')
      .set('x-test-role', 'clinician')
      .set('accept', 'text/event-stream')
      .send({ text: '' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'invalid_request' } });
  });

  describe('when something breaks inside', () => {
    const broken: Simplifier = {
      simplify: () => Promise.reject(new Error('boom in /srv/plaincare/secret.ts:12')),
      modelState: () => 'none',
    };
    const app = appWith(broken);

    test('JSON: a 500 with the error shape and no stack trace', async () => {
      const res = await request(app)
        .post('/api/simplify')
        .set('x-test-role', 'clinician')
        .send({ text: NOTE });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: { code: 'server_error', message: expect.any(String) } });
      expect(res.text).not.toMatch(/boom|secret\.ts|at /);
    });

    test('event stream: one error event with the same shape', async () => {
      const res = await request(app)
        .post('/api/simplify')
        .set('x-test-role', 'clinician')
        .set('accept', 'text/event-stream')
        .buffer(true)
        .parse(readAll)
        .send({ text: NOTE });
      const events = parseEvents(res.body as string);
      expect(events).toEqual([
        { event: 'error', data: { error: { code: 'server_error', message: expect.any(String) } } },
      ]);
      expect(res.body as string).not.toMatch(/boom|secret\.ts/);
    });
  });
});

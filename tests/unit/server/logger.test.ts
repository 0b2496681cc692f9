import { describe, expect, test } from '@jest/globals';
import { createLogger, scrub } from '../../../server/logger.js';
import { LogCapture } from '../../support/server.js';

describe('what the logs may hold', () => {
  test.each([
    [{ text: 'my name is Ana' }, { text: '[redacted]' }],
    [{ message: { text: 'chest pain', id: 'm1' } }, { message: { text: '[redacted]', id: 'm1' } }],
    [{ a: { b: { c: { email: 'x@y.org', ok: 1 } } } }, { a: { b: { c: { email: '[redacted]', ok: 1 } } } }],
    [{ list: [{ phone: '555-0100' }, { lang: 'es' }] }, { list: [{ phone: '[redacted]' }, { lang: 'es' }] }],
    [
      { conversationId: 'c1', outcome: 'answered', ms: 0.2 },
      { conversationId: 'c1', outcome: 'answered', ms: 0.2 },
    ],
    [
      { a: { b: { c: { d: { e: { f: { g: 'deep' } } } } } } },
      { a: { b: { c: { d: { e: { f: '[too deep]' } } } } } },
    ],
  ])('%j is logged as %j', (object, expected) => {
    expect(scrub(object)).toEqual(expected);
  });

  test('a logged line never carries a sensitive field, however it was passed', () => {
    const capture = new LogCapture();
    const logger = createLogger({ level: 'info', destination: capture });
    logger.info(
      { conversationId: 'c1', patient: { name: 'Zebediah', dob: '1950-02-03' }, text: 'I feel dizzy' },
      'turn',
    );
    expect(capture.text).toContain('"conversationId":"c1"');
    expect(capture.text).not.toMatch(/Zebediah|1950-02-03|dizzy/);
  });

  test('errors and requests are left to their serializers', () => {
    const error = new Error('boom');
    expect(scrub({ err: error })).toEqual({ err: error });
  });
});

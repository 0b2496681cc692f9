import { describe, expect, test } from '@jest/globals';
import { parseCallback } from '../../../server/escalation/patientHandoff.js';

describe('a call-back request', () => {
  test.each([
    ['555 010 0199', '555 010 0199'],
    ['(555) 010-0199', '(555) 010-0199'],
    ['+52 55 1234 5678', '+52 55 1234 5678'],
    ['  0912.345.678 ', '0912.345.678'],
  ])('%p is a phone number', (phone, kept) => {
    expect(parseCallback({ phone })).toEqual({ ok: true, value: { phone: kept } });
  });

  test.each([
    [{ phone: 'call me maybe' }, 'invalid_phone'],
    [{ phone: '123456' }, 'invalid_phone'],
    [{ phone: '1234567890123456' }, 'invalid_phone'],
    [{ phone: '555 010 0199 ext 4' }, 'invalid_phone'],
    [{ phone: '555 010 0199', note: 'é'.repeat(501) }, 'note_too_long'],
    [{}, 'invalid_message'],
    ['555 010 0199', 'invalid_message'],
  ])('%p is refused: %s', (payload, problem) => {
    expect(parseCallback(payload)).toEqual({ ok: false, problem });
  });

  test('a note is kept, trimmed; an empty one is dropped', () => {
    expect(parseCallback({ phone: '555 010 0199', note: '  after 5 pm ' })).toEqual({
      ok: true,
      value: { phone: '555 010 0199', note: 'after 5 pm' },
    });
    expect(parseCallback({ phone: '555 010 0199', note: '   ' })).toEqual({
      ok: true,
      value: { phone: '555 010 0199' },
    });
  });
});

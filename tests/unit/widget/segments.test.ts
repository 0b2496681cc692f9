import { describe, expect, test } from '@jest/globals';
import { phoneLooksValid } from '../../../client/widget/frame/text/phone.js';
import {
  telHref,
  toSegments,
  TRUSTED_HOSTS,
  type LinkPolicy,
} from '../../../client/widget/frame/text/segments.js';

/** Messages are text; only allow-listed addresses and the hospital's own numbers become links. */

const policy: LinkPolicy = {
  hosts: [...TRUSTED_HOSTS, 'plaincare.hospital.example'],
  phones: ['911', '988', '+1 555 0100'],
};

function links(text: string): Array<[string, string]> {
  return toSegments(text, policy).flatMap((s) =>
    s.kind === 'link' ? [[s.text, s.href] as [string, string]] : [],
  );
}

describe('links in a message', () => {
  test.each([
    ['Call 911 now.', [['911', 'tel:911']]],
    [
      'Call or text 988, or call 911.',
      [
        ['988', 'tel:988'],
        ['911', 'tel:911'],
      ],
    ],
    ['Call the hospital at +1 555 0100.', [['+1 555 0100', 'tel:+15550100']]],
    ['Your code is 19115.', []],
    ['Room 9110', []],
    [
      'See https://medlineplus.gov/ency/article/000001.htm.',
      [
        [
          'https://medlineplus.gov/ency/article/000001.htm',
          'https://medlineplus.gov/ency/article/000001.htm',
        ],
      ],
    ],
    [
      'Read www.cdc.gov: https://www.cdc.gov/flu/',
      [['https://www.cdc.gov/flu/', 'https://www.cdc.gov/flu/']],
    ],
    [
      'Your paper: https://plaincare.hospital.example/d/abc',
      [['https://plaincare.hospital.example/d/abc', 'https://plaincare.hospital.example/d/abc']],
    ],
    ['Go to https://evil.example/medlineplus.gov', []],
    ['Go to https://medlineplus.gov.evil.example/', []],
    ['Go to https://user:pw@medlineplus.gov/', []],
    ['javascript:alert(1) and data:text/html,hi', []],
    ['<a href="https://evil.example">click</a>', []],
  ] as Array<[string, Array<[string, string]>]>)('%j → %j', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  test.each([
    'Call 911 now.',
    '<script>alert(1)</script> https://medlineplus.gov/x, 988!',
    'NPO تعني لا شيء عن طريق الفم. اتصل بالرقم 911',
    '',
  ])('joining the pieces gives back the message exactly: %j', (text) => {
    expect(
      toSegments(text, policy)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  test('markup stays text: nothing in a message becomes an element', () => {
    const segments = toSegments('<img src=x onerror=alert(1)>', policy);
    expect(segments).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
  });

  test('a tel: link keeps only digits and a leading +', () => {
    expect(telHref('+44 (20) 7946-0000')).toBe('tel:+442079460000');
  });
});

describe('a call-back number, checked as the server checks it', () => {
  test.each([
    ['555 123 4567', true],
    ['+1 (555) 123-4567', true],
    ['555.123.4567', true],
    ['123456', false],
    ['1234567890123456', false],
    ['call me', false],
    ['555-CALL-NOW', false],
    ['', false],
  ])('%j → %s', (phone, valid) => {
    expect(phoneLooksValid(phone)).toBe(valid);
  });
});

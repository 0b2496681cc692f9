import { describe, expect, test } from '@jest/globals';
import { chooseLang, followDetected, type LangChoice } from '../../../client/widget/frame/lang/choose.js';

/** data-lang → browser → the first message; the patient's own pick beats them all. */

describe('the language the widget starts in', () => {
  test.each([
    // [what the patient picked, data-lang, browser languages, expected language, from]
    [null, 'es', ['en-US'], 'es', 'page'],
    [null, 'auto', ['vi-VN', 'en'], 'vi', 'browser'],
    [null, undefined, ['fr-FR', 'zh-Hans-CN'], 'zh', 'browser'],
    [null, 'AR', [], 'ar', 'page'],
    [null, 'es-MX', ['ko'], 'es', 'page'],
    [null, 'fr', ['ko-KR'], 'ko', 'browser'],
    [null, 'auto', ['fr-FR', 'de'], 'en', 'default'],
    [null, '', [], 'en', 'default'],
    ['ko', 'es', ['vi'], 'ko', 'chosen'],
    ['xx', 'es', ['vi'], 'es', 'page'],
  ] as const)('picked %s, data-lang %s, browser %j → %s (%s)', (chosen, page, browser, lang, source) => {
    expect(chooseLang({ chosen, page, browser })).toEqual({ lang, source });
  });
});

describe('following the language of the first message', () => {
  test.each([
    [{ lang: 'en', source: 'default' }, 'es', { lang: 'es', source: 'detected' }],
    [{ lang: 'es', source: 'detected' }, 'en', { lang: 'es', source: 'detected' }],
    [{ lang: 'en', source: 'browser' }, 'es', { lang: 'en', source: 'browser' }],
    [{ lang: 'ar', source: 'page' }, 'en', { lang: 'ar', source: 'page' }],
    [{ lang: 'vi', source: 'chosen' }, 'zh', { lang: 'vi', source: 'chosen' }],
  ] as Array<[LangChoice, LangChoice['lang'], LangChoice]>)(
    '%j after a reply in %s → %j',
    (current, detected, next) => {
      expect(followDetected(current, detected)).toEqual(next);
    },
  );
});

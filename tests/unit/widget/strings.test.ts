import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Lang } from '../../../client/shared/languages.js';
import { createTranslator, type Catalog } from '../../../client/widget/frame/i18n/translate.js';
import type { DeliveryStatus } from '../../../client/widget/frame/chat/state.js';
import { loadTranslations } from '../../../server/i18n.js';
import { projectPath } from '../../../server/paths.js';

/**
 * The widget reads locales/<lang>/widget.json with its own small translator (i18next would cost a third
 * of the size budget). These tests hold it to i18next's results, and the strings to what the code and
 * the server's own messages expect.
 */

function catalog(lang: Lang, namespace = 'widget'): Catalog {
  return JSON.parse(readFileSync(projectPath('locales', lang, `${namespace}.json`), 'utf8')) as Catalog;
}

function keysOf(node: Catalog, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const english = catalog('en');
const englishKeys = keysOf(english);
const pluralBases = [...new Set(englishKeys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))];
const plainKeys = englishKeys.filter((k) => !PLURAL.test(k));
/** Counts that reach every CLDR form of our six languages (Arabic's zero…many, Spanish's "many" at a million). */
const COUNTS = [0, 1, 2, 3, 10, 11, 30, 99, 100, 101, 1_000_000];
const VALUES = { number: '911', emergency: '911', name: 'Nurse Ana' };

describe('the widget translator gives what i18next gives', () => {
  const ready = loadTranslations(projectPath('locales'));

  test.each(LANGUAGES)('%s: every plain string, interpolated', async (lang) => {
    const i18next = await ready;
    const t = createTranslator(lang, catalog(lang), english);
    for (const key of plainKeys)
      expect([key, t(key, VALUES)]).toEqual([key, i18next(lang, `widget:${key}`, VALUES)]);
  });

  test.each(LANGUAGES)('%s: every plural string at counts that reach each plural form', async (lang) => {
    const i18next = await ready;
    const t = createTranslator(lang, catalog(lang), english);
    for (const key of pluralBases) {
      for (const count of COUNTS) {
        expect([key, count, t(key, { count })]).toEqual([
          key,
          count,
          i18next(lang, `widget:${key}`, { count }),
        ]);
      }
    }
  });

  test('Arabic picks six different forms where the language has them', () => {
    const t = createTranslator('ar', catalog('ar'), english);
    const forms = new Set([0, 1, 2, 3, 11, 100].map((count) => t('launcher.unread', { count })));
    expect(forms.size).toBe(6);
  });

  test('a string missing in a language falls back to English, then to its key', () => {
    const t = createTranslator(
      'es',
      { panel: { title: 'Pregunte' } },
      { panel: { title: 'Ask', close: 'Close' } },
    );
    expect(t('panel.title')).toBe('Pregunte');
    expect(t('panel.close')).toBe('Close');
    expect(t('panel.nothing')).toBe('panel.nothing');
  });

  test('a value that is not given leaves its placeholder visible rather than an empty gap', () => {
    const t = createTranslator('en', { call: 'Call {{number}} now' });
    expect(t('call')).toBe('Call {{number}} now');
  });
});

describe('the widget strings', () => {
  test('every key the widget code asks for exists in English', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(projectPath('client', 'widget', 'frame'))) {
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(/\bt[r]?\(\s*'([a-z_.]+)'/g)) used.add(match[1] ?? '');
    }
    const statuses: DeliveryStatus[] = ['queued', 'sent', 'delivered', 'failed'];
    for (const status of statuses) used.add(`status.${status}`); // asked for as `status.${item.status}`
    const defined = new Set([...plainKeys, ...pluralBases]);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !defined.has(key))).toEqual([]);
  });

  test.each(LANGUAGES)(
    '%s: the "Talk to a person" button reads as the server\'s no-answer text names it',
    (lang) => {
      const button = createTranslator(lang, catalog(lang))('handoff.button');
      const noAnswer = createTranslator(lang, catalog(lang, 'server'))('answer.no_answer');
      const quoted = [...noAnswer.matchAll(/["“]([^"”]+)["”]/g)].map((m) => m[1]);
      expect(quoted).toContain(button);
    },
  );

  test.each(LANGUAGES)('%s: the first-open notice says what is kept and for how long', (lang) => {
    const t = createTranslator(lang, catalog(lang));
    expect(t('notice.stored', { count: 30 })).toContain('30');
    expect(t('notice.not_emergency', { emergency: '911' })).toContain('911');
  });

  test('the English notice button is one a person (and a test) recognises as accepting', () => {
    expect(createTranslator('en', english)('notice.accept')).toMatch(/understand|accept|agree/i);
  });
});

import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Lang } from '../../../client/shared/languages.js';
import { projectPath } from '../../../server/paths.js';

/**
 * Every namespace file in locales/ (the widget's, the server's, emergency, handoff, staff… whoever wrote
 * it) holds the same keys in all six languages, with the same {{placeholders}}, and every plural key has
 * every form any of our languages needs. A string added in English alone, or a translation with a stray
 * key, fails here before a patient sees a key name instead of words.
 */

const LOCALES = projectPath('locales');
/** i18next's plural suffixes; every plural key carries all six in every file, so key sets match exactly. */
const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_FORMS.join('|')})$`);

type Flat = Map<string, string>;

function flatten(node: unknown, prefix: string, into: Flat, file: string): void {
  if (typeof node === 'string') {
    into.set(prefix, node);
    return;
  }
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    throw new Error(`${file}: "${prefix}" must be a string or an object of strings`);
  }
  for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, into, file);
}

function namespaces(lang: Lang): string[] {
  return readdirSync(join(LOCALES, lang))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

function load(lang: Lang, namespace: string): Flat {
  const file = join(LOCALES, lang, `${namespace}.json`);
  const flat: Flat = new Map();
  flatten(JSON.parse(readFileSync(file, 'utf8')) as unknown, '', flat, file);
  return flat;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

/** Plural forms may leave the count to the words ("one day", "يومين"); other placeholders must all be there. */
function expectedPlaceholders(key: string, english: string): string[] {
  const all = placeholders(english);
  return PLURAL_SUFFIX.test(key) ? all.filter((name) => name !== 'count') : all;
}

const english = namespaces('en');
const others = LANGUAGES.filter((lang) => lang !== 'en');

describe('locale files', () => {
  test('English has at least the widget and server strings', () => {
    expect(english).toEqual(expect.arrayContaining(['server', 'widget']));
  });

  test.each(others)('%s has exactly the namespace files English has', (lang) => {
    expect(namespaces(lang)).toEqual(english);
  });

  describe.each(english)('namespace %s', (namespace) => {
    const en = load('en', namespace);

    test.each(others)('%s has every key English has, and no other', (lang) => {
      const keys = [...load(lang, namespace).keys()];
      const missing = [...en.keys()].filter((key) => !keys.includes(key));
      const extra = keys.filter((key) => !en.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    test.each(others)('%s uses the same {{placeholders}} as English in every string', (lang) => {
      const translated = load(lang, namespace);
      const wrong: string[] = [];
      for (const [key, source] of en) {
        const text = translated.get(key);
        if (text === undefined) continue; // reported by the key test
        const found = placeholders(text);
        const wanted = expectedPlaceholders(key, source);
        const required = PLURAL_SUFFIX.test(key) ? found.filter((name) => name !== 'count') : found;
        if (required.join(',') !== wanted.join(',')) wrong.push(`${key}: {{${found.join('}}, {{')}}}`);
      }
      expect(wrong).toEqual([]);
    });

    test.each(LANGUAGES)('%s: no string is empty', (lang) => {
      const empty = [...load(lang, namespace)].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });

    test('every plural key has all six forms, so each language finds the form its rules pick', () => {
      const bases = new Set([...en.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((k) => k.replace(PLURAL_SUFFIX, '')));
      const incomplete = [...bases].filter((base) => PLURAL_FORMS.some((form) => !en.has(`${base}_${form}`)));
      expect(incomplete).toEqual([]);
    });
  });
});

describe('the parity check itself', () => {
  test('placeholders are read from i18next interpolation syntax', () => {
    expect(placeholders('Call {{number}} now, or {{ crisis }}; not {single} braces')).toEqual(['crisis', 'number']);
  });

  test('the plural forms cover what Intl.PluralRules picks in every language we speak', () => {
    for (const lang of LANGUAGES) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      expect(PLURAL_FORMS).toEqual(expect.arrayContaining(categories));
    }
  });
});

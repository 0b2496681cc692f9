import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../../client/shared/languages.js';
import { projectPath } from '../../../server/paths.js';
import { GUIDANCE, RED_FLAG_CATEGORIES, parseLexiconFile } from '../../../safety/screen/index.js';

/**
 * The server renders `t(lang, guidance.key, { emergency, crisis })`. Every guidance key must exist in
 * every language with exactly the placeholders guidanceFor says it uses, so a patient never sees a
 * raw key or a missing phone number.
 */
function emergencyTexts(lang: string): Record<string, unknown> {
  return JSON.parse(readFileSync(projectPath('locales', lang, 'emergency.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? ''))].sort();
}

describe('emergency guidance texts', () => {
  test.each([...LANGUAGES])('%s holds exactly the guidance keys', (lang) => {
    expect(Object.keys(emergencyTexts(lang)).sort()).toEqual(Object.keys(GUIDANCE).sort());
  });

  test.each(LANGUAGES.flatMap((lang) => Object.keys(GUIDANCE).map((key) => [lang, key] as const)))(
    '%s %s names exactly its numbers',
    (lang, key) => {
      const text = emergencyTexts(lang)[key];
      expect(typeof text).toBe('string');
      expect(placeholders(String(text))).toEqual([...(GUIDANCE[key]?.numbers ?? [])].sort());
    },
  );

  test('every category has guidance of its own or falls back to the general or urgent text', () => {
    for (const category of RED_FLAG_CATEGORIES) {
      const own = GUIDANCE[category];
      if (own !== undefined) expect(own.numbers.length).toBeGreaterThan(0);
    }
    expect(GUIDANCE.general).toBeDefined();
    expect(GUIDANCE.urgent).toBeDefined();
    expect(GUIDANCE.blocked?.numbers).toEqual([]);
    expect(GUIDANCE.self_harm?.numbers).toEqual(['crisis', 'emergency']);
  });

  test('every guidance a lexicon rule asks for exists', () => {
    const dir = projectPath('safety', 'lexicons');
    for (const lang of LANGUAGES) {
      for (const name of readdirSync(join(dir, lang)).filter((file) => file.endsWith('.json'))) {
        const file = parseLexiconFile(JSON.parse(readFileSync(join(dir, lang, name), 'utf8')), name);
        for (const rule of file.rules ?? [])
          if (rule.guidance !== undefined) expect(GUIDANCE[rule.guidance]).toBeDefined();
      }
    }
  });
});

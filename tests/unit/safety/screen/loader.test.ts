import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../../../../server/paths.js';
import { loadScreener } from '../../../../safety/screen/index.js';

/** Lexicons are data a hospital edits: mistakes must stop the start with a message that names the file and the field. */
function copyOfLexicons(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plaincare-lexicons-'));
  cpSync(projectPath('safety', 'lexicons'), dir, { recursive: true });
  return dir;
}

describe('loadScreener', () => {
  test('fails loudly for a language without a lexicon', () => {
    const dir = copyOfLexicons();
    try {
      rmSync(join(dir, 'vi'), { recursive: true });
      expect(() => loadScreener(dir)).toThrow(/No red-flag lexicon for "vi"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    [
      'an unknown concept',
      { lang: 'en', rules: [{ id: 'x.y', category: 'stroke', match: ['@nope'], reason: 'r' }] },
      /concept "@nope" is not defined/,
    ],
    [
      'an unknown category',
      { lang: 'en', rules: [{ id: 'x.y', category: 'gout', match: ['foot'], reason: 'r' }] },
      /hospital\.json: rules\.0\.category/,
    ],
    ['a file in the wrong folder', { lang: 'es' }, /says lang "es" but sits in the en folder/],
    ['a misspelt field', { lang: 'en', concept: {} }, /hospital\.json/],
    [
      'a duplicate rule id',
      { lang: 'en', rules: [{ id: 'chest_pain.named', category: 'stroke', match: ['x'], reason: 'r' }] },
      /already defined/,
    ],
  ])('rejects %s', (_name, content, message) => {
    const dir = copyOfLexicons();
    try {
      writeFileSync(join(dir, 'en', 'hospital.json'), JSON.stringify(content));
      expect(() => loadScreener(dir)).toThrow(message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a hospital extends a language with a file of its own, without code', () => {
    const dir = copyOfLexicons();
    try {
      writeFileSync(
        join(dir, 'en', 'hospital.json'),
        JSON.stringify({
          lang: 'en',
          concepts: { local_drug: ['zorblax'] },
          rules: [
            {
              id: 'local.zorblax',
              category: 'overdose',
              match: ['@local_drug', 'too much'],
              window: 4,
              reason: 'Local drug overdose.',
            },
          ],
        }),
      );
      const result = loadScreener(dir).screen('i took too much zorblax');
      expect(result.action).toBe('emergency');
      expect(result.matches.map((match) => match.ruleId)).toContain('en.local.zorblax');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

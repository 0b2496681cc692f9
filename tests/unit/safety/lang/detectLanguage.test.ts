import { describe, expect, test } from '@jest/globals';
import type { Lang } from '../../../../client/shared/languages.js';
import { detectLanguage } from '../../../../safety/lang/index.js';

describe('detectLanguage', () => {
  test.each<[string, Lang, boolean]>([
    ['my chest hurts and i cant breathe', 'en', true],
    ['me duele el pecho y no puedo respirar', 'es', true],
    ['¿qué hago?', 'es', false],
    ['tôi bị đau ngực', 'vi', true],
    ['toi bi dau nguc khong tho duoc', 'vi', true],
    ['我胸口很痛', 'zh', true],
    ['가슴이 아파요', 'ko', true],
    ['صدري يوجعني', 'ar', true],
  ])('%s → %s', (text, lang, reliable) => {
    const result = detectLanguage(text);
    expect(result.lang).toBe(lang);
    if (reliable) expect(result.reliable).toBe(true);
  });

  test('falls back to the conversation language when nothing points anywhere', () => {
    expect(detectLanguage('👍 123', 'ko')).toEqual({ lang: 'ko', reliable: false });
    expect(detectLanguage('', 'es')).toEqual({ lang: 'es', reliable: false });
  });

  test('a mixed message comes back as one of its languages', () => {
    expect(['zh', 'en']).toContain(detectLanguage('胸口痛 cant breathe').lang);
    expect(['es', 'en']).toContain(detectLanguage('my mom no puede respirar').lang);
  });

  test('a one-word message is not reliable', () => {
    expect(detectLanguage('ok').reliable).toBe(false);
  });
});

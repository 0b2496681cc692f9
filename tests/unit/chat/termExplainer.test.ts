import { beforeAll, describe, expect, test } from '@jest/globals';
import { createTermExplainer } from '../../../server/chat/answerers/termExplainer.js';
import type { Answerer } from '../../../server/chat/ports.js';
import { buildTermIndex } from '../../../content/lexicon/termIndex.js';
import { loadTranslations } from '../../../server/i18n.js';
import { projectPath } from '../../../server/paths.js';

const entry = (term: string, explanation: string) => ({
  term,
  plain: term,
  explanation,
  kind: 'term' as const,
});

describe('the embedded answerer', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    const t = await loadTranslations(projectPath('locales'));
    answerer = createTermExplainer({
      t,
      numbers: { emergency: '112', crisis: '116 123' },
      indexes: {
        en: buildTermIndex({
          lang: 'en',
          sources: ['test'],
          entries: [entry('NPO', 'NPO means nothing by mouth.')],
        }),
        es: buildTermIndex({
          lang: 'es',
          sources: ['test'],
          entries: [entry('ayunas', 'En ayunas es sin comer.')],
        }),
      },
    });
  });

  test('explains a term from the lexicon of the question', async () => {
    const draft = await answerer.answer({ text: 'what is NPO', lang: 'en', hints: [] });
    expect(draft.outcome).toBe('answered');
    expect(draft.text).toContain('NPO: NPO means nothing by mouth.');
    expect(draft.sources).toEqual([{ id: 'lexicon:en:npo', title: 'NPO', lang: 'en' }]);
    expect(draft.grounding).toBe(draft.text);
  });

  test('falls back to the English lexicon for a Spanish question, and says so', async () => {
    const draft = await answerer.answer({ text: '¿qué es NPO?', lang: 'es', hints: [] });
    expect(draft.outcome).toBe('answered');
    expect(draft.text).toMatch(/lista en inglés/);
    expect(draft.sources[0]).toMatchObject({ lang: 'en' });
  });

  test('a question about warning signs gets the vetted signs text with the configured number', async () => {
    const draft = await answerer.answer({
      text: 'what are the signs of a stroke',
      lang: 'en',
      hints: ['stroke'],
    });
    expect(draft.outcome).toBe('answered');
    expect(draft.text).toMatch(/face that droops/);
    expect(draft.text).toContain('112');
    expect(draft.sources[0]).toEqual({ id: 'signs:en:stroke', title: 'stroke', lang: 'en' });
  });

  test('self-harm signs name the crisis line', async () => {
    const draft = await answerer.answer({
      text: 'signs someone is suicidal',
      lang: 'en',
      hints: ['self_harm'],
    });
    expect(draft.text).toContain('116 123');
  });

  test('a hint without a signs text adds nothing', async () => {
    const draft = await answerer.answer({ text: 'hello', lang: 'en', hints: ['no_such_category'] });
    expect(draft.outcome).toBe('no_answer');
  });

  test('anything else is an honest "cannot answer yet" in the patient\'s language', async () => {
    const draft = await answerer.answer({ text: '¿puedo manejar?', lang: 'es', hints: [] });
    expect(draft).toMatchObject({ outcome: 'no_answer', sources: [], grounding: '' });
    expect(draft.text).toMatch(/Hablar con una persona/);
  });
});

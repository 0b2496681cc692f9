import { describe, expect, test } from '@jest/globals';
import { isRedFlag, loadCorpus } from '../../../../bench/safety/corpus.js';
import { projectPath } from '../../../../server/paths.js';
import { loadScreener } from '../../../../safety/screen/index.js';

/**
 * The labelled corpus (tests/fixtures/safety) as a regression gate: every red-flag message of the
 * tuning split must be caught, and ordinary questions and hard negatives must mostly pass through.
 * The held-out split is measured, never tuned on and never gated here (a gate would force tuning
 * on it); its figures, and the misses, are printed by `npm run eval:safety`.
 */
const screener = loadScreener(projectPath('safety', 'lexicons'));
const all = loadCorpus(projectPath('tests', 'fixtures', 'safety'));
const corpus = all.filter((item) => item.split === 'tune');

describe('labelled corpus', () => {
  test('holds at least 150 messages per language and 900 in all, about half red flags, with a held-out split', () => {
    expect(all.length).toBeGreaterThanOrEqual(900);
    for (const lang of ['en', 'es', 'zh', 'vi', 'ko', 'ar']) {
      expect(all.filter((item) => item.lang === lang).length).toBeGreaterThanOrEqual(150);
      expect(
        all.filter((item) => item.lang === lang && item.split === 'holdout').length,
      ).toBeGreaterThanOrEqual(8);
    }
    const share = all.filter(isRedFlag).length / all.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.7);
  });

  test.each(corpus.filter(isRedFlag).map((item) => [item.id, item.text, item.expect] as const))(
    '%s is caught: %s',
    (_id, text) => {
      expect(['emergency', 'urgent']).toContain(screener.screen(text).action);
    },
  );

  test('every self-harm message is an emergency or urgent', () => {
    const selfHarm = corpus.filter((item) => item.category === 'self_harm' && isRedFlag(item));
    expect(selfHarm.length).toBeGreaterThan(30);
    const missed = selfHarm.filter(
      (item) => !['emergency', 'urgent'].includes(screener.screen(item.text).action),
    );
    expect(missed.map((item) => item.id)).toEqual([]);
  });

  test('specificity on ordinary questions and hard negatives is at least 0.95', () => {
    const negatives = corpus.filter((item) => item.expect === 'allow');
    const wrong = negatives.filter((item) => screener.screen(item.text).action !== 'allow');
    expect(1 - wrong.length / negatives.length).toBeGreaterThanOrEqual(0.95);
  });

  test('prompt injection and harmful requests in the corpus are blocked', () => {
    const attacks = corpus.filter((item) => item.expect === 'block');
    expect(attacks.length).toBeGreaterThanOrEqual(30);
    const passed = attacks.filter((item) => screener.screen(item.text).action !== 'block');
    expect(passed.map((item) => item.id)).toEqual([]);
  });
});

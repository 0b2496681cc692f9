import { describe, expect, test } from '@jest/globals';
import { buildKit, simplifyDocument } from '../../../../content/simplify/engine.js';
import { compilePlainWords } from '../../../../content/simplify/rules/patternRules.js';
import { EN_TEST_LEXICON } from './fixtures.js';

/**
 * The engine's promise: whatever a rule does, no fact is lost. A deliberately bad plain-words rule ("10 min" →
 * "a while") stands for a future rule or lexicon mistake; the engine must notice and write that sentence again
 * more carefully, and leave the other sentences of the line as plain as they were.
 */
const kit = buildKit('en', EN_TEST_LEXICON);
const badKit = {
  ...kit,
  plainWords: compilePlainWords([
    { from: '10 min', to: 'a while' },
    { from: 'prior to', to: 'before' },
  ]),
};

describe('when a rewrite loses a fact', () => {
  test('only the sentence that lost it is written more carefully', () => {
    const source = 'Rest prior to lunch. Walk for 10 min after meals. Ambulate prior to noon.';
    const r = simplifyDocument(source, badKit, { lang: 'en' });
    expect(r.text).toBe('Rest before lunch. Walk for 10 min after meals. Walk before noon.');
    expect(r.facts.preserved).toBe(true);
  });

  test('the good kit simplifies every sentence', () => {
    const r = simplifyDocument('Rest prior to lunch. Ambulate prior to noon.', kit, { lang: 'en' });
    expect(r.text).toBe('Rest before lunch. Walk before noon.');
  });
});

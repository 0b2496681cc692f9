import { describe, expect, test } from '@jest/globals';
import type { Lang } from '../../../../client/shared/languages.js';
import { loadLexicon } from '../../../../content/lexicon/load.js';
import type { Lexicon } from '../../../../content/lexicon/types.js';
import { createEmbeddedSimplifier } from '../../../../content/simplify/index.js';
import { checkOutput } from '../../../../safety/output/index.js';
import { projectPath } from '../../../../server/paths.js';
import { loadCorpus } from '../../../fixtures/documents/corpus.js';

/**
 * The whole corpus (tests/fixtures/documents) through the embedded simplifier with the project's lexicons:
 * no fact may be missing or added, so a rule or lexicon change that loses a dose fails CI here.
 */
const corpus = loadCorpus();
const lexicons: Partial<Record<Lang, Lexicon>> = {};
for (const lang of new Set(corpus.map((d) => d.lang)))
  lexicons[lang] = loadLexicon(projectPath('content', 'lexicon'), lang);
const simplifier = createEmbeddedSimplifier(lexicons);

describe('the corpus keeps every fact', () => {
  test('it has at least 20 discharge documents and 10 consent forms in English', () => {
    const english = corpus.filter((d) => d.lang === 'en');
    expect(english.filter((d) => d.kind === 'discharge').length).toBeGreaterThanOrEqual(20);
    expect(english.filter((d) => d.kind === 'consent').length).toBeGreaterThanOrEqual(10);
  });

  test.each(corpus.map((d) => [d.file, d] as const))('%s', (_file, doc) => {
    const result = simplifier.simplify(doc.text, { lang: doc.lang });
    expect({ missing: result.facts.missing, added: result.facts.added }).toEqual({ missing: [], added: [] });
    expect(result.flags.filter((f) => f.code === 'facts_not_preserved')).toEqual([]);
    // A second look with no glossary at all: every number, dose, date and medicine is there, and none is new.
    const literal = checkOutput(doc.text, result.text, { lang: doc.lang, sentences: false });
    const hard = (facts: ReadonlyArray<{ kind: string; text: string }>): string[] =>
      facts.filter((f) => ['number', 'dose', 'date', 'medicine'].includes(f.kind)).map((f) => f.text);
    expect(hard(literal.missingFacts)).toEqual([]);
    expect(hard(literal.addedFacts)).toEqual([]);
    expect(result.text).not.toBe(doc.text);
  });
});

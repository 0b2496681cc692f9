import type { Lang } from '../../client/shared/languages.js';
import { loadLexicon } from '../../content/lexicon/load.js';
import type { Lexicon } from '../../content/lexicon/types.js';
import { createEmbeddedSimplifier } from '../../content/simplify/index.js';
import type { EmbeddedSimplifier } from '../../content/simplify/index.js';
import type { CorpusDocument } from '../../tests/fixtures/documents/corpus.js';
import { projectPath } from '../../server/paths.js';

/** The embedded simplifier over every lexicon the project has (a language without one still gets its rules). */
export function projectSimplifier(langs: readonly Lang[]): EmbeddedSimplifier {
  const lexicons: Partial<Record<Lang, Lexicon>> = {};
  for (const lang of langs) {
    try {
      lexicons[lang] = loadLexicon(projectPath('content', 'lexicon'), lang);
    } catch {
      // No lexicon file for this language yet: its rules still apply.
    }
  }
  return createEmbeddedSimplifier(lexicons);
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

export const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
};

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** A document of at least `words` words made of the corpus's English documents one after another. */
export function longDocument(corpus: readonly CorpusDocument[], words: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const doc = corpus[i % corpus.length];
    if (!doc) break;
    parts.push(doc.text);
    count += doc.text.split(/\s+/u).filter(Boolean).length;
  }
  return parts.join('\n\n');
}

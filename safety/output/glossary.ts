import type { Lang } from '../../client/shared/languages.js';
import { wholeWords } from './patterns.js';

/** A term and the plain words a rewrite may use for it ("dyspnea" → "shortness of breath"). */
export interface GlossaryPair {
  term: string;
  plain: string;
}

export type Substitute = (text: string) => string;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/**
 * Rewrites every glossary term as its plain words, so a warning or an instruction reads the same in a source that
 * says "dyspnea" and a plain version that says "shortness of breath". Longer terms win where they overlap.
 */
export function glossarySubstitution(glossary: readonly GlossaryPair[], lang: Lang): Substitute {
  const byTerm = new Map<string, string>();
  for (const { term, plain } of glossary) {
    const key = term.trim().toLowerCase();
    if (key && key !== plain.trim().toLowerCase() && !byTerm.has(key)) byTerm.set(key, plain);
  }
  if (byTerm.size === 0) return (text) => text;
  const alternatives = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escape);
  const regex = new RegExp(wholeWords(alternatives.join('|'), lang), 'giu');
  return (text) => text.replace(regex, (m) => byTerm.get(m.toLowerCase()) ?? m);
}

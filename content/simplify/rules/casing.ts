import type { TermIndex } from '../../lexicon/termIndex.js';

/**
 * A heading in capitals in sentence case ("DISCHARGE MEDICATIONS" → "Discharge medications"): capitals are
 * harder to read. Abbreviations the lexicon knows and words of three letters or fewer keep their capitals.
 */
const SMALL_WORDS = new Set(['for', 'and', 'the', 'of', 'to', 'in', 'on', 'at', 'or', 'with', 'by', 'an', 'a', 'if', 'de', 'la', 'el', 'los', 'las', 'del', 'y', 'en', 'por', 'con', 'al', 'para']);

export function headingCase(text: string, index: TermIndex): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase()) return text;
  let first = true;
  return text.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
    const keep = !SMALL_WORDS.has(word.toLowerCase()) && (word.length <= 3 || index.lookup(word)?.kind === 'abbreviation');
    const out = keep ? word : first ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase();
    first = false;
    return out;
  });
}

/** The first letter of each sentence in capitals (rewrites can leave "you were…" or "by mouth…" at the start). */
export function capitaliseSentences(text: string): string {
  return text.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

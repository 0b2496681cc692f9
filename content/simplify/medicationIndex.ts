import type { Lexicon } from '../lexicon/types.js';
import type { TermIndex, TermMatch } from '../lexicon/termIndex.js';
import { buildTermIndex } from '../lexicon/termIndex.js';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A term index of the lexicon's medicines (category "medication"), for the output validator's `medicines` option.
 * Medicine names are rare in running text, so it searches only the lines holding a word that starts one of them:
 * the same matches as the full index over the whole text, found in a fraction of the time.
 */
export function buildMedicationIndex(lexicon: Lexicon): TermIndex {
  const entries = lexicon.entries.filter((e) => e.category === 'medication');
  const inner = buildTermIndex({ ...lexicon, entries });
  const firstWords = new Set<string>();
  for (const e of entries) {
    for (const key of [e.term, ...(e.aliases ?? [])]) {
      const first = key.toLowerCase().match(WORD)?.[0];
      if (first) firstWords.add(first);
    }
  }
  // Chinese and Korean are searched by substring, where a line's words are not the lexicon's words.
  const bySubstring = lexicon.lang === 'zh' || lexicon.lang === 'ko';
  return {
    lang: inner.lang,
    size: inner.size,
    lookup: (term) => inner.lookup(term),
    find(text) {
      if (bySubstring) return inner.find(text);
      const found: TermMatch[] = [];
      let start = 0;
      for (const line of text.split('\n')) {
        const words = line.toLowerCase().match(WORD) ?? [];
        if (words.some((w) => firstWords.has(w))) {
          for (const m of inner.find(line)) found.push({ ...m, start: m.start + start, end: m.end + start });
        }
        start += line.length + 1;
      }
      return found;
    },
  };
}

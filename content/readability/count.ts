import type { Lang } from '../../client/shared/languages.js';
import type { Counts } from './formulas.js';
import { PROXY } from './coefficients.js';
import { isHan, splitSentences, wordsOf } from './segment.js';
import { englishSyllables } from './syllables/en.js';
import { spanishSyllables } from './syllables/es.js';

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/gu;
const LETTER = /\p{L}/gu;

function syllablesOf(word: string, lang: Lang): number {
  switch (lang) {
    case 'en':
      return englishSyllables(word);
    case 'es':
      return spanishSyllables(word);
    case 'zh': {
      // One Chinese character is one syllable; a Latin word inside Chinese text is counted as English.
      const han = [...word].filter(isHan).length;
      return han > 0 ? han : englishSyllables(word);
    }
    case 'ko': {
      const blocks = word.match(HANGUL_SYLLABLE)?.length ?? 0;
      return blocks > 0 ? blocks / PROXY.koreanMorphemesPerEojeol : englishSyllables(word);
    }
    case 'vi':
      return 1;
    case 'ar':
      // Arabic is scored by word length in letters (Al-Heeti); syllables are not used.
      return 1;
  }
}

/** Words already counted in this run (syllables, letters), so a document's repeated words are counted once. */
export type SyllableMemo = Map<string, { syllables: number; letters: number }>;

/** Counts one text (or one sentence) once, for every formula of its language. */
export function countText(
  text: string,
  lang: Lang,
  sentences = splitSentences(text, lang).length,
  memo: SyllableMemo = new Map(),
): Counts {
  const words = wordsOf(text, lang);
  let syllables = 0;
  let polysyllables = 0;
  let letters = 0;
  for (const word of words) {
    let known = memo.get(word);
    if (known === undefined) {
      known = { syllables: syllablesOf(word, lang), letters: word.match(LETTER)?.length ?? 0 };
      memo.set(word, known);
    }
    const s = known.syllables;
    syllables += s;
    if (s >= 3) polysyllables++;
    letters += known.letters;
  }
  if (lang === 'vi') {
    // Every Vietnamese syllable is written apart: the words are estimated from them (see PROXY).
    const estimatedWords = words.length / PROXY.vietnameseSyllablesPerWord;
    return { sentences, words: estimatedWords, syllables: words.length, polysyllables: 0, letters };
  }
  return { sentences, words: words.length, syllables, polysyllables, letters };
}

import type { Lang } from '../../client/shared/languages.js';
import { INFLESZ_BANDS, TOO_SHORT } from './coefficients.js';
import { countText } from './count.js';
import type { SyllableMemo } from './count.js';
import type { Counts } from './formulas.js';
import {
  alHeetiGrade,
  colemanLiauIndex,
  crawfordGrade,
  fernandezHuerta,
  fleschKincaidGrade,
  fleschReadingEase,
  smogGrade,
  spanishEaseToGrade,
  szigrisztPazos,
} from './formulas.js';
import { isHan, splitSentences } from './segment.js';
import type { ReadabilityScores, SentenceReadability } from './types.js';

const round = (n: number): number => Math.round(n * 100) / 100;

interface Graded {
  grade: number;
  readingEase?: number;
  measures: Record<string, number>;
}

function measure(c: Counts, lang: Lang): Graded {
  const wordsPerSentence = round(c.words / Math.max(1, c.sentences));
  switch (lang) {
    case 'en': {
      const fk = fleschKincaidGrade(c);
      const fre = fleschReadingEase(c);
      return {
        grade: round(fk),
        readingEase: round(fre),
        measures: {
          fleschKincaid: round(fk),
          fleschReadingEase: round(fre),
          smog: round(smogGrade(c)),
          colemanLiau: round(colemanLiauIndex(c)),
          wordsPerSentence,
          syllablesPerWord: round(c.syllables / Math.max(1, c.words)),
        },
      };
    }
    case 'es': {
      const fh = fernandezHuerta(c);
      const sp = szigrisztPazos(c);
      const band = INFLESZ_BANDS.findIndex((b) => sp >= b.from);
      return {
        grade: round(spanishEaseToGrade(fh)),
        readingEase: round(fh),
        measures: {
          fernandezHuerta: round(fh),
          szigrisztPazos: round(sp),
          /** 0 = muy fácil … 4 = muy difícil (INFLESZ_BANDS). */
          inflesz: band,
          crawford: round(crawfordGrade(c)),
          wordsPerSentence,
          syllablesPerWord: round(c.syllables / Math.max(1, c.words)),
        },
      };
    }
    case 'ar': {
      const g = alHeetiGrade(c);
      return {
        grade: round(g),
        measures: {
          alHeeti: round(g),
          wordsPerSentence,
          lettersPerWord: round(c.letters / Math.max(1, c.words)),
        },
      };
    }
    case 'zh':
    case 'ko':
    case 'vi': {
      // Proxy (coefficients.ts PROXY, docs/plain-language.md): Flesch-Kincaid's shape on each script's units.
      const g = fleschKincaidGrade(c);
      return {
        grade: round(g),
        measures: {
          gradeProxy: round(g),
          wordsPerSentence,
          syllablesPerWord: round(c.syllables / Math.max(1, c.words)),
          syllablesPerSentence: round(c.syllables / Math.max(1, c.sentences)),
        },
      };
    }
  }
}

function isTooShort(text: string, c: Counts, lang: Lang): boolean {
  if (lang === 'zh')
    return [...text].filter(isHan).length < TOO_SHORT.chineseCharacters || c.sentences < TOO_SHORT.sentences;
  return c.words < TOO_SHORT.words || c.sentences < TOO_SHORT.sentences;
}

/**
 * Readability of a whole text. `grade` is Flesch-Kincaid for English, the grade-equivalent of Fernández-Huerta for
 * Spanish, Al-Heeti for Arabic and a documented proxy for Chinese, Korean and Vietnamese. A text with no words
 * gets grade 0 and `tooShort: true`: read `tooShort` before the grade.
 */
export function scoreText(text: string, lang: Lang, memo: SyllableMemo = new Map()): ReadabilityScores {
  return scoreCounted(text, lang, splitSentences(text, lang).length, memo);
}

function scoreCounted(
  text: string,
  lang: Lang,
  sentenceCount: number,
  memo: SyllableMemo,
): ReadabilityScores {
  const c = countText(text, lang, sentenceCount, memo);
  const words = Math.round(c.words);
  if (words === 0)
    return { lang, grade: 0, words: 0, sentences: sentenceCount, measures: {}, tooShort: true };
  const graded = measure(c, lang);
  return {
    lang,
    grade: graded.grade,
    words,
    sentences: c.sentences,
    ...(graded.readingEase !== undefined ? { readingEase: graded.readingEase } : {}),
    measures: graded.measures,
    tooShort: isTooShort(text, c, lang),
  };
}

/** The grade of each sentence (same formula as its language's `grade`), so a view can mark the hardest ones. */
export function scoreSentences(text: string, lang: Lang): SentenceReadability[] {
  const memo: SyllableMemo = new Map();
  return splitSentences(text, lang).map((s) => {
    const c = countText(s.text, lang, 1, memo);
    return { text: s.text, start: s.start, end: s.end, grade: c.words === 0 ? 0 : measure(c, lang).grade };
  });
}

/** Both at once, counting each word's syllables once: what a rewrite reports for its plain version. */
export function scoreTextAndSentences(
  text: string,
  lang: Lang,
  memo: SyllableMemo = new Map(),
): { scores: ReadabilityScores; sentences: SentenceReadability[] } {
  const spans = splitSentences(text, lang);
  const sentences = spans.map((s) => {
    const c = countText(s.text, lang, 1, memo);
    return { text: s.text, start: s.start, end: s.end, grade: c.words === 0 ? 0 : measure(c, lang).grade };
  });
  return { scores: scoreCounted(text, lang, spans.length, memo), sentences };
}

function addCounts(a: Counts, b: Counts): Counts {
  return {
    sentences: a.sentences + b.sentences,
    words: a.words + b.words,
    syllables: a.syllables + b.syllables,
    polysyllables: a.polysyllables + b.polysyllables,
    letters: a.letters + b.letters,
  };
}

function fromCounts(text: string, c: Counts, lang: Lang): ReadabilityScores {
  const words = Math.round(c.words);
  if (words === 0) return { lang, grade: 0, words: 0, sentences: c.sentences, measures: {}, tooShort: true };
  const graded = measure(c, lang);
  return {
    lang,
    grade: graded.grade,
    words,
    sentences: c.sentences,
    ...(graded.readingEase !== undefined ? { readingEase: graded.readingEase } : {}),
    measures: graded.measures,
    tooShort: isTooShort(text, c, lang),
  };
}

/**
 * One pass over a text whose first `partEnd` characters are scored on their own too (a plain version without its
 * "Words to know"): counts are added up sentence by sentence, so each word is counted once.
 */
export function scoreWithPart(
  text: string,
  lang: Lang,
  partEnd: number,
  memo: SyllableMemo = new Map(),
): { part: ReadabilityScores; whole: ReadabilityScores; sentences: SentenceReadability[] } {
  const zero: Counts = { sentences: 0, words: 0, syllables: 0, polysyllables: 0, letters: 0 };
  let part = zero;
  let whole = zero;
  const sentences = splitSentences(text, lang).map((s) => {
    const c = countText(s.text, lang, 1, memo);
    whole = addCounts(whole, c);
    if (s.end <= partEnd) part = addCounts(part, c);
    return { text: s.text, start: s.start, end: s.end, grade: c.words === 0 ? 0 : measure(c, lang).grade };
  });
  return {
    part: fromCounts(text.slice(0, partEnd), part, lang),
    whole: fromCounts(text, whole, lang),
    sentences,
  };
}

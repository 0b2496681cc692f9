import {
  AL_HEETI,
  COLEMAN_LIAU,
  CRAWFORD,
  FERNANDEZ_HUERTA,
  FLESCH_KINCAID_GRADE,
  FLESCH_READING_EASE,
  SMOG,
  SPANISH_EASE_TO_GRADE,
  SZIGRISZT_PAZOS,
} from './coefficients.js';

/** The counts every formula is computed from. */
export interface Counts {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of three or more syllables (SMOG). */
  polysyllables: number;
  letters: number;
}

const safe = (n: number): number => (Number.isFinite(n) ? n : 0);
const perWord = (x: number, c: Counts): number => safe(x / c.words);
const wordsPerSentence = (c: Counts): number => safe(c.words / Math.max(1, c.sentences));

export function fleschReadingEase(c: Counts): number {
  const k = FLESCH_READING_EASE;
  return (
    k.base - k.perWordsPerSentence * wordsPerSentence(c) - k.perSyllablesPerWord * perWord(c.syllables, c)
  );
}

export function fleschKincaidGrade(c: Counts): number {
  const k = FLESCH_KINCAID_GRADE;
  return (
    k.perWordsPerSentence * wordsPerSentence(c) + k.perSyllablesPerWord * perWord(c.syllables, c) + k.base
  );
}

export function smogGrade(c: Counts): number {
  return (
    SMOG.factor * Math.sqrt((c.polysyllables * SMOG.sampleSentences) / Math.max(1, c.sentences)) + SMOG.base
  );
}

export function colemanLiauIndex(c: Counts): number {
  const L = perWord(c.letters, c) * 100;
  const S = perWord(c.sentences, c) * 100;
  return (
    COLEMAN_LIAU.perLettersPer100Words * L + COLEMAN_LIAU.perSentencesPer100Words * S + COLEMAN_LIAU.base
  );
}

export function fernandezHuerta(c: Counts): number {
  const k = FERNANDEZ_HUERTA;
  return (
    k.base - k.perSyllablesPerWord * perWord(c.syllables, c) - k.perWordsPerSentence * wordsPerSentence(c)
  );
}

export function szigrisztPazos(c: Counts): number {
  const k = SZIGRISZT_PAZOS;
  return (
    k.base - k.perSyllablesPerWord * perWord(c.syllables, c) - k.perWordsPerSentence * wordsPerSentence(c)
  );
}

export function crawfordGrade(c: Counts): number {
  const k = CRAWFORD;
  return (
    k.perSentencesPer100Words * perWord(c.sentences, c) * 100 +
    k.perSyllablesPer100Words * perWord(c.syllables, c) * 100 +
    k.base
  );
}

export function alHeetiGrade(c: Counts): number {
  return AL_HEETI.perLettersPerWord * perWord(c.letters, c) + AL_HEETI.base;
}

/** A Spanish reading-ease score as a school grade (see SPANISH_EASE_TO_GRADE), between 0 and 20. */
export function spanishEaseToGrade(ease: number): number {
  const points = SPANISH_EASE_TO_GRADE;
  const clamp = (g: number): number => Math.min(20, Math.max(0, g));
  const interpolate = (a: readonly [number, number], b: readonly [number, number]): number =>
    a[1] + ((ease - a[0]) * (b[1] - a[1])) / (b[0] - a[0]);
  const first = points[0];
  const second = points[1];
  const last = points[points.length - 1];
  const beforeLast = points[points.length - 2];
  if (!first || !second || !last || !beforeLast) return 0;
  if (ease >= first[0]) return clamp(interpolate(first, second));
  for (let i = 1; i < points.length; i++) {
    const hi = points[i - 1];
    const lo = points[i];
    if (hi && lo && ease >= lo[0]) return clamp(interpolate(hi, lo));
  }
  return clamp(interpolate(beforeLast, last));
}

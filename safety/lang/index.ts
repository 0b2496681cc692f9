import type { Lang } from '../../client/shared/languages.js';
import { countScripts } from './scripts.js';
import { LATIN_WORDS, SPANISH_MARKS, VIETNAMESE_LETTERS } from './latinWords.js';

export { scriptOf, countScripts, type Script, type ScriptCounts } from './scripts.js';

export interface DetectedLanguage {
  lang: Lang;
  /** False when the text is too short or too mixed to tell; the caller then prefers a language it already knows. */
  reliable: boolean;
}

const LATIN_LANGS = ['en', 'es', 'vi'] as const;
type LatinLang = (typeof LATIN_LANGS)[number];

const WORD_SETS: Record<LatinLang, ReadonlySet<string>> = {
  en: new Set(LATIN_WORDS.en),
  es: new Set(LATIN_WORDS.es),
  vi: new Set(LATIN_WORDS.vi),
};

// Letters per word differ by script: a Han character or Hangul syllable carries about as much as
// a short Latin or Arabic word, so counts are weighted before the scripts are compared.
const SCRIPT_WEIGHT = { latin: 0.25, arabic: 0.3, han: 0.7, hangul: 0.5 } as const;

const LATIN_WORD = /[\p{Script=Latin}']+/gu;
const COMBINING = /[\u0300-\u036f]/g;
const SPANISH_ACUTE = /[áéíóú]/g;

function latinScores(text: string): Record<LatinLang, number> {
  const scores: Record<LatinLang, number> = { en: 0, es: 0, vi: 0 };
  const lower = text.toLowerCase();
  const viLetters = lower.match(VIETNAMESE_LETTERS)?.length ?? 0;
  scores.vi += viLetters * 2;
  scores.es += (lower.match(SPANISH_MARKS)?.length ?? 0) * 2;
  // Acute vowels are Spanish unless Vietnamese letters show they belong to Vietnamese tones.
  if (viLetters === 0) scores.es += lower.match(SPANISH_ACUTE)?.length ?? 0;
  const plain = lower.normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd');
  for (const match of plain.matchAll(LATIN_WORD)) {
    const word = match[0].replace(/'/g, '');
    for (const lang of LATIN_LANGS) if (WORD_SETS[lang].has(word)) scores[lang] += 1;
  }
  return scores;
}

/**
 * The message's language among PlainCare's six, from its script and, for Latin-script text, from
 * Vietnamese letters, Spanish marks and common words. Pure and fast (no model): the screener calls
 * it for every message. Short or mixed text comes back `reliable: false` with the best guess, or
 * with `fallback` (the conversation's language) when nothing points anywhere.
 */
export function detectLanguage(text: string, fallback: Lang = 'en'): DetectedLanguage {
  const counts = countScripts(text);
  const weighted: Array<[Lang | 'latin', number]> = [
    ['ko', counts.hangul * SCRIPT_WEIGHT.hangul],
    ['ar', counts.arabic * SCRIPT_WEIGHT.arabic],
    ['zh', counts.kana > counts.han / 2 ? 0 : counts.han * SCRIPT_WEIGHT.han],
    ['latin', counts.latin * SCRIPT_WEIGHT.latin],
  ];
  weighted.sort((a, b) => b[1] - a[1]);
  const [top, second] = weighted;
  if (top === undefined || top[1] === 0) return { lang: fallback, reliable: false };
  const dominance = top[1] / (top[1] + (second?.[1] ?? 0));
  if (top[0] !== 'latin') {
    const letters = top[0] === 'ko' ? counts.hangul : top[0] === 'ar' ? counts.arabic : counts.han;
    return { lang: top[0], reliable: letters >= 2 && dominance >= 0.6 };
  }
  const scores = latinScores(text);
  const ranked = [...LATIN_LANGS].sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0] ?? 'en';
  const runnerUp = ranked[1] ?? 'es';
  const bestScore = scores[best];
  if (bestScore === 0) return { lang: fallback, reliable: false };
  const clear = bestScore >= 2 && bestScore >= 2 * scores[runnerUp];
  if (bestScore === scores[runnerUp]) {
    // A tie between two languages: keep the conversation's language if it is one of them.
    const tied = ranked.filter((lang) => scores[lang] === bestScore);
    const lang = (tied as readonly Lang[]).includes(fallback) ? fallback : best;
    return { lang, reliable: false };
  }
  return { lang: best, reliable: clear && dominance >= 0.6 };
}

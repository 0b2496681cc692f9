import type { Lang } from '../../client/shared/languages.js';
import { countScripts, scriptOf, type ScriptCounts } from './scripts.js';
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

/** Which common-word lists hold each word, as bits (1 en, 2 es, 4 vi): one lookup per word instead of three. */
const WORD_LANGS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  LATIN_LANGS.forEach((lang, index) => {
    for (const word of WORD_SETS[lang]) bits.set(word, (bits.get(word) ?? 0) | (1 << index));
  });
  return bits;
})();

// Letters per word differ by script: a Han character or Hangul syllable carries about as much as
// a short Latin or Arabic word, so counts are weighted before the scripts are compared.
const SCRIPT_WEIGHT = { latin: 0.25, arabic: 0.3, han: 0.7, hangul: 0.5 } as const;

const SPANISH_ACUTE = new Set(['á', 'é', 'í', 'ó', 'ú']);
const VIETNAMESE = new RegExp(VIETNAMESE_LETTERS.source, 'u');
const SPANISH = new RegExp(SPANISH_MARKS.source, 'u');
const COMBINING = /[\u0300-\u036f]/g;

function plainWord(word: string): string {
  for (let i = 0; i < word.length; i += 1) {
    if (word.charCodeAt(i) > 0x7f) return word.normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd');
  }
  return word;
}

/** One pass over the text: Vietnamese letters, Spanish marks, and common words of each language. */
function latinScores(text: string): Record<LatinLang, number> {
  const scores: Record<LatinLang, number> = { en: 0, es: 0, vi: 0 };
  let acute = 0;
  let word = '';
  const finish = () => {
    if (word === '') return;
    const plain = plainWord(word);
    for (const lang of LATIN_LANGS) if (WORD_SETS[lang].has(plain)) scores[lang] += 1;
    word = '';
  };
  for (const raw of text) {
    const ch = raw.toLowerCase();
    const cp = ch.codePointAt(0) ?? 0;
    const isLetter = (cp >= 97 && cp <= 122) || (cp >= 0xc0 && scriptOf(cp) === 'latin');
    if (isLetter) {
      if (cp >= 0xc0) {
        if (VIETNAMESE.test(ch)) scores.vi += 2;
        else if (SPANISH.test(ch)) scores.es += 2;
        else if (SPANISH_ACUTE.has(ch)) acute += 1;
      }
      word += ch;
    } else if (ch !== "'" && ch !== '’') finish();
  }
  finish();
  // Acute vowels are Spanish unless Vietnamese letters show they belong to Vietnamese tones.
  if (scores.vi === 0) scores.es += acute;
  return scores;
}

/**
 * The same decision from work the screener has already done: letters per script, language marks
 * counted before folding, and the folded Latin words. Saves a second pass over every message.
 */
export function decideLanguage(
  counts: ScriptCounts,
  marks: { vietnamese: number; spanish: number; acute: number },
  latinWords: Iterable<string>,
  fallback: Lang = 'en',
): DetectedLanguage {
  const scores: Record<LatinLang, number> = { en: 0, es: 0, vi: marks.vietnamese * 2 };
  scores.es += marks.spanish * 2 + (marks.vietnamese === 0 ? marks.acute : 0);
  for (const word of latinWords) {
    const bits = WORD_LANGS.get(word);
    if (bits === undefined) continue;
    if ((bits & 1) !== 0) scores.en += 1;
    if ((bits & 2) !== 0) scores.es += 1;
    if ((bits & 4) !== 0) scores.vi += 1;
  }
  return decide(counts, () => scores, fallback);
}

/**
 * The message's language among PlainCare's six, from its script and, for Latin-script text, from
 * Vietnamese letters, Spanish marks and common words. Pure and fast (no model): the screener calls
 * it for every message. Short or mixed text comes back `reliable: false` with the best guess, or
 * with `fallback` (the conversation's language) when nothing points anywhere.
 */
export function detectLanguage(text: string, fallback: Lang = 'en'): DetectedLanguage {
  return decide(countScripts(text), () => latinScores(text), fallback);
}

function decide(
  counts: ScriptCounts,
  scoreLatin: () => Record<LatinLang, number>,
  fallback: Lang,
): DetectedLanguage {
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
  const scores = scoreLatin();
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

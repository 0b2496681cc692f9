import type { Lang } from '../../client/shared/languages.js';
import type { Lexicon, LexiconEntry } from './types.js';

export interface TermMatch {
  entry: LexiconEntry;
  /** Offsets into the searched text. */
  start: number;
  end: number;
  /** The words as they appear in the text. */
  text: string;
}

export interface TermIndex {
  readonly lang: Lang;
  readonly size: number;
  /** Terms found in the text, longest first where they overlap, in reading order. */
  find(text: string): TermMatch[];
  /** The entry for one term or alias, as a person would type it. */
  lookup(term: string): LexiconEntry | undefined;
}

/** Languages written without spaces between words (or with particles glued on) are searched by substring. */
const SUBSTRING_LANGS: ReadonlySet<Lang> = new Set<Lang>(['zh', 'ko']);

// A word: letters (with their combining marks: Arabic harakat, decomposed Vietnamese tones) and digits,
// joined by inner dots, apostrophes, hyphens or slashes ("n.p.o", "q4-6h", "b/p").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’\-/][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

function normalise(words: string): string {
  return words.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function stripFinalDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

function keysOf(entry: LexiconEntry): string[] {
  return [entry.term, ...(entry.aliases ?? [])];
}

export function buildTermIndex(lexicon: Lexicon): TermIndex {
  const exact = new Map<string, LexiconEntry>();
  const folded = new Map<string, LexiconEntry>();
  let maxWords = 1;
  for (const entry of lexicon.entries) {
    for (const key of keysOf(entry)) {
      const spaced = key.replace(/\s+/g, ' ').trim();
      maxWords = Math.max(maxWords, spaced.split(' ').length);
      if (entry.caseSensitive) {
        if (!exact.has(spaced.normalize('NFC'))) exact.set(spaced.normalize('NFC'), entry);
      } else {
        const k = normalise(spaced);
        if (!folded.has(k)) folded.set(k, entry);
      }
    }
  }

  const lookupWords = (words: string): LexiconEntry | undefined =>
    exact.get(words.normalize('NFC')) ?? folded.get(normalise(words));

  const lookup = (term: string): LexiconEntry | undefined => {
    const spaced = term.replace(/\s+/g, ' ').trim();
    return lookupWords(spaced) ?? lookupWords(stripFinalDot(spaced));
  };

  /** The entry for these words and where it ends: a sentence's final dot is not part of "NPO." but is of "b.i.d.". */
  const matchAt = (words: string, end: number): { entry: LexiconEntry; end: number } | undefined => {
    const whole = lookupWords(words);
    if (whole) return { entry: whole, end };
    if (!words.endsWith('.')) return undefined;
    const trimmed = lookupWords(words.slice(0, -1));
    return trimmed ? { entry: trimmed, end: end - 1 } : undefined;
  };

  // Only a word that starts some key can start a match: most words of a text are skipped at once.
  const firstWords = new Set<string>();
  for (const key of [...exact.keys(), ...folded.keys()]) {
    const first = tokenize(key)[0];
    if (first) firstWords.add(normalise(stripFinalDot(first.text)));
  }

  const findByWords = (text: string): TermMatch[] => {
    const tokens = tokenize(text);
    // A term's words are read as the text writes them, so "DEXA) scan" is not "DEXA scan", while a key
    // written with punctuation ("vía: oral") still matches; a line break or a long gap ends a term.
    const joinsNext = tokens.map((token, k) => {
      const next = tokens[k + 1];
      if (next === undefined) return false;
      const gap = text.slice(token.end, next.start);
      return gap.length <= 3 && !gap.includes('\n');
    });
    const found: TermMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const first = tokens[i];
      if (!first || !firstWords.has(normalise(stripFinalDot(first.text)))) {
        i += 1;
        continue;
      }
      let reach = 1;
      while (reach < maxWords && i + reach < tokens.length && joinsNext[i + reach - 1]) reach += 1;
      let taken = 1;
      for (let n = reach; n >= 1; n--) {
        const last = tokens[i + n - 1];
        if (!last) continue;
        const words = text.slice(first.start, last.end).replace(/\s+/g, ' ');
        const hit = matchAt(words, last.end);
        if (hit) {
          found.push({ entry: hit.entry, start: first.start, end: hit.end, text: text.slice(first.start, hit.end) });
          taken = n;
          break;
        }
      }
      i += taken;
    }
    return found;
  };

  const substringKeys = [...exact.keys(), ...folded.keys()].sort((a, b) => b.length - a.length);
  const findBySubstring = (text: string): TermMatch[] => {
    const lower = text.toLowerCase();
    const taken: boolean[] = new Array<boolean>(text.length).fill(false);
    const found: TermMatch[] = [];
    for (const key of substringKeys) {
      const entry = exact.get(key) ?? folded.get(key);
      if (!entry) continue;
      const haystack = entry.caseSensitive ? text : lower;
      let from = haystack.indexOf(key);
      while (from !== -1) {
        const end = from + key.length;
        if (!taken.slice(from, end).some(Boolean)) {
          taken.fill(true, from, end);
          found.push({ entry, start: from, end, text: text.slice(from, end) });
        }
        from = haystack.indexOf(key, end);
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };

  return {
    lang: lexicon.lang,
    size: lexicon.entries.length,
    find: (text) => (SUBSTRING_LANGS.has(lexicon.lang) ? findBySubstring(text) : findByWords(text)),
    lookup: (term) => lookup(term),
  };
}

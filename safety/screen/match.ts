import type { CompiledLexicons, CompiledTerm, TokenMatcher } from './compile.js';
import { MIN_FUZZY_LENGTH, prefixWithinOneEdit, withinOneEdit, type FuzzyMatch } from './fuzzy.js';
import type { Token } from './tokenize.js';

/** One lexicon term found in a message, by token positions (end exclusive). */
export interface Hit {
  term: CompiledTerm;
  start: number;
  end: number;
  /** Words matched exactly (the rest needed typo tolerance). */
  exact: number;
  words: number;
  /** An exactly matched word that carries meaning (3+ letters, a Han or Hangul character, a number or an emoji). */
  strong: boolean;
}

/** Results of the typo search per word, kept between messages (bounded, cleared when full). */
export class FuzzyCache {
  private readonly entries = new Map<string, FuzzyMatch[]>();
  constructor(private readonly limit = 50_000) {}

  get(word: string, compute: (word: string) => FuzzyMatch[]): FuzzyMatch[] {
    const known = this.entries.get(word);
    if (known !== undefined) return known;
    if (this.entries.size >= this.limit) this.entries.clear();
    const found = compute(word);
    this.entries.set(word, found);
    return found;
  }
}

function compare(value: number, m: TokenMatcher): boolean {
  const target = m.value ?? 0;
  switch (m.op) {
    case '>=':
      return value >= target;
    case '<=':
      return value <= target;
    case '>':
      return value > target;
    case '<':
      return value < target;
    case 'range':
      return value >= target && value <= (m.max ?? target);
    default:
      return value === target;
  }
}

function isStrong(token: Token): boolean {
  return token.kind !== 'word' || token.text.length >= 3;
}

export function findHits(tokens: readonly Token[], lex: CompiledLexicons, fuzzyCache: FuzzyCache): Hit[] {
  const formsCache: Array<string[] | undefined> = new Array<string[] | undefined>(tokens.length);

  // The spellings a token may match as: itself, its texting or misspelt forms, and (Arabic) the word
  // without an attached و ف ب ل ال.
  const formsOf = (index: number): string[] => {
    const cached = formsCache[index];
    if (cached !== undefined) return cached;
    const token = tokens[index];
    const forms: string[] = [];
    if (token !== undefined) {
      const add = (form: string) => {
        if (!forms.includes(form)) forms.push(form);
        for (const variant of lex.spelling.get(form) ?? []) if (!forms.includes(variant)) forms.push(variant);
      };
      add(token.text);
      if (token.kind === 'word') {
        for (const prefix of lex.cliticPrefixes) {
          if (token.text.length - prefix.length >= 2 && token.text.startsWith(prefix)) add(token.text.slice(prefix.length));
        }
      }
    }
    formsCache[index] = forms;
    return forms;
  };

  const numberOf = (index: number): number | undefined => {
    const token = tokens[index];
    if (token === undefined) return undefined;
    if (token.kind === 'num') return token.value;
    for (const form of formsOf(index)) {
      const value = lex.numbers.get(form);
      if (value !== undefined) return value;
    }
    return undefined;
  };

  const fuzzyEligible = (token: Token): boolean =>
    token.kind === 'word' && token.script === 'latin' && token.text.length >= MIN_FUZZY_LENGTH && !lex.noFuzzy.has(token.text);

  /** 2: exact, 1: within one typo, 0: no match. */
  const matchOne = (m: TokenMatcher, index: number): 0 | 1 | 2 => {
    const token = tokens[index];
    if (token === undefined) return 0;
    if (m.wordStart && !token.wordStart) return 0;
    if (m.kind === 'num') {
      const value = numberOf(index);
      return value !== undefined && compare(value, m) ? 2 : 0;
    }
    for (const form of formsOf(index)) {
      if (m.kind === 'exact' ? form === m.text : form.startsWith(m.text)) return 2;
    }
    if (m.fuzzy && fuzzyEligible(token) && token.text.charCodeAt(0) === m.text.charCodeAt(0)) {
      const near = m.kind === 'exact' ? withinOneEdit(token.text, m.text) : prefixWithinOneEdit(token.text, m.text);
      if (near) return 1;
    }
    return 0;
  };

  const matchFrom = (term: CompiledTerm, start: number): Hit | undefined => {
    const sentence = tokens[start]?.sentence;
    let position = start;
    let exact = 0;
    let strong = false;
    for (let k = 0; k < term.matchers.length; k += 1) {
      const m = term.matchers[k];
      if (m === undefined) return undefined;
      const maxSkip = k === 0 ? 0 : term.gap;
      let found = -1;
      let score: 0 | 1 | 2 = 0;
      for (let skip = 0; skip <= maxSkip; skip += 1) {
        const index = position + skip;
        const token = tokens[index];
        if (token === undefined || token.sentence !== sentence) break;
        score = matchOne(m, index);
        if (score > 0) {
          found = index;
          break;
        }
      }
      if (found < 0) return undefined;
      if (score === 2) {
        exact += 1;
        const token = tokens[found];
        if (token !== undefined && isStrong(token)) strong = true;
      }
      position = found + 1;
    }
    // Short syllables (Vietnamese "tự tử") carry meaning together: a phrase matched exactly is strong.
    if (exact === term.matchers.length && exact >= 2) strong = true;
    return { term, start, end: position, exact, words: term.matchers.length, strong };
  };

  const hits: Hit[] = [];
  const candidates = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    candidates.clear();
    for (const form of formsOf(i)) {
      for (const id of lex.exactFirst.get(form) ?? []) candidates.add(id);
      for (const length of lex.prefixLengths) {
        if (length > form.length) break;
        for (const id of lex.prefixFirst.get(form.slice(0, length)) ?? []) candidates.add(id);
      }
    }
    if (lex.numericFirst.length > 0 && numberOf(i) !== undefined) for (const id of lex.numericFirst) candidates.add(id);
    if (fuzzyEligible(token)) {
      for (const near of fuzzyCache.get(token.text, (word) => lex.fuzzyIndex.search(word))) {
        const ids = (near.kind === 'exact' ? lex.fuzzyExact : lex.fuzzyPrefix).get(near.key) ?? [];
        for (const id of ids) candidates.add(id);
      }
    }
    for (const id of candidates) {
      const term = lex.terms[id];
      if (term === undefined) continue;
      const hit = matchFrom(term, i);
      if (hit !== undefined) hits.push(hit);
    }
  }
  return hits;
}

import {
  openSyllableBase,
  type CompiledLexicons,
  type CompiledTerm,
  type FirstNode,
  type PrefixTrie,
  type TokenMatcher,
} from './compile.js';
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
  /** An exactly matched word that carries meaning (3+ letters, a Han or Hangul character, a number or an emoji), or an exact phrase. */
  strong: boolean;
}

/** Results of the typo search per word, kept between messages (bounded, cleared when full). */
export class FuzzyCache {
  private readonly entries = new Map<string, FuzzyMatch[]>();
  constructor(private readonly limit = 50_000) {}

  get(word: string, search: { search(word: string): FuzzyMatch[] }): FuzzyMatch[] {
    const known = this.entries.get(word);
    if (known !== undefined) return known;
    if (this.entries.size >= this.limit) this.entries.clear();
    const found = search.search(word);
    this.entries.set(word, found);
    return found;
  }
}

const NO_MATCHES: FuzzyMatch[] = [];

/** What the index says about one distinct word: worked out once and remembered across messages. */
interface TokenInfo {
  forms: string[];
  /** A Hangul syllable without its final consonant, which an open stem syllable matches ("릴" for "리"). */
  base: string | undefined;
  number: number | undefined;
  near: FuzzyMatch[];
  firstNodes: FirstNode[];
}

/** Token facts by word (bounded, cleared when full): most messages reuse a small vocabulary. */
export class TokenInfoCache {
  readonly entries = new Map<string, TokenInfo>();
  constructor(readonly limit = 100_000) {}
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

/**
 * Finds every lexicon term in a token list. Methods rather than closures: this runs for every
 * message, and a class keeps per-message state without allocating functions.
 */
class HitFinder {
  private readonly infos: Array<TokenInfo | undefined>;
  private readonly seen: Int32Array;
  private readonly base: number;
  private readonly candidates: number[] = [];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly lex: CompiledLexicons,
    private readonly fuzzyCache: FuzzyCache,
    private readonly infoCache: TokenInfoCache,
    scratch: Scratch,
  ) {
    this.infos = new Array<TokenInfo | undefined>(tokens.length);
    this.seen = scratch.stamps;
    this.base = scratch.next;
  }

  private info(index: number): TokenInfo {
    const cached = this.infos[index];
    if (cached !== undefined) return cached;
    const token = this.tokens[index];
    let info: TokenInfo;
    if (token === undefined)
      info = { forms: [], base: undefined, near: NO_MATCHES, number: undefined, firstNodes: [] };
    else {
      const key = `${token.kind}\u0000${token.text}`;
      const known = this.infoCache.entries.get(key);
      if (known !== undefined) info = known;
      else {
        info = this.describe(token);
        if (this.infoCache.entries.size >= this.infoCache.limit) this.infoCache.entries.clear();
        this.infoCache.entries.set(key, info);
      }
    }
    this.infos[index] = info;
    return info;
  }

  /** Spellings (texting and misspelt forms; Arabic without و ف ب ل ال), number value, typo neighbours, and first-word index nodes. */
  private describe(token: Token): TokenInfo {
    const { lex } = this;
    const forms: string[] = [];
    this.addForm(forms, token.text);
    if (token.kind === 'word' && token.script === 'arabic') {
      for (const prefix of lex.cliticPrefixes) {
        if (token.text.length - prefix.length >= 2 && token.text.startsWith(prefix))
          this.addForm(forms, token.text.slice(prefix.length));
      }
    }
    let number: number | undefined = token.kind === 'num' ? token.value : undefined;
    if (number === undefined && lex.numbers.size > 0) {
      for (const form of forms) {
        const value = lex.numbers.get(form);
        if (value !== undefined) {
          number = value;
          break;
        }
      }
    }
    const near = this.fuzzyEligible(token) ? this.fuzzyCache.get(token.text, lex.fuzzyIndex) : NO_MATCHES;
    const firstNodes: FirstNode[] = [];
    for (const form of forms) {
      const node = lex.firstExact.get(form);
      if (node !== undefined && !firstNodes.includes(node)) firstNodes.push(node);
      let trie: PrefixTrie | undefined = lex.firstPrefixTrie;
      for (let c = 0; c < form.length && trie !== undefined; c += 1) {
        trie = trie.children.get(form.charAt(c));
        if (trie?.node !== undefined && !firstNodes.includes(trie.node)) firstNodes.push(trie.node);
      }
    }
    // Typo tolerance only for a word that is not itself a lexicon word ("chest" is not a misspelt "chess").
    if (firstNodes.length === 0) {
      for (const candidate of near) {
        const node = (candidate.kind === 'exact' ? lex.firstExact : lex.firstPrefix).get(candidate.key);
        if (node !== undefined && !firstNodes.includes(node)) firstNodes.push(node);
      }
    }
    if (number !== undefined) firstNodes.push(lex.firstNumber);
    const base = token.kind === 'cjk' ? openSyllableBase(token.text) : undefined;
    if (base !== undefined) {
      const node = lex.firstExact.get(base);
      if (node !== undefined && !firstNodes.includes(node)) firstNodes.push(node);
    }
    return { forms, base, number, near, firstNodes };
  }

  private addForm(forms: string[], form: string): void {
    if (!forms.includes(form)) forms.push(form);
    const variants = this.lex.spelling.get(form);
    if (variants !== undefined)
      for (const variant of variants) if (!forms.includes(variant)) forms.push(variant);
  }

  formsOf(index: number): string[] {
    return this.info(index).forms;
  }

  numberOf(index: number): number | undefined {
    return this.info(index).number;
  }

  fuzzyEligible(token: Token): boolean {
    return (
      token.kind === 'word' &&
      token.script === 'latin' &&
      token.text.length >= MIN_FUZZY_LENGTH &&
      !this.lex.noFuzzy.has(token.text)
    );
  }

  nearWords(index: number): FuzzyMatch[] {
    return this.info(index).near;
  }

  /** 2: exact, 1: within one typo, 0: no match. */
  matchOne(m: TokenMatcher, index: number): 0 | 1 | 2 {
    const token = this.tokens[index];
    if (token === undefined) return 0;
    if (m.wordStart && !token.wordStart) return 0;
    if (m.kind === 'num') {
      const value = this.numberOf(index);
      return value !== undefined && compare(value, m) ? 2 : 0;
    }
    for (const form of this.formsOf(index)) {
      if (m.kind === 'exact' ? form === m.text : form.startsWith(m.text)) return 2;
    }
    if (m.openSyllable === true && this.info(index).base === m.text) return 2;
    if (m.fuzzy && this.fuzzyEligible(token) && token.text.charCodeAt(0) === m.text.charCodeAt(0)) {
      const near =
        m.kind === 'exact' ? withinOneEdit(token.text, m.text) : prefixWithinOneEdit(token.text, m.text);
      if (near) return 1;
    }
    return 0;
  }

  matchFrom(term: CompiledTerm, start: number): Hit | undefined {
    const sentence = this.tokens[start]?.sentence;
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
        const token = this.tokens[index];
        if (token === undefined || token.sentence !== sentence) break;
        score = this.matchOne(m, index);
        if (score > 0) {
          found = index;
          break;
        }
      }
      if (found < 0) return undefined;
      if (score === 2) {
        exact += 1;
        const token = this.tokens[found];
        if (token !== undefined && isStrong(token)) strong = true;
      }
      position = found + 1;
    }
    // Short syllables (Vietnamese "tự tử") carry meaning together: a phrase matched exactly is strong.
    if (exact === term.matchers.length && exact >= 2) strong = true;
    return { term, start, end: position, exact, words: term.matchers.length, strong };
  }

  private add(ids: readonly number[] | undefined, stamp: number): void {
    if (ids === undefined) return;
    for (const id of ids) {
      if (this.seen[id] === stamp) continue;
      this.seen[id] = stamp;
      this.candidates.push(id);
    }
  }

  /** Longer terms under a first-word node whose second word matches a following token. */
  private addSeconds(node: FirstNode, i: number, stamp: number): void {
    this.add(node.single, stamp);
    this.add(node.secondOther, stamp);
    if (node.secondExact.size === 0 && node.secondPrefix.size === 0) return;
    const sentence = this.tokens[i]?.sentence;
    for (let j = i + 1; j <= i + 1 + node.gap; j += 1) {
      const token = this.tokens[j];
      if (token === undefined || token.sentence !== sentence) break;
      for (const form of this.formsOf(j)) {
        this.add(node.secondExact.get(form), stamp);
        for (const length of node.secondPrefixLengths) {
          if (length > form.length) break;
          this.add(node.secondPrefix.get(form.slice(0, length)), stamp);
        }
      }
      const base = this.info(j).base;
      if (base !== undefined) this.add(node.secondExact.get(base), stamp);
      for (const near of this.nearWords(j)) {
        this.add((near.kind === 'exact' ? node.secondExact : node.secondPrefix).get(near.key), stamp);
      }
    }
  }

  find(): Hit[] {
    const hits: Hit[] = [];
    const { lex } = this;
    for (let i = 0; i < this.tokens.length; i += 1) {
      const stamp = this.base + i + 1;
      this.candidates.length = 0;
      for (const node of this.info(i).firstNodes) this.addSeconds(node, i, stamp);
      for (const id of this.candidates) {
        const term = lex.terms[id];
        if (term === undefined) continue;
        const hit = this.matchFrom(term, i);
        if (hit !== undefined) hits.push(hit);
      }
    }
    return hits;
  }
}

/**
 * Reusable per-screener scratch space: one stamp per term, so a candidate set needs no allocation.
 * Stamps keep growing between messages and are reset only when they would overflow.
 */
export interface Scratch {
  stamps: Int32Array;
  next: number;
}

export function createScratch(lex: CompiledLexicons): Scratch {
  return { stamps: new Int32Array(lex.terms.length), next: 0 };
}

const STAMP_LIMIT = 2 ** 30;

export function findHits(
  tokens: readonly Token[],
  lex: CompiledLexicons,
  fuzzyCache: FuzzyCache,
  scratch?: Scratch,
  infoCache: TokenInfoCache = new TokenInfoCache(),
): Hit[] {
  const space = scratch ?? createScratch(lex);
  if (space.next + tokens.length + 1 >= STAMP_LIMIT) {
    space.stamps.fill(0);
    space.next = 0;
  }
  const hits = new HitFinder(tokens, lex, fuzzyCache, infoCache, space).find();
  space.next += tokens.length + 1;
  return hits;
}

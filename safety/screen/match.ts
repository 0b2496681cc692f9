import {
  letterBit,
  NUMBER_BIT,
  openSyllableBase,
  type CompiledLexicons,
  type CompiledTerm,
  type FirstGroup,
  type FirstNode,
  type PrefixTrie,
  type SeqEdge,
  type SeqNode,
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

/** Prefix terms are short stems ("breath*", "dolor*"); longer beginnings are cut when needed. */
const MAX_PREFIX = 12;

/** Particles a phrase may pass over between two of its words. */
const MAX_PARTICLES = 2;

/** Trie nodes remembered per word; a word meets few nodes, but adversarial text must not grow it without end. */
const MAX_EDGE_MEMO = 256;

/** What the index says about one distinct word: worked out once and remembered across messages. */
/** A one-word term that matches a word whatever surrounds it (worked out once per distinct word). */
interface SingleMatch {
  term: CompiledTerm;
  exact: boolean;
  /** The term asks to start a word (`^안`): checked against each occurrence. */
  wordStart: boolean;
}

/** A term word this word matches, with how well (2 exact, 1 within a typo). */
interface EdgeMatch {
  edge: SeqEdge;
  score: 1 | 2;
}

/** A group of multi-word terms whose first word this word matches. */
interface GroupMatch {
  group: FirstGroup;
  score: 1 | 2;
}

const NO_EDGES: EdgeMatch[] = [];

interface TokenInfo {
  forms: string[];
  /** One-word terms this word matches, already verified. */
  singles: SingleMatch[];
  /** Groups of longer terms this word begins, already verified. */
  groups: GroupMatch[];
  /** The edges of a trie node this word matches, worked out the first time the word meets the node. */
  edges: Map<SeqNode, EdgeMatch[]>;
  /** Bits of the first letters this word can match by (forms, stem syllable, typo neighbours, number). */
  mask: number;
  /** For each form, its beginnings by length (prefixes[f][k] is the first k + 1 letters), for prefix lookups. */
  prefixes: string[][];
  /** A Hangul syllable without its final consonant, which an open stem syllable matches ("릴" for "리"). */
  base: string | undefined;
  number: number | undefined;
  near: FuzzyMatch[];
  firstNodes: FirstNode[];
  /** A dialect particle ("عم") that a phrase may pass over without using its gap. */
  particle: boolean;
}

/** Token facts by word (bounded, cleared when full): most messages reuse a small vocabulary. */
export class TokenInfoCache {
  /** One map per token kind, so a lookup needs no key built from kind and text. */
  private readonly words = new Map<string, TokenInfo>();
  private readonly numbers = new Map<string, TokenInfo>();
  private readonly characters = new Map<string, TokenInfo>();
  private readonly emoji = new Map<string, TokenInfo>();
  private size = 0;
  constructor(readonly limit = 100_000) {}

  private mapFor(kind: Token['kind']): Map<string, TokenInfo> {
    switch (kind) {
      case 'word':
        return this.words;
      case 'num':
        return this.numbers;
      case 'cjk':
        return this.characters;
      default:
        return this.emoji;
    }
  }

  get(token: Token): TokenInfo | undefined {
    return this.mapFor(token.kind).get(token.text);
  }

  set(token: Token, info: TokenInfo): void {
    if (this.size >= this.limit) {
      for (const map of [this.words, this.numbers, this.characters, this.emoji]) map.clear();
      this.size = 0;
    }
    this.mapFor(token.kind).set(token.text, info);
    this.size += 1;
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

/**
 * Finds every lexicon term in a token list. Methods rather than closures: this runs for every
 * message, and a class keeps per-message state without allocating functions.
 */
class HitFinder {
  private readonly infos: Array<TokenInfo | undefined>;
  private readonly stack: Scratch;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly lex: CompiledLexicons,
    private readonly fuzzyCache: FuzzyCache,
    private readonly infoCache: TokenInfoCache,
    scratch: Scratch,
  ) {
    this.infos = new Array<TokenInfo | undefined>(tokens.length);
    this.stack = scratch;
  }

  private info(index: number): TokenInfo {
    const cached = this.infos[index];
    if (cached !== undefined) return cached;
    const token = this.tokens[index];
    let info: TokenInfo;
    if (token === undefined)
      info = {
        forms: [],
        singles: [],
        groups: [],
        edges: new Map(),
        mask: 0,
        prefixes: [],
        base: undefined,
        number: undefined,
        near: NO_MATCHES,
        firstNodes: [],
        particle: false,
      };
    else {
      const known = this.infoCache.get(token);
      if (known !== undefined) info = known;
      else {
        info = this.describe(token);
        this.infoCache.set(token, info);
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
    const prefixes = forms.map((form) => {
      const list: string[] = [];
      for (let k = 1; k <= form.length && k <= MAX_PREFIX; k += 1) list.push(form.slice(0, k));
      return list;
    });
    let mask = number !== undefined ? NUMBER_BIT : 0;
    for (const form of forms) mask |= letterBit(form);
    if (base !== undefined) mask |= letterBit(base);
    for (const candidate of near) mask |= letterBit(candidate.key);
    const info: TokenInfo = {
      forms,
      singles: [],
      groups: [],
      edges: new Map(),
      mask,
      prefixes,
      base,
      number,
      near,
      firstNodes,
      particle:
        token.kind === 'word' && lex.particles.size > 0 && forms.some((form) => lex.particles.has(form)),
    };
    const seen = new Set<number>();
    for (const node of firstNodes) {
      for (const id of node.single) {
        const term = lex.terms[id];
        const m = term?.matchers[0];
        if (term === undefined || m === undefined || seen.has(id)) continue;
        seen.add(id);
        const score = this.scoreWord(m, token, info);
        if (score > 0) info.singles.push({ term, exact: score === 2, wordStart: m.wordStart });
      }
      for (const group of node.groups) {
        const score = this.scoreWord(group.m, token, info);
        if (score !== 0) info.groups.push({ group, score });
      }
    }
    return info;
  }

  private addForm(forms: string[], form: string): void {
    if (!forms.includes(form)) forms.push(form);
    const variants = this.lex.spelling.get(form);
    if (variants !== undefined)
      for (const variant of variants) if (!forms.includes(variant)) forms.push(variant);
  }

  fuzzyEligible(token: Token): boolean {
    return (
      token.kind === 'word' &&
      token.script === 'latin' &&
      token.text.length >= MIN_FUZZY_LENGTH &&
      !this.lex.noFuzzy.has(token.text)
    );
  }

  /** How a word matches one term word, from the word alone (its place in the message aside). */
  private scoreWord(m: TokenMatcher, token: Token, info: TokenInfo): 0 | 1 | 2 {
    if (m.kind === 'num') return info.number !== undefined && compare(info.number, m) ? 2 : 0;
    for (const form of info.forms) {
      if (m.kind === 'exact' ? form === m.text : form.startsWith(m.text)) return 2;
    }
    if (m.openSyllable && info.base === m.text) return 2;
    if (m.fuzzy && this.fuzzyEligible(token) && token.text.charCodeAt(0) === m.text.charCodeAt(0)) {
      const near =
        m.kind === 'exact' ? withinOneEdit(token.text, m.text) : prefixWithinOneEdit(token.text, m.text);
      if (near) return 1;
    }
    return 0;
  }

  /**
   * Follows one trie of multi-word terms from `position`. Each following word may sit up to `gap`
   * words later; each edge takes the first place it matches (greedy, as a reader would), and the
   * terms that end on a node become hits.
   */
  private walk(
    node: SeqNode,
    start: number,
    position: number,
    gap: number,
    sentence: number,
    exact: number,
    strong: boolean,
    hits: Hit[],
  ): void {
    for (const term of node.terms) {
      const all = exact === term.matchers.length;
      // Short syllables (Vietnamese "tự tử") carry meaning together: a phrase matched exactly is strong.
      hits.push({
        term,
        start,
        end: position,
        exact,
        words: term.matchers.length,
        strong: strong || (all && exact >= 2),
      });
    }
    if (node.edgeCount === 0) return;
    const stack = this.stack;
    const from = stack.size;
    let last = position + gap;
    for (let j = position; j <= last && j < this.tokens.length; j += 1) {
      const token = this.tokens[j];
      if (token === undefined || token.sentence !== sentence) break;
      const info = this.info(j);
      // A dialect particle ("ما عم يتنفس") is passed over without using the gap; at most a few in a row.
      if (info.particle && last - position < gap + MAX_PARTICLES) last += 1;
      if ((node.mask & info.mask) === 0) continue;
      for (const { edge, score } of this.edgesFor(node, j)) {
        let seen = false;
        for (let t = from; t < stack.size; t += 1)
          if (stack.taken[t] === edge) {
            seen = true;
            break;
          }
        if (seen || (edge.m.wordStart && !token.wordStart)) continue;
        stack.taken[stack.size] = edge;
        stack.size += 1;
        const end = stack.size;
        const isExact = score === 2;
        this.walk(
          edge.next,
          start,
          j + 1,
          gap,
          sentence,
          exact + (isExact ? 1 : 0),
          strong || (isExact && isStrong(token)),
          hits,
        );
        // A deeper walk restores what it took; this edge stays marked for the rest of this node.
        stack.size = end;
      }
    }
    stack.size = from;
  }

  /** The edges of `node` that the word at `index` matches (remembered per distinct word). */
  private edgesFor(node: SeqNode, index: number): EdgeMatch[] {
    const info = this.info(index);
    const known = info.edges.get(node);
    if (known !== undefined) return known;
    const token = this.tokens[index];
    let found: EdgeMatch[] = NO_EDGES;
    const consider = (edges: readonly SeqEdge[] | undefined) => {
      if (edges === undefined || token === undefined) return;
      for (const edge of edges) {
        if (found.some((match) => match.edge === edge)) continue;
        const score = this.scoreWord(edge.m, token, info);
        if (score === 0) continue;
        if (found === NO_EDGES) found = [];
        found.push({ edge, score });
      }
    };
    for (let f = 0; f < info.forms.length; f += 1) {
      const form = info.forms[f] ?? '';
      consider(node.exact.get(form));
      const beginnings = info.prefixes[f] ?? [];
      for (const length of node.prefixLengths) {
        if (length > form.length) break;
        consider(
          node.prefix.get(length <= MAX_PREFIX ? (beginnings[length - 1] ?? '') : form.slice(0, length)),
        );
      }
    }
    if (info.base !== undefined) consider(node.exact.get(info.base));
    if (info.number !== undefined) consider(node.num);
    for (const near of info.near) consider((near.kind === 'exact' ? node.exact : node.prefix).get(near.key));
    if (info.edges.size >= MAX_EDGE_MEMO) info.edges.clear();
    info.edges.set(node, found);
    return found;
  }

  find(): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < this.tokens.length; i += 1) {
      const info = this.info(i);
      const token = this.tokens[i];
      if (token === undefined) continue;
      for (const single of info.singles) {
        if (single.wordStart && !token.wordStart) continue;
        hits.push({
          term: single.term,
          start: i,
          end: i + 1,
          exact: single.exact ? 1 : 0,
          words: 1,
          strong: single.exact && isStrong(token),
        });
      }
      for (const { group, score } of info.groups) {
        if (group.m.wordStart && !token.wordStart) continue;
        const isExact = score === 2;
        for (const trie of group.tries)
          this.walk(
            trie.root,
            i,
            i + 1,
            trie.gap,
            token.sentence,
            isExact ? 1 : 0,
            isExact && isStrong(token),
            hits,
          );
      }
    }
    return hits;
  }
}

/**
 * Reusable per-screener scratch space: the edges taken along the current trie walk, as a stack with
 * its own size (shrinking an array through its length is a slow call in V8).
 */
export interface Scratch {
  taken: SeqEdge[];
  size: number;
}

export function createScratch(): Scratch {
  return { taken: [], size: 0 };
}

export function findHits(
  tokens: readonly Token[],
  lex: CompiledLexicons,
  fuzzyCache: FuzzyCache,
  scratch: Scratch = createScratch(),
  infoCache: TokenInfoCache = new TokenInfoCache(),
): Hit[] {
  scratch.size = 0;
  return new HitFinder(tokens, lex, fuzzyCache, infoCache, scratch).find();
}

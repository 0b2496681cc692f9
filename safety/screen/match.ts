import {
  letterBit,
  NUMBER_BIT,
  openSyllableBase,
  type CompiledLexicons,
  type CompiledTerm,
  type FirstNode,
  type PrefixTrie,
  type TokenMatcher,
} from './compile.js';
import { MIN_FUZZY_LENGTH, prefixWithinOneEdit, withinOneEdit, type FuzzyMatch } from './fuzzy.js';
import {
  groupByNode,
  matchesFrom,
  matchesTo,
  nodeSlot,
  NO_WORD_EDGES,
  type SeqIndex,
  type StemTrie,
  type WordEdges,
} from './seqIndex.js';
import type { Token } from './tokenize.js';

/** One lexicon term found in a message, by token positions (end exclusive). */
export interface Hit {
  term: CompiledTerm;
  /** `term.id`, for the lexicon's `termTable` (read without touching the term). */
  termId: number;
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

/** Particles a phrase may pass over between two of its words. */
const MAX_PARTICLES = 2;

/** A one-word term that matches a word whatever surrounds it (worked out once per distinct word). */
interface SingleMatch {
  term: CompiledTerm;
  termId: number;
  exact: boolean;
  /** The term asks to start a word (`^안`): checked against each occurrence. */
  wordStart: boolean;
}

/**
 * The tries of longer terms a word can begin, flattened once per distinct word (from the groups its
 * first-word index nodes hold) into one array of small integers, three per trie: its root node
 * (`SeqIndex` number), its gap and flags. Each occurrence walks them without touching group objects,
 * and one array is one memory access where three typed arrays would be several.
 */
type WalkStarts = readonly number[];
const START_STRIDE = 3;
const START_GAP = 1;
const START_FLAGS = 2;
/** Flag: the first word matched exactly. */
const START_EXACT = 1;
/** Flag: the first word must begin a word (`^안`), checked against each occurrence. */
const START_WORD_ONLY = 2;

const NO_STARTS: WalkStarts = [];
const NO_SINGLES: readonly SingleMatch[] = [];

interface TokenInfo {
  forms: string[];
  /** One-word terms this word matches, already verified. */
  singles: readonly SingleMatch[];
  /** Tries of longer terms this word begins, already verified. */
  starts: WalkStarts;
  /** Every trie edge this word matches, by node. */
  edges: WordEdges;
  /** Bits of the first letters this word can match by (forms, stem syllable, typo neighbours, number). */
  mask: number;
  /** A Hangul syllable without its final consonant, which an open stem syllable matches ("릴" for "리"). */
  base: string | undefined;
  number: number | undefined;
  near: FuzzyMatch[];
  /** A dialect particle ("عم") that a phrase may pass over without using its gap. */
  particle: boolean;
  /** The word matches a one-word term or begins a longer one (most words do neither). */
  begins: boolean;
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

/** Stands in for a position past the message's end (never walked; keeps `info` total). */
const NO_INFO: TokenInfo = {
  forms: [],
  singles: NO_SINGLES,
  starts: NO_STARTS,
  edges: NO_WORD_EDGES,
  mask: 0,
  base: undefined,
  number: undefined,
  near: NO_MATCHES,
  particle: false,
  begins: false,
};

/**
 * Finds every lexicon term in a token list. Methods rather than closures: this runs for every
 * message, and a class keeps per-message state without allocating functions.
 */
class HitFinder {
  private readonly infos: Array<TokenInfo | undefined>;
  private readonly seq: SeqIndex;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly lex: CompiledLexicons,
    private readonly fuzzyCache: FuzzyCache,
    private readonly infoCache: TokenInfoCache,
    private readonly stack: Scratch,
  ) {
    this.infos = new Array<TokenInfo | undefined>(tokens.length);
    this.seq = lex.seq;
  }

  private info(index: number): TokenInfo {
    const cached = this.infos[index];
    if (cached !== undefined) return cached;
    const token = this.tokens[index];
    let info = NO_INFO;
    if (token !== undefined) {
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
    const base = token.kind === 'cjk' ? openSyllableBase(token.text) : undefined;
    let mask = number !== undefined ? NUMBER_BIT : 0;
    for (const form of forms) mask |= letterBit(form);
    if (base !== undefined) mask |= letterBit(base);
    for (const candidate of near) mask |= letterBit(candidate.key);
    const info: TokenInfo = {
      forms,
      singles: NO_SINGLES,
      starts: NO_STARTS,
      edges: NO_WORD_EDGES,
      mask,
      base,
      number,
      near,
      particle:
        token.kind === 'word' && lex.particles.size > 0 && forms.some((form) => lex.particles.has(form)),
      begins: false,
    };
    this.addFirstWordMatches(token, info, this.firstNodesOf(info));
    info.edges = this.edgesOf(token, info);
    return info;
  }

  /** The first-word index nodes a word reaches (by its forms, stems, typo neighbours, number and open syllable). */
  private firstNodesOf(info: TokenInfo): FirstNode[] {
    const { lex } = this;
    const firstNodes: FirstNode[] = [];
    for (const form of info.forms) {
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
      for (const candidate of info.near) {
        const node = (candidate.kind === 'exact' ? lex.firstExact : lex.firstPrefix).get(candidate.key);
        if (node !== undefined && !firstNodes.includes(node)) firstNodes.push(node);
      }
    }
    if (info.number !== undefined) firstNodes.push(lex.firstNumber);
    if (info.base !== undefined) {
      const node = lex.firstExact.get(info.base);
      if (node !== undefined && !firstNodes.includes(node)) firstNodes.push(node);
    }
    return firstNodes;
  }

  /** One-word terms the word matches, and the tries of longer terms it begins (flattened into `starts`). */
  private addFirstWordMatches(token: Token, info: TokenInfo, firstNodes: readonly FirstNode[]): void {
    const singles: SingleMatch[] = [];
    const starts: number[] = [];
    const seen = new Set<number>();
    for (const node of firstNodes) {
      for (const id of node.single) {
        const term = this.lex.terms[id];
        const m = term?.matchers[0];
        if (term === undefined || m === undefined || seen.has(id)) continue;
        seen.add(id);
        const score = this.scoreWord(m, token, info);
        if (score > 0) singles.push({ term, termId: id, exact: score === 2, wordStart: m.wordStart });
      }
      for (const group of node.groups) {
        const score = this.scoreWord(group.m, token, info);
        if (score === 0) continue;
        const flag = (score === 2 ? START_EXACT : 0) | (group.m.wordStart ? START_WORD_ONLY : 0);
        for (const trie of group.tries) starts.push(trie.root.id, trie.gap, flag);
      }
    }
    if (singles.length > 0) info.singles = singles;
    if (starts.length > 0) info.starts = starts;
    info.begins = singles.length > 0 || starts.length > 0;
  }

  /**
   * Every trie edge the word matches, at any node. Candidates are looked up by the same keys, in the
   * same order, as a walk at one node would: each form's exact word, then its stems from the
   * shortest, then the open-syllable stem, number edges and typo neighbours.
   */
  private edgesOf(token: Token, info: TokenInfo): WordEdges {
    const { seq } = this;
    const found: number[] = [];
    const scores: number[] = [];
    const tried = new Set<number>();
    const consider = (ids: readonly number[] | undefined) => {
      if (ids === undefined) return;
      for (const id of ids) {
        if (tried.has(id)) continue;
        tried.add(id);
        const edge = seq.edges[id];
        const score = edge === undefined ? 0 : this.scoreWord(edge.m, token, info);
        if (score === 0) continue;
        found.push(id);
        scores.push(score);
      }
    };
    for (const form of info.forms) {
      consider(seq.exactEdges.get(form));
      let stem: StemTrie | undefined = seq.prefixEdges;
      for (let c = 0; c < form.length && stem !== undefined; c += 1) {
        stem = stem.children.get(form.charAt(c));
        consider(stem?.edges);
      }
    }
    if (info.base !== undefined) consider(seq.exactEdges.get(info.base));
    if (info.number !== undefined) consider(seq.numberEdges);
    for (const near of info.near)
      consider(near.kind === 'exact' ? seq.exactEdges.get(near.key) : stemEdges(seq.prefixEdges, near.key));
    return groupByNode(seq, found, scores);
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
    node: number,
    start: number,
    position: number,
    gap: number,
    sentence: number,
    exact: number,
    strong: boolean,
    hits: Hit[],
  ): void {
    const { seq } = this;
    const termEnd = seq.termStart[node + 1] ?? 0;
    for (let t = seq.termStart[node] ?? 0; t < termEnd; t += 1) {
      const term = seq.termList[t];
      const words = seq.termWords[t] ?? 0;
      if (term === undefined) continue;
      const all = exact === words;
      // Short syllables (Vietnamese "tự tử") carry meaning together: a phrase matched exactly is strong.
      this.addHit(
        hits,
        term,
        seq.termIds[t] ?? 0,
        start,
        position,
        exact,
        words,
        strong || (all && exact >= 2),
      );
    }
    // A node's mask is 0 exactly when it has no edges.
    const mask = seq.nodeMask[node] ?? 0;
    if (mask === 0) return;
    const stack = this.stack;
    const from = stack.size;
    let last = position + gap;
    for (let j = position; j <= last && j < this.tokens.length; j += 1) {
      const token = this.tokens[j];
      if (token === undefined || token.sentence !== sentence) break;
      const info = this.info(j);
      // A dialect particle ("ما عم يتنفس") is passed over without using the gap; at most a few in a row.
      if (info.particle && last - position < gap + MAX_PARTICLES) last += 1;
      if ((mask & info.mask) === 0) continue;
      const wordEdges = info.edges;
      const slot = nodeSlot(wordEdges, node);
      if (slot < 0) continue;
      const matchEnd = matchesTo(wordEdges, slot);
      for (let e = matchesFrom(wordEdges, slot); e < matchEnd; e += 2) {
        const edge = wordEdges[e] ?? -1;
        if (this.takenSince(from, edge) || (seq.edgeWordStart[edge] === 1 && !token.wordStart)) continue;
        stack.taken[stack.size] = edge;
        stack.size += 1;
        const end = stack.size;
        const isExact = wordEdges[e + 1] === 2;
        this.walk(
          seq.edgeNext[edge] ?? 0,
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

  /**
   * True when some word a walk from `node` would look at matches one of its edges. Most walks from a
   * first word end there; this loop (the walk's, without recursion) can be inlined, a walk cannot.
   * Roots end no term, so skipping their walk when this is false loses nothing.
   */
  private anyEdgeAhead(node: number, position: number, gap: number, sentence: number): boolean {
    const mask = this.seq.nodeMask[node] ?? 0;
    let last = position + gap;
    for (let j = position; j <= last && j < this.tokens.length; j += 1) {
      const token = this.tokens[j];
      if (token === undefined || token.sentence !== sentence) break;
      const info = this.info(j);
      if (info.particle && last - position < gap + MAX_PARTICLES) last += 1;
      if ((mask & info.mask) !== 0 && nodeSlot(info.edges, node) >= 0) return true;
    }
    return false;
  }

  /** Appends a hit, rewriting the screener's pooled object at this place when there is one (see `Scratch.hitPool`). */
  private addHit(
    hits: Hit[],
    term: CompiledTerm,
    termId: number,
    start: number,
    end: number,
    exact: number,
    words: number,
    strong: boolean,
  ): void {
    const pool = this.stack.hitPool;
    const index = hits.length;
    let hit = pool[index];
    if (hit === undefined) {
      hit = { term, termId, start, end, exact, words, strong };
      if (index < HIT_POOL_LIMIT) pool.push(hit);
    } else {
      hit.term = term;
      hit.termId = termId;
      hit.start = start;
      hit.end = end;
      hit.exact = exact;
      hit.words = words;
      hit.strong = strong;
    }
    hits.push(hit);
  }

  /** True when this node's walk already took `edge` at an earlier word. */
  private takenSince(from: number, edge: number): boolean {
    const { stack } = this;
    for (let t = from; t < stack.size; t += 1) if (stack.taken[t] === edge) return true;
    return false;
  }

  find(): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < this.tokens.length; i += 1) {
      const info = this.info(i);
      const token = this.tokens[i];
      if (token === undefined || !info.begins) continue;
      for (const single of info.singles) {
        if (single.wordStart && !token.wordStart) continue;
        this.addHit(
          hits,
          single.term,
          single.termId,
          i,
          i + 1,
          single.exact ? 1 : 0,
          1,
          single.exact && isStrong(token),
        );
      }
      const { starts } = info;
      for (let s = 0; s < starts.length; s += START_STRIDE) {
        const flag = starts[s + START_FLAGS] ?? 0;
        if ((flag & START_WORD_ONLY) !== 0 && !token.wordStart) continue;
        const root = starts[s] ?? 0;
        const gap = starts[s + START_GAP] ?? 0;
        if (!this.anyEdgeAhead(root, i + 1, gap, token.sentence)) continue;
        const isExact = (flag & START_EXACT) !== 0;
        this.walk(root, i, i + 1, gap, token.sentence, isExact ? 1 : 0, isExact && isStrong(token), hits);
      }
    }
    return hits;
  }
}

/** The edges whose stem is exactly `key`. */
function stemEdges(trie: StemTrie, key: string): readonly number[] | undefined {
  let at: StemTrie | undefined = trie;
  for (let c = 0; c < key.length && at !== undefined; c += 1) at = at.children.get(key.charAt(c));
  return at?.edges;
}

/**
 * Reusable per-screener scratch space: the edges taken along the current trie walk, as a stack with
 * its own size (shrinking an array through its length is a slow call in V8).
 */
export interface Scratch {
  /** Edge numbers (`SeqIndex`). */
  taken: number[];
  size: number;
  /**
   * Hit objects reused from message to message, by their place in the message's hit list. New hits
   * per message were young-generation garbage (a long message has hundreds); nothing a screen
   * returns holds a hit, so the next message may rewrite them.
   */
  hitPool: Hit[];
}

/** Hits kept for reuse; a message with more gets new objects for the rest. */
const HIT_POOL_LIMIT = 4096;

export function createScratch(): Scratch {
  return { taken: [], size: 0, hitPool: [] };
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

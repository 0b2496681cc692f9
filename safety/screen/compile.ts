import { LANGUAGES, type Lang } from '../../client/shared/languages.js';
import { CATEGORY_ACTION } from './categories.js';
import { FuzzyIndex, MIN_FUZZY_LENGTH } from './fuzzy.js';
import { CUE_KINDS, SUPPRESSIONS, type CueKind, type Suppression } from './lexiconSchema.js';
import type { Lexicon } from './loadLexicons.js';
import { createCharFolder, type CharFolder } from './normalize.js';
import { buildSeqIndex, type SeqIndex } from './seqIndex.js';
import { tokenize } from './tokenize.js';
import type { BlockCategory, RedFlagCategory } from './types.js';

/**
 * The lexicons of all six languages turned into one index. Every message is matched against every
 * language at once, because patients mix languages ("mi mamá can't breathe") and a missed
 * emergency is the worst outcome; the scripts keep the languages from colliding much.
 */
/** One bit per language, for per-token language sets (a Vietnamese "nó" must not act as an English "no"). */
export const LANG_BIT: ReadonlyMap<Lang, number> = new Map(
  LANGUAGES.map((lang, index) => [lang, 1 << index]),
);

export type NumberOp = '>=' | '<=' | '>' | '<' | '=' | 'range';

/** Every matcher has every field (undefined when it does not apply): one object shape keeps matching fast. */
export interface TokenMatcher {
  kind: 'exact' | 'prefix' | 'num';
  text: string;
  op: NumberOp | undefined;
  value: number | undefined;
  /** Upper bound of a `#min..max` range. */
  max: number | undefined;
  fuzzy: boolean;
  wordStart: boolean;
  /**
   * The term's last Hangul syllable has no final consonant, so an ending may merge into it: the stem
   * "뛰어내리" also matches "뛰어내릴", "쓰러지" matches "쓰러진" (see `openSyllableBase`).
   */
  openSyllable: boolean;
}

export interface CompiledTerm {
  id: number;
  lang: Lang;
  source: string;
  matchers: TokenMatcher[];
  /** Tokens that may sit between two of the term's words ("can't really breathe"); 0 for Han and Hangul. */
  gap: number;
  concepts: number[];
  /** True when one of the term's concepts is used by a rule (not only a cue). */
  flag: boolean;
  /** The term's concepts that some rule uses (worked out once, so a message skips the others). */
  ruleConcepts: number[];
  /** The term's cue concepts (negation, history, ...), with their kind and language. */
  cues: TermCue[];
  /** Bits (`LANG_BIT`) of the languages whose rules use the term. */
  flagLangs: number;
  /** The term's words as matched (kind and text), to tell the same words listed as a cue and as a flag. */
  words: string;
}

/**
 * A cue a term stands for, with what scope resolution needs from its language worked out at load
 * time (the language's bit and windows), so a message's cues need no lookups.
 */
export interface TermCue {
  kind: CueKind;
  lang: Lang;
  /** `LANG_BIT` of `lang`. */
  bit: number;
  /** The windows of `lang`'s lexicon; undefined when no lexicon of that language is loaded. */
  window: Lexicon['windows'] | undefined;
}

export interface Concept {
  id: number;
  lang: Lang;
  name: string;
  cue?: CueKind;
}

export interface CompiledRule {
  id: string;
  lang: Lang;
  category: RedFlagCategory | BlockCategory;
  action: 'emergency' | 'urgent' | 'block';
  guidance?: string;
  reason: string;
  slots: number[][];
  window: number;
  ordered: boolean;
  suppressedBy: ReadonlySet<Suppression>;
  /** `suppressedBy` as flags, read for every hit a rule considers. */
  byNegation: boolean;
  byHistory: boolean;
  byEducation: boolean;
  /** Red-flag categories whose findings inside this rule's match it outranks (block rules only). */
  supersedes?: ReadonlySet<string>;
}

/**
 * The rest of multi-word terms after their first word, as a trie of term words: terms that begin
 * alike are followed together, so a common beginning ("my", "我", "no") is checked once per message
 * position however many terms share it. One trie per gap (0 for Han, Hangul and cues, 1 otherwise).
 */
export interface SeqEdge {
  m: TokenMatcher;
  next: SeqNode;
  /** Its number in `SeqIndex` (set once every trie is built). */
  id: number;
}

export interface SeqNode {
  /** Its number in `SeqIndex` (set once every trie is built). */
  id: number;
  /** Edges by the text of their word (exact words, and stems for `openSyllable` and typo lookups). */
  exact: Map<string, SeqEdge[]>;
  /** Edges for stems (`breath*`) by the stem. */
  prefix: Map<string, SeqEdge[]>;
  prefixLengths: number[];
  /** Edges for number words (`#>=10`). */
  num: SeqEdge[];
  /** Terms that end here. */
  terms: CompiledTerm[];
  edgeCount: number;
  /** Bits of the first letters of the edges' words (see `letterBit`): a quick test before any lookup. */
  mask: number;
}

/** A number word's bit in a node's or a word's mask. */
export const NUMBER_BIT = 1 << 30;

/** One of 30 bits for a word's first letter: two words with no bit in common cannot match. */
export function letterBit(text: string): number {
  return text.length === 0 ? 0 : 1 << (text.charCodeAt(0) % 30);
}

/** Multi-word terms that share a first word (the same matcher), with the trie of what follows. */
export interface FirstGroup {
  m: TokenMatcher;
  tries: Array<{ gap: number; root: SeqNode }>;
}

/** Terms by their first word: one-word terms, and groups of longer terms by their exact first matcher. */
export interface FirstNode {
  single: number[];
  groups: FirstGroup[];
}

/** Prefix terms (`breath*`) by their prefix, walked character by character: no substring per length. */
export interface PrefixTrie {
  children: Map<string, PrefixTrie>;
  node?: FirstNode;
}

function trieInsert(trie: PrefixTrie, key: string, node: FirstNode): void {
  let at = trie;
  for (const ch of key) {
    let next = at.children.get(ch);
    if (next === undefined) {
      next = { children: new Map() };
      at.children.set(ch, next);
    }
    at = next;
  }
  at.node = node;
}

function newNode(): FirstNode {
  return { single: [], groups: [] };
}

function newSeqNode(): SeqNode {
  return {
    id: -1,
    exact: new Map(),
    prefix: new Map(),
    prefixLengths: [],
    num: [],
    terms: [],
    edgeCount: 0,
    mask: 0,
  };
}

function matcherKey(m: TokenMatcher): string {
  return `${m.kind}:${m.op ?? ''}:${m.text}:${m.max ?? ''}:${m.fuzzy ? 1 : 0}:${m.wordStart ? 1 : 0}:${m.openSyllable ? 1 : 0}`;
}

function seqEdgeFor(node: SeqNode, m: TokenMatcher, keys: Map<SeqNode, Map<string, SeqEdge>>): SeqEdge {
  let known = keys.get(node);
  if (known === undefined) {
    known = new Map();
    keys.set(node, known);
  }
  const key = matcherKey(m);
  const existing = known.get(key);
  if (existing !== undefined) return existing;
  const edge: SeqEdge = { m, next: newSeqNode(), id: -1 };
  known.set(key, edge);
  node.edgeCount += 1;
  node.mask |= m.kind === 'num' ? NUMBER_BIT : letterBit(m.text);
  if (m.kind === 'num') node.num.push(edge);
  else {
    const table = m.kind === 'exact' ? node.exact : node.prefix;
    const list = table.get(m.text);
    if (list === undefined) table.set(m.text, [edge]);
    else list.push(edge);
    if (m.kind === 'prefix' && !node.prefixLengths.includes(m.text.length)) {
      node.prefixLengths.push(m.text.length);
      node.prefixLengths.sort((a, b) => a - b);
    }
  }
  return edge;
}

/**
 * What scope resolution and rule search read about every hit's term, by term id in flat arrays.
 * The term objects are scattered over a large lexicon and each first touch is a cache miss; most
 * hits' terms are neither cues nor of more than one rule concept, so these arrays answer for them.
 */
export interface TermTable {
  /** 1 when the term stands for a cue (`CompiledTerm.cues` is not empty). */
  cue: Uint8Array;
  /** 1 when a rule uses one of the term's concepts (`CompiledTerm.flag`). */
  flag: Uint8Array;
  /** `CompiledTerm.flagLangs`. */
  flagLangs: Int32Array;
  /** The term's `ruleConcepts` are `ruleConcepts[ruleConceptStart[id]]` up to `ruleConcepts[ruleConceptStart[id + 1]]`. */
  ruleConceptStart: Int32Array;
  ruleConcepts: Int32Array;
}

function tableOf(terms: readonly CompiledTerm[]): TermTable {
  const ruleConceptStart = new Int32Array(terms.length + 1);
  const ruleConcepts: number[] = [];
  for (const term of terms) {
    ruleConceptStart[term.id] = ruleConcepts.length;
    ruleConcepts.push(...term.ruleConcepts);
  }
  ruleConceptStart[terms.length] = ruleConcepts.length;
  return {
    cue: Uint8Array.from(terms, (term) => (term.cues.length > 0 ? 1 : 0)),
    flag: Uint8Array.from(terms, (term) => (term.flag ? 1 : 0)),
    flagLangs: Int32Array.from(terms, (term) => term.flagLangs),
    ruleConceptStart,
    ruleConcepts: Int32Array.from(ruleConcepts),
  };
}

export interface CompiledLexicons {
  folder: CharFolder;
  terms: CompiledTerm[];
  concepts: Concept[];
  rules: CompiledRule[];
  /** Rules to try when a concept has hits, by concept id (an array: it is read for every hit). */
  rulesByConcept: number[][];
  termTable: TermTable;
  /** Terms by their first word (exact, prefix or number), then by their second word. */
  firstExact: Map<string, FirstNode>;
  firstPrefix: Map<string, FirstNode>;
  firstPrefixTrie: PrefixTrie;
  firstNumber: FirstNode;
  /** The tries below the first words, numbered for the matcher's walk. */
  seq: SeqIndex;
  fuzzyIndex: FuzzyIndex;
  spelling: Map<string, string[]>;
  cliticPrefixes: string[];
  numbers: Map<string, number>;
  noFuzzy: Set<string>;
  /** Folded particle words a multi-word term may pass over without using its gap (see `normalize.particles`). */
  particles: Set<string>;
  windows: Map<Lang, Lexicon['windows']>;
  cueConcept: Map<Lang, Record<CueKind, number>>;
}

const NUMBER_TERM = /^#(>=|<=|>|<|=)?(\d{1,6}(?:\.\d{1,3})?)$/;
const NUMBER_RANGE = /^#(\d{1,6}(?:\.\d{1,3})?)\.\.(\d{1,6}(?:\.\d{1,3})?)$/;

function foldWord(text: string, folder: CharFolder): string {
  return tokenize(text, folder)
    .tokens.map((token) => token.text)
    .join('');
}

function parseTerm(
  source: string,
  folder: CharFolder,
  where: string,
  allowFuzzy: boolean,
  allowGap: boolean,
): { matchers: TokenMatcher[]; gap: number } {
  const matchers: TokenMatcher[] = [];
  let wordTokens = 0;
  const pieces = source.trim().split(/\s+/);
  pieces.forEach((raw, index) => {
    let piece = raw;
    let wordStart = false;
    let fuzzy = allowFuzzy;
    if (index === 0 && piece.startsWith('^') && piece.length > 1) {
      wordStart = true;
      piece = piece.slice(1);
    }
    if (piece.startsWith('=') && piece.length > 1) {
      fuzzy = false;
      piece = piece.slice(1);
    }
    const range = NUMBER_RANGE.exec(piece);
    if (range) {
      matchers.push({
        kind: 'num',
        text: piece,
        op: 'range',
        value: Number(range[1]),
        max: Number(range[2]),
        fuzzy: false,
        wordStart,
        openSyllable: false,
      });
      wordTokens += 1;
      return;
    }
    const number = NUMBER_TERM.exec(piece);
    if (number) {
      matchers.push({
        kind: 'num',
        text: piece,
        op: (number[1] ?? '=') as NumberOp,
        value: Number(number[2]),
        max: undefined,
        fuzzy: false,
        wordStart,
        openSyllable: false,
      });
      wordTokens += 1;
      return;
    }
    const prefix = piece.endsWith('*') && piece.length > 1;
    if (prefix) piece = piece.slice(0, -1);
    const tokens = tokenize(piece, folder).tokens;
    if (tokens.length === 0)
      throw new Error(`${where}: the term "${source}" has no letters or digits to match`);
    tokens.forEach((token, i) => {
      const last = i === tokens.length - 1;
      const kind = prefix && last ? 'prefix' : 'exact';
      if (token.kind !== 'cjk') wordTokens += 1;
      matchers.push({
        kind,
        text: token.text,
        op: undefined,
        value: undefined,
        max: undefined,
        fuzzy: fuzzy && token.script === 'latin' && token.text.length >= MIN_FUZZY_LENGTH,
        wordStart: wordStart && matchers.length === 0,
        openSyllable: false,
      });
    });
  });
  const lastMatcher = matchers[matchers.length - 1];
  if (lastMatcher !== undefined && lastMatcher.kind === 'exact' && isOpenSyllable(lastMatcher.text))
    lastMatcher.openSyllable = true;
  // Cues are read word for word; red-flag phrases tolerate one extra word ("can't really breathe").
  return { matchers, gap: allowGap && wordTokens > 0 ? 1 : 0 };
}

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const HANGUL_FINALS = 28;

function isOpenSyllable(text: string): boolean {
  if (text.length !== 1) return false;
  const cp = text.charCodeAt(0);
  return cp >= HANGUL_FIRST && cp <= HANGUL_LAST && (cp - HANGUL_FIRST) % HANGUL_FINALS === 0;
}

/**
 * A Hangul syllable with a final consonant, without it ("릴" → "리", "진" → "지"); undefined for
 * anything else. Korean endings (-ㄹ, -ㄴ, -ㅁ, -ㅂ) merge into a stem's last syllable, so a stem
 * listed in a lexicon still matches its conjugated forms.
 */
export function openSyllableBase(text: string): string | undefined {
  if (text.length !== 1) return undefined;
  const cp = text.charCodeAt(0);
  if (cp < HANGUL_FIRST || cp > HANGUL_LAST) return undefined;
  const final = (cp - HANGUL_FIRST) % HANGUL_FINALS;
  return final === 0 ? undefined : String.fromCharCode(cp - final);
}

function push(list: number[], value: number): void;
function push<K>(map: Map<K, number[]>, key: K, value: number): void;
function push<K>(target: number[] | Map<K, number[]>, keyOrValue: K | number, value?: number): void {
  if (Array.isArray(target)) {
    const id = keyOrValue as number;
    if (!target.includes(id)) target.push(id);
    return;
  }
  const key = keyOrValue as K;
  const id = value ?? 0;
  const list = target.get(key);
  if (list === undefined) target.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

export function compileLexicons(lexicons: Map<Lang, Lexicon>): CompiledLexicons {
  const charMap = new Map<string, string>();
  for (const lexicon of lexicons.values()) for (const [from, to] of lexicon.charMap) charMap.set(from, to);
  const folder = createCharFolder(charMap);

  const terms: CompiledTerm[] = [];
  const termByKey = new Map<string, CompiledTerm>();
  const concepts: Concept[] = [];
  const conceptByKey = new Map<string, number>();
  const flagConcepts = new Set<number>();

  const conceptId = (lang: Lang, name: string, cue?: CueKind): number => {
    const key = `${lang}:${name}`;
    const known = conceptByKey.get(key);
    if (known !== undefined) return known;
    const concept: Concept = { id: concepts.length, lang, name, ...(cue ? { cue } : {}) };
    concepts.push(concept);
    conceptByKey.set(key, concept.id);
    return concept.id;
  };

  // Cue words are matched exactly: typo tolerance is for red flags, where a miss costs most.
  const addTerm = (
    lang: Lang,
    source: string,
    concept: number,
    where: string,
    allowFuzzy: boolean,
    cue = false,
  ) => {
    const parsed = parseTerm(source, folder, where, allowFuzzy && !cue, !cue);
    const { matchers } = parsed;
    // "không thở nữa" (not breathing any more) must not match "không khó thở nữa" (no longer short
    // of breath): a phrase that opens with a negation keeps its words together.
    const first = matchers[0];
    const gap = first !== undefined && negationWords.get(lang)?.has(first.text) === true ? 0 : parsed.gap;
    // The same words in two languages are one term with both languages' concepts ("no", numbers).
    const key = `${gap}\u0000${matchers.map((m) => `${m.kind}:${m.op ?? ''}${m.text}:${m.fuzzy ? 1 : 0}:${m.wordStart ? 1 : 0}`).join(' ')}`;
    let term = termByKey.get(key);
    if (term === undefined) {
      term = {
        id: terms.length,
        lang,
        source,
        matchers,
        gap,
        concepts: [],
        flag: false,
        ruleConcepts: [],
        cues: [],
        flagLangs: 0,
        words: matchers.map((m) => `${m.kind}:${m.text}`).join(' '),
      };
      terms.push(term);
      termByKey.set(key, term);
    }
    if (!term.concepts.includes(concept)) term.concepts.push(concept);
  };

  const negationWords = new Map<Lang, Set<string>>();
  for (const lexicon of lexicons.values()) {
    const words = new Set<string>();
    for (const source of lexicon.cues.negation) {
      const folded = tokenize(source, folder).tokens;
      if (folded.length === 1 && folded[0] !== undefined) words.add(folded[0].text);
    }
    negationWords.set(lexicon.lang, words);
  }

  const windows = new Map<Lang, Lexicon['windows']>();
  const cueConcept = new Map<Lang, Record<CueKind, number>>();
  const rules: CompiledRule[] = [];

  for (const lexicon of lexicons.values()) {
    const { lang } = lexicon;
    windows.set(lang, lexicon.windows);
    const cues = Object.fromEntries(
      CUE_KINDS.map((kind) => [kind, conceptId(lang, `!${kind}`, kind)]),
    ) as Record<CueKind, number>;
    cueConcept.set(lang, cues);
    for (const kind of CUE_KINDS) {
      for (const source of lexicon.cues[kind])
        addTerm(lang, source, cues[kind], `${lang} cues.${kind}`, false, true);
    }
    for (const [name, list] of lexicon.concepts) {
      const id = conceptId(lang, name);
      for (const source of list)
        addTerm(lang, source, id, `${lang} concept "${name}"`, lexicon.typoTolerance);
    }
    for (const rule of lexicon.rules) {
      const where = `${rule.file} rule "${rule.id}"`;
      const slots = rule.match.map((slot) => {
        const alternatives = Array.isArray(slot) ? slot : [slot];
        return alternatives.map((alternative) => {
          if (alternative.startsWith('@')) {
            const name = alternative.slice(1);
            if (!lexicon.concepts.has(name))
              throw new Error(`${where}: concept "@${name}" is not defined for ${lang}`);
            const id = conceptId(lang, name);
            flagConcepts.add(id);
            return id;
          }
          const id = conceptId(lang, `"${alternative}"`);
          addTerm(lang, alternative, id, where, lexicon.typoTolerance);
          flagConcepts.add(id);
          return id;
        });
      });
      slots.forEach((alternatives, i) => {
        if (alternatives.length === 0) throw new Error(`${where}: slot ${i + 1} is empty`);
      });
      const category = rule.category;
      const isBlock = category === 'prompt_injection' || category === 'harmful_request';
      if (isBlock && rule.action !== undefined)
        throw new Error(`${where}: a ${category} rule always blocks; remove "action"`);
      const suppressions = new Set<Suppression>(rule.suppressedBy ?? (isBlock ? [] : SUPPRESSIONS));
      if (!isBlock && rule.supersedes !== undefined)
        throw new Error(`${where}: only a prompt_injection or harmful_request rule may supersede red flags`);
      rules.push({
        id: `${lang}.${rule.id}`,
        lang,
        category,
        action: isBlock ? 'block' : (rule.action ?? CATEGORY_ACTION[category]),
        ...(rule.guidance !== undefined ? { guidance: rule.guidance } : {}),
        reason: rule.reason,
        slots,
        window: rule.window ?? lexicon.windows.rule,
        ordered: rule.ordered ?? false,
        // Attempts to override the assistant are blocked whatever cue surrounds them ("ignore all previous instructions").
        suppressedBy: suppressions,
        byNegation: suppressions.has('negation'),
        byHistory: suppressions.has('history'),
        byEducation: suppressions.has('education'),
        ...(rule.supersedes !== undefined ? { supersedes: new Set<string>(rule.supersedes) } : {}),
      });
    }
  }

  for (const term of terms) {
    term.ruleConcepts = term.concepts.filter((id) => flagConcepts.has(id));
    term.flag = term.ruleConcepts.length > 0;
    for (const id of term.ruleConcepts) {
      const concept = concepts[id];
      if (concept !== undefined) term.flagLangs |= LANG_BIT.get(concept.lang) ?? 0;
    }
    for (const id of term.concepts) {
      const concept = concepts[id];
      if (concept?.cue !== undefined)
        term.cues.push({
          kind: concept.cue,
          lang: concept.lang,
          bit: LANG_BIT.get(concept.lang) ?? 0,
          window: windows.get(concept.lang),
        });
    }
  }

  const rulesByConcept: number[][] = concepts.map(() => []);
  rules.forEach((rule, index) => {
    for (const id of rule.slots[0] ?? []) {
      const list = rulesByConcept[id];
      if (list !== undefined) push(list, index);
    }
  });

  const firstExact = new Map<string, FirstNode>();
  const firstPrefix = new Map<string, FirstNode>();
  const firstNumber = newNode();
  const fuzzyIndex = new FuzzyIndex();
  const nodeFor = (table: Map<string, FirstNode>, key: string): FirstNode => {
    let node = table.get(key);
    if (node === undefined) {
      node = newNode();
      table.set(key, node);
    }
    return node;
  };
  const groupOf = new Map<FirstNode, Map<string, FirstGroup>>();
  const edgeKeys = new Map<SeqNode, Map<string, SeqEdge>>();
  for (const term of terms) {
    const [first, ...rest] = term.matchers;
    if (first === undefined) continue;
    let node: FirstNode;
    if (first.kind === 'num') node = firstNumber;
    else if (first.kind === 'exact') node = nodeFor(firstExact, first.text);
    else node = nodeFor(firstPrefix, first.text);
    // Every word typo tolerance may bend is in the index, so a bent word is found at any place in a term.
    for (const m of term.matchers)
      if (m.fuzzy) fuzzyIndex.add(m.text, m.kind === 'exact' ? 'exact' : 'prefix');
    if (rest.length === 0) {
      push(node.single, term.id);
      continue;
    }
    let groups = groupOf.get(node);
    if (groups === undefined) {
      groups = new Map();
      groupOf.set(node, groups);
    }
    const key = matcherKey(first);
    let group = groups.get(key);
    if (group === undefined) {
      group = { m: first, tries: [] };
      groups.set(key, group);
      node.groups.push(group);
    }
    let trie = group.tries.find((candidate) => candidate.gap === term.gap);
    if (trie === undefined) {
      trie = { gap: term.gap, root: newSeqNode() };
      group.tries.push(trie);
    }
    let at = trie.root;
    for (const m of rest) at = seqEdgeFor(at, m, edgeKeys).next;
    at.terms.push(term);
  }
  const firstPrefixTrie: PrefixTrie = { children: new Map() };
  for (const [key, node] of firstPrefix) trieInsert(firstPrefixTrie, key, node);

  const spelling = new Map<string, string[]>();
  const cliticPrefixes = new Set<string>();
  const numbers = new Map<string, number>();
  const noFuzzy = new Set<string>();
  const particles = new Set<string>();
  for (const lexicon of lexicons.values()) {
    for (const [from, list] of lexicon.spelling) {
      const key = foldWord(from, folder);
      const forms = spelling.get(key) ?? [];
      for (const to of list) {
        const form = foldWord(to, folder);
        if (!forms.includes(form)) forms.push(form);
      }
      spelling.set(key, forms);
    }
    for (const prefix of lexicon.cliticPrefixes) cliticPrefixes.add(foldWord(prefix, folder));
    for (const [word, value] of lexicon.numbers) numbers.set(foldWord(word, folder), value);
    for (const word of lexicon.noFuzzy) noFuzzy.add(foldWord(word, folder));
    for (const word of lexicon.particles) {
      const folded = tokenize(word, folder).tokens;
      if (folded.length !== 1 || folded[0]?.kind !== 'word')
        throw new Error(`${lexicon.lang} normalize.particles: "${word}" must be one word`);
      particles.add(folded[0].text);
    }
  }

  return {
    folder,
    terms,
    concepts,
    rules,
    rulesByConcept,
    termTable: tableOf(terms),
    firstExact,
    firstPrefix,
    firstPrefixTrie,
    firstNumber,
    seq: buildSeqIndex([...firstExact.values(), ...firstPrefix.values(), firstNumber]),
    fuzzyIndex,
    spelling,
    // Longest first, so "وال" is tried before "و".
    cliticPrefixes: [...cliticPrefixes].sort((a, b) => b.length - a.length),
    numbers,
    noFuzzy,
    particles,
    windows,
    cueConcept,
  };
}

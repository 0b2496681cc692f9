import type { Lang } from '../../client/shared/languages.js';
import { INSTRUCTION_CLASSES } from './data/instructions.js';
import { SIG_ROWS } from './data/sig.js';
import { NUMBER_WORDS, UNITS } from './data/units.js';
import { WARNING_CONCEPTS, WARNING_EXACT_CASE } from './data/warnings.js';

/** Scripts written without spaces between words: phrases match anywhere. */
const NO_SPACES: ReadonlySet<Lang> = new Set<Lang>(['zh', 'ko']);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/** Wraps alternatives so they match whole words in alphabetic scripts. */
export function wholeWords(source: string, lang: Lang): string {
  return NO_SPACES.has(lang) ? `(?:${source})` : `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
}

export interface KeyedPattern {
  key: string;
  regex: RegExp;
}

export interface CompiledPatterns {
  lang: Lang;
  decimalComma: boolean;
  sig: KeyedPattern[];
  quantity: RegExp;
  quantityExactCase: RegExp;
  unitOf: (spelling: string) => { unit: string; kind: 'dose' | 'time' | 'count' } | undefined;
  warnings: KeyedPattern[];
  instructions: KeyedPattern[];
  /** The sig and instruction rows as one regular expression per case rule, each row a top-level group. */
  phrases: CombinedPhrases[];
}

export interface CombinedPhrases {
  regex: RegExp;
  /** Which top-level group is which row: its token ("qqk" + letters, the same for rows of one key). */
  tokens: Array<{ group: number; token: string }>;
}

const letters = (n: number): string =>
  n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26) - 1) + letters(n % 26);

/** Capturing groups in a regular expression's source (to know where each row's own groups start). */
function groupCount(source: string): number {
  return new RegExp(`${source}|`, 'u').exec('')?.length ?? 1;
}

/** One pass over a text for all rows instead of one per row (coverage turns each match into its row's token). */
function combinePhrases(rows: readonly KeyedPattern[]): CombinedPhrases[] {
  const keys = new Map<string, string>();
  const tokenOf = (key: string): string => {
    const token = keys.get(key) ?? `qqk${letters(keys.size)}`;
    keys.set(key, token);
    return token;
  };
  const built: CombinedPhrases[] = [];
  for (const exact of [false, true]) {
    const chosen = rows.filter((r) => !r.regex.flags.includes('i') === exact);
    if (chosen.length === 0) continue;
    let group = 0;
    const tokens: Array<{ group: number; token: string }> = [];
    const sources = chosen.map((r) => {
      tokens.push({ group, token: tokenOf(r.key) });
      group += groupCount(r.regex.source);
      return `(${r.regex.source})`;
    });
    built.push({ regex: new RegExp(sources.join('|'), exact ? 'gu' : 'giu'), tokens });
  }
  return built;
}

const NUM = '\\d+(?:[.,]\\d+)*|\\.\\d+';

function numberWordAlternatives(): string {
  return Object.keys(NUMBER_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

function unitAlternatives(spellings: readonly string[]): string {
  return [...spellings]
    .sort((a, b) => b.length - a.length)
    .map((s) => escape(s).replace(/ /gu, '\\s*'))
    .join('|');
}

/** Everything the extractor matches for one language, compiled once. */
export function compilePatterns(lang: Lang): CompiledPatterns {
  const sig = SIG_ROWS.map((row) => ({
    key: row.key,
    regex: new RegExp(wholeWords(row.patterns.join('|'), lang), row.exactCase ? 'gu' : 'giu'),
  }));

  const bySpelling = new Map<string, { unit: string; kind: 'dose' | 'time' | 'count' }>();
  const folded: string[] = [];
  const exact: string[] = [];
  for (const row of UNITS) {
    for (const s of row.spellings) {
      bySpelling.set(s.toLowerCase().replace(/\s+/gu, ''), { unit: row.unit, kind: row.kind });
      folded.push(s);
    }
    for (const s of row.exactCase ?? []) {
      bySpelling.set(s, { unit: row.unit, kind: row.kind });
      exact.push(s);
    }
  }
  const amount = `(${NUM}|${numberWordAlternatives()})`;
  const range = `${amount}(?:\\s*(?:-|~|to|or|a|o|至|到)\\s*(${NUM}))?`;
  const lead = '(?<![\\p{L}\\p{N}.,/])';
  const tail = NO_SPACES.has(lang) ? '' : '(?![\\p{L}\\p{N}])';
  const quantity = new RegExp(`${lead}${range}(?:\\s*-\\s*|\\s*)(${unitAlternatives(folded)})${tail}`, 'giu');
  const quantityExactCase = new RegExp(
    `${lead}${range}\\s?(${unitAlternatives(exact)})(?![\\p{L}\\p{N}])`,
    'gu',
  );

  const phrasesFor = (phrases: Partial<Record<Lang, readonly string[]>>): string[] => [
    ...(phrases[lang] ?? []),
    // English clinical shorthand turns up in every language's notes ("ER", "911").
    ...(lang !== 'en' ? (phrases.en ?? []).filter((p) => WARNING_EXACT_CASE.has(p)) : []),
  ];
  const keyed = (id: string, phrases: readonly string[]): KeyedPattern[] => {
    const folded = phrases.filter((p) => !WARNING_EXACT_CASE.has(p));
    const exactCase = phrases.filter((p) => WARNING_EXACT_CASE.has(p));
    const out: KeyedPattern[] = [];
    if (folded.length) out.push({ key: id, regex: new RegExp(wholeWords(folded.join('|'), lang), 'giu') });
    if (exactCase.length)
      out.push({ key: id, regex: new RegExp(wholeWords(exactCase.join('|'), lang), 'gu') });
    return out;
  };

  const warnings = WARNING_CONCEPTS.flatMap((c) => keyed(c.id, phrasesFor(c.phrases)));
  const instructions = INSTRUCTION_CLASSES.flatMap((c) => keyed(c.id, c.phrases[lang] ?? []));
  return {
    lang,
    decimalComma: lang === 'es' || lang === 'vi',
    sig,
    quantity,
    quantityExactCase,
    unitOf: (spelling) =>
      bySpelling.get(spelling) ?? bySpelling.get(spelling.toLowerCase().replace(/\s+/gu, '')),
    warnings,
    instructions,
    phrases: combinePhrases([...sig, ...instructions]),
  };
}

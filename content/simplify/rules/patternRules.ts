import type { GlossaryPair } from '../../../safety/output/index.js';
import type { PatternRule, PlainWord } from '../data/types.js';

export interface CompiledRule {
  regex: RegExp;
  replace: string;
}

const WORD_BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';

/** `\b` as a boundary between letters of any script ("días", "miércoles"), not only ASCII ones. */
export function unicodeBoundaries(source: string): string {
  return source.replace(/\\b/gu, WORD_BOUNDARY);
}

export function compileRules(rules: readonly PatternRule[]): CompiledRule[] {
  return rules.map((r) => ({
    regex: new RegExp(unicodeBoundaries(r.pattern), r.caseSensitive ? 'gu' : 'giu'),
    replace: r.replace,
  }));
}

/** "$1 {plural:1|tablet|tablets}" with the captured groups filled in. */
function expand(template: string, groups: readonly (string | undefined)[]): string {
  return template
    .replace(/\{plural:(\d)\|([^|}]*)\|([^}]*)\}/gu, (_, n: string, one: string, many: string) =>
      Number(groups[Number(n)] ?? '') === 1 ? one : many,
    )
    .replace(/\$(\d)/gu, (_, n: string) => groups[Number(n)] ?? '');
}

/** "Prior to" → "Before": a capital that starts a word carries over; an abbreviation's capitals do not. */
export function keepCapital(original: string, replacement: string): string {
  const first = original.charAt(0);
  const capitalised = first !== first.toLowerCase() && original !== original.toUpperCase();
  return capitalised ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** Applies the rules in order; every change is recorded as a glossary pair (what was written → what it became). */
export function applyRules(text: string, rules: readonly CompiledRule[], pairs: GlossaryPair[]): string {
  let out = text;
  for (const rule of rules) {
    out = out.replace(rule.regex, (...args: unknown[]) => {
      const match = String(args[0]);
      const groups = args.slice(0, -2).map((g) => (typeof g === 'string' ? g : undefined));
      const replaced = keepCapital(match, expand(rule.replace, groups));
      if (replaced !== match) pairs.push({ term: match, plain: replaced });
      return replaced;
    });
  }
  return out;
}

/** All plain words as one regular expression (longest first) and the table to look each match up in. */
export interface CompiledPlainWords {
  regex: RegExp;
  to: ReadonlyMap<string, string>;
}

export function compilePlainWords(words: readonly PlainWord[]): CompiledPlainWords {
  const sorted = [...words].sort((a, b) => b.from.length - a.from.length);
  const to = new Map(sorted.map((w) => [w.from.toLowerCase(), w.to]));
  const alternatives = sorted.map((w) =>
    w.from.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'),
  );
  const regex = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return { regex, to };
}

export function applyPlainWords(text: string, words: CompiledPlainWords, pairs: GlossaryPair[]): string {
  return (
    text
      .replace(words.regex, (match: string) => {
        const plain = words.to.get(match.toLowerCase().replace(/\s+/gu, ' '));
        if (plain === undefined) return match;
        const replaced = keepCapital(match, plain);
        pairs.push({ term: match, plain: replaced });
        return replaced;
      })
      // A phrase replaced by nothing ("hereby") leaves one space, not two.
      .replace(/ {2,}/gu, ' ')
  );
}

import type { GlossaryPair } from '../../../safety/output/index.js';
import type { PatternRule, PlainWord } from '../data/types.js';

/**
 * Pattern rules compiled into one regular expression per case mode, so a sentence is read once, not once per rule.
 * At each place the first rule in the table's order that matches there wins (as if applied one after another, since
 * no rule is meant to rewrite another's output).
 */
export interface CompiledRules {
  passes: ReadonlyArray<{
    regex: RegExp;
    rules: ReadonlyArray<{ replace: string; group: number; groups: number }>;
  }>;
}

const WORD_BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';

/** `\b` as a boundary between letters of any script ("días", "miércoles"), not only ASCII ones. */
export function unicodeBoundaries(source: string): string {
  return source.replace(/\\b/gu, WORD_BOUNDARY);
}

/** How many capture groups a pattern has: "(" not escaped, not in a class, and not "(?" unless "(?<name>". */
export function groupCount(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[i + 1] !== '?' || /^\?<[A-Za-z]/u.test(source.slice(i + 1, i + 4)))) n++;
  }
  return n;
}

const LEADING_BOUNDARY = '\\b';
/** Where a word starts: the leading \b of most rules, checked once per place instead of once per rule. */
const WORD_START = '(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])';

export function compileRules(rules: readonly PatternRule[]): CompiledRules {
  const passes: Array<CompiledRules['passes'][number]> = [];
  for (const caseSensitive of [false, true]) {
    const flags = caseSensitive ? 'gu' : 'giu';
    const chosen = rules.filter((r) => (r.caseSensitive ?? false) === caseSensitive);
    if (chosen.length === 0) continue;
    // Rules that start at a word's start are tried together after one check of the place; the others apart.
    const ordered = [
      ...chosen.filter((r) => r.pattern.startsWith(LEADING_BOUNDARY)),
      ...chosen.filter((r) => !r.pattern.startsWith(LEADING_BOUNDARY)),
    ];
    let group = 1;
    const atWordStart: string[] = [];
    const elsewhere: string[] = [];
    const table: Array<{ replace: string; group: number; groups: number }> = [];
    for (const r of ordered) {
      const wordStart = r.pattern.startsWith(LEADING_BOUNDARY);
      const source = unicodeBoundaries(wordStart ? r.pattern.slice(LEADING_BOUNDARY.length) : r.pattern);
      const groups = groupCount(source);
      (wordStart ? atWordStart : elsewhere).push(`(${source})`);
      table.push({ replace: r.replace, group, groups });
      group += groups + 1;
    }
    const parts = [
      ...(atWordStart.length > 0 ? [`${WORD_START}(?:${atWordStart.join('|')})`] : []),
      ...elsewhere,
    ];
    passes.push({ regex: new RegExp(parts.join('|'), flags), rules: table });
  }
  return { passes };
}

/**
 * "$1 {plural:1|tablet|tablets}" with the captured groups filled in; "{cap:1|The}" is group 1 with a capital, or
 * "The" when the group took no part.
 */
function expand(template: string, groups: readonly (string | undefined)[]): string {
  return template
    .replace(/\{plural:(\d)\|([^|}]*)\|([^}]*)\}/gu, (_, n: string, one: string, many: string) =>
      Number(groups[Number(n)] ?? '') === 1 ? one : many,
    )
    .replace(/\{cap:(\d)\|([^}]*)\}/gu, (_, n: string, otherwise: string) => {
      const g = groups[Number(n)];
      return g ? g.charAt(0).toUpperCase() + g.slice(1) : otherwise;
    })
    .replace(/\$(\d)/gu, (_, n: string) => groups[Number(n)] ?? '');
}

/**
 * "Prior to" → "Before": a capital that starts a word carries over; an abbreviation's capitals do not ("NSAIDs",
 * "NT-proBNP" have more than one).
 */
export function keepCapital(original: string, replacement: string): string {
  const first = original.charAt(0);
  const capitals = original.match(/\p{Lu}/gu)?.length ?? 0;
  const capitalised = first !== first.toLowerCase() && capitals === 1;
  return capitalised ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** Applies the rules; every change is recorded as a glossary pair (what was written → what it became). */
export function applyRules(text: string, rules: CompiledRules, pairs: GlossaryPair[]): string {
  let out = text;
  for (const pass of rules.passes) {
    out = out.replace(pass.regex, (...args: unknown[]) => {
      const match = String(args[0]);
      const rule = pass.rules.find((r) => args[r.group] !== undefined);
      if (!rule) return match;
      // The rule's own groups, numbered from 1 as in its pattern.
      const groups = [match, ...args.slice(rule.group + 1, rule.group + 1 + rule.groups)].map((g) =>
        typeof g === 'string' ? g : undefined,
      );
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

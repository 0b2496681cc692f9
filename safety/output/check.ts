import type { Lang } from '../../client/shared/languages.js';
import type { TermIndex } from '../../content/lexicon/termIndex.js';
import { uncoveredSentences } from './coverage.js';
import type { KeyedFact } from './extract.js';
import { extractFacts } from './extract.js';
import type { GlossaryPair } from './glossary.js';
import { glossarySubstitution } from './glossary.js';
import { normalizeForFacts } from './normalize.js';
import type { CompiledPatterns } from './patterns.js';
import { compilePatterns } from './patterns.js';
import type { Fact, OutputCheck } from './types.js';

export interface OutputCheckOptions {
  /** Language of the source (default en). */
  lang?: Lang;
  /** Language of the output when it is a translation (default: the source's). */
  outputLang?: Lang;
  /**
   * Terms and the plain words the output may use for them (the lexicon's `plain`, the simplifier's expansions):
   * a warning or an instruction said in the glossary's plain words is the same fact.
   */
  glossary?: readonly GlossaryPair[];
  /** A lexicon term index: its entries of category "medication" are medicine names (with aliases as one medicine). */
  medicines?: TermIndex;
  /** Also check that every instruction, warning and risk sentence is still said (default true). */
  sentences?: boolean;
}

/** The facts one side is missing and the other added: counts for missing, presence for added. */
export function compareFacts(
  source: readonly KeyedFact[],
  output: readonly KeyedFact[],
): { missingFacts: Fact[]; addedFacts: Fact[] } {
  const outCount = new Map<string, number>();
  for (const f of output) outCount.set(f.key, (outCount.get(f.key) ?? 0) + 1);
  const srcKeys = new Set(source.map((f) => f.key));
  const missingFacts: Fact[] = [];
  for (const f of source) {
    const left = outCount.get(f.key) ?? 0;
    if (left > 0) outCount.set(f.key, left - 1);
    else missingFacts.push({ kind: f.kind, text: f.text });
  }
  const addedFacts: Fact[] = [];
  const reported = new Set<string>();
  for (const f of output) {
    if (srcKeys.has(f.key) || reported.has(f.key)) continue;
    reported.add(f.key);
    addedFacts.push({ kind: f.kind, text: f.text });
  }
  return { missingFacts, addedFacts };
}

export function toOutputCheck(missingFacts: Fact[], addedFacts: Fact[]): OutputCheck {
  return {
    preserved: missingFacts.length === 0 && addedFacts.length === 0,
    missing: missingFacts.map((f) => f.text),
    added: addedFacts.map((f) => f.text),
    missingFacts,
    addedFacts,
  };
}

/** A checker with its patterns compiled once, for many checks in one language pair with one glossary. */
export interface OutputChecker {
  /** The facts of a source-language text (`side` output uses the output language). */
  facts(text: string, side?: 'source' | 'output'): KeyedFact[];
  /** `sourceFacts`, when given, are this checker's facts of `source` (saves extracting them twice). */
  check(source: string, output: string, sourceFacts?: readonly KeyedFact[]): OutputCheck;
}

export function createOutputChecker(options: OutputCheckOptions = {}): OutputChecker {
  return createOutputCheckers(options).withGlossary(options.glossary ?? []);
}

/**
 * Checkers for one language pair that share their compiled patterns: `withGlossary` makes a checker for one
 * document's glossary without compiling the rest again (what a simplifier does for every document).
 */
export function createOutputCheckers(options: Omit<OutputCheckOptions, 'glossary'> = {}): {
  withGlossary(glossary: readonly GlossaryPair[]): OutputChecker;
} {
  const lang = options.lang ?? 'en';
  const outputLang = options.outputLang ?? lang;
  const sourcePatterns = compilePatterns(lang);
  const outputPatterns: CompiledPatterns = outputLang === lang ? sourcePatterns : compilePatterns(outputLang);
  return {
    withGlossary: (glossary) =>
      checkerFor(options, lang, outputLang, sourcePatterns, outputPatterns, glossary),
  };
}

/** A text function that remembers its last few answers (a checker sees each text two or three times). */
function remembered(f: (text: string) => string): (text: string) => string {
  const last = new Map<string, string>();
  return (text) => {
    const known = last.get(text);
    if (known !== undefined) return known;
    const result = f(text);
    if (last.size >= 4) last.delete(last.keys().next().value ?? '');
    last.set(text, result);
    return result;
  };
}

function checkerFor(
  options: Omit<OutputCheckOptions, 'glossary'>,
  lang: Lang,
  outputLang: Lang,
  sourcePatterns: CompiledPatterns,
  outputPatterns: CompiledPatterns,
  glossary: readonly GlossaryPair[],
): OutputChecker {
  // The same texts are rewritten for the facts and again for the sentence check: remember the last few.
  const substituteSource = remembered(glossarySubstitution(glossary, lang));
  const substituteOutput =
    outputLang === lang ? substituteSource : remembered(glossarySubstitution(glossary, outputLang));
  const normalize = remembered(normalizeForFacts);
  const contextOf = (side: 'source' | 'output') =>
    side === 'source'
      ? {
          patterns: sourcePatterns,
          substitute: substituteSource,
          normalize,
          ...(options.medicines ? { medicines: options.medicines } : {}),
        }
      : {
          patterns: outputPatterns,
          substitute: substituteOutput,
          normalize,
          ...(options.medicines ? { medicines: options.medicines } : {}),
        };

  const facts = (text: string, side: 'source' | 'output' = 'source'): KeyedFact[] =>
    extractFacts(text, contextOf(side));

  return {
    facts,
    check(source, output, sourceFacts) {
      const { missingFacts, addedFacts } = compareFacts(
        sourceFacts ?? facts(source, 'source'),
        facts(output, 'output'),
      );
      if (options.sentences !== false) {
        missingFacts.push(
          ...uncoveredSentences({
            source: substituteSource(normalize(source)),
            output: substituteOutput(normalize(output)),
            lang,
            outputLang,
            patterns: sourcePatterns,
          }),
        );
      }
      return toOutputCheck(missingFacts, addedFacts);
    },
  };
}

/**
 * Compares a rewrite (or an answer) with its source: every number, dose, frequency, route, date, medicine name,
 * warning sign and "do not" of the source must still be there, and nothing of those kinds may be new. "twice a day"
 * for "BID", "by mouth" for "PO", "1 to 2 tablets" for "1-2 tabs" or a date in another format lose nothing.
 */
export function checkOutput(source: string, output: string, options: OutputCheckOptions = {}): OutputCheck {
  return createOutputChecker(options).check(source, output);
}

import type { Lang } from '../../client/shared/languages.js';
import { findStructuralInjection } from '../injection/structural.js';
import { decideLanguage, type DetectedLanguage } from '../lang/index.js';
import { CATEGORY_ACTION, CATEGORY_PRIORITY } from './categories.js';
import { compileLexicons, type CompiledLexicons } from './compile.js';
import { createRuleScratch, evaluateRules } from './evaluate.js';
import { loadLexicons } from './loadLexicons.js';
import { FuzzyCache, TokenInfoCache, createScratch, findHits } from './match.js';
import { ScopeBuffers, resolveScopes } from './scopes.js';
import { createTokenPool, tokenize, type Tokenized } from './tokenize.js';
import type { Finding, ScreenAction, ScreenOptions, ScreenResult, Screener } from './types.js';

/** Letters in scripts no lexicon covers, above which a message counts as not screenable. */
const MIN_UNSCREENED_LETTERS = 4;

const REASON_UNSCREENED =
  'Most of the message is in a writing system PlainCare has no red-flag lexicon for, so it could not be checked.';

function unscreened(tokenized: Tokenized, lang: Lang, length: number): Finding | undefined {
  const { letters } = tokenized;
  const uncovered = letters.kana + letters.other;
  const covered = letters.latin + letters.arabic + letters.han + letters.hangul;
  if (uncovered < MIN_UNSCREENED_LETTERS || uncovered <= covered) return undefined;
  return {
    ruleId: 'screen.unscreened_script',
    category: 'unscreened',
    lang,
    span: [0, length],
    reason: REASON_UNSCREENED,
    score: 1,
    action: CATEGORY_ACTION.unscreened,
  };
}

function languageOf(tokenized: Tokenized): DetectedLanguage['lang'] {
  // One loop rather than filter and map: a 2,000-character message has hundreds of words.
  const words: string[] = [];
  for (const token of tokenized.tokens)
    if (token.kind === 'word' && token.script === 'latin') words.push(token.text);
  return decideLanguage(tokenized.letters, tokenized.marks, words).lang;
}

/** Each category's place in `CATEGORY_PRIORITY` (its first, as `indexOf` would give), looked up by sorts. */
const RANK: ReadonlyMap<string, number> = (() => {
  const ranks = new Map<string, number>();
  CATEGORY_PRIORITY.forEach((category, index) => {
    if (!ranks.has(category)) ranks.set(category, index);
  });
  return ranks;
})();

function rank(category: string): number {
  return RANK.get(category) ?? CATEGORY_PRIORITY.length;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Red flags win over a block: asking how much it takes to overdose is a person at risk, not an attack. */
export function decide(findings: readonly Finding[], lang: Lang): ScreenResult {
  const live = findings.filter((finding) => finding.hint !== true);
  const by = (action: ScreenAction) => live.filter((finding) => finding.action === action);
  const emergency = by('emergency');
  const urgent = by('urgent');
  const redFlags = [...emergency, ...urgent].sort((a, b) => rank(a.category) - rank(b.category));
  let action: ScreenAction = 'allow';
  let categories: string[];
  if (emergency.length > 0) action = 'emergency';
  else if (urgent.length > 0) action = 'urgent';
  if (action !== 'allow') categories = unique(redFlags.map((finding) => finding.category));
  else if (by('block').length > 0) {
    action = 'block';
    categories = unique(by('block').map((finding) => finding.category));
  } else {
    categories = unique(
      findings
        .filter((finding) => finding.hint === true && finding.action !== 'block')
        .sort((a, b) => rank(a.category) - rank(b.category))
        .map((finding) => finding.category),
    );
  }
  const matches = action === 'allow' ? findings.filter((finding) => finding.hint === true) : [...findings];
  return { action, categories, lang, matches };
}

export function createScreener(lex: CompiledLexicons): Screener {
  const fuzzyCache = new FuzzyCache();
  const scratch = createScratch();
  const tokenInfo = new TokenInfoCache();
  const ruleScratch = createRuleScratch(lex);
  const scopeBuffers = new ScopeBuffers();
  const tokenPool = createTokenPool();
  return {
    screen(text: string, options: ScreenOptions = {}): ScreenResult {
      const tokenized = tokenize(text, lex.folder, tokenPool);
      const lang = options.lang ?? languageOf(tokenized);
      const hits = findHits(tokenized.tokens, lex, fuzzyCache, scratch, tokenInfo);
      const scoped = resolveScopes(tokenized.tokens, hits, lex, lang, scopeBuffers);
      const findings = evaluateRules(tokenized.tokens, scoped, lex, ruleScratch);
      findings.push(...findStructuralInjection(text, lang));
      const notScreened = unscreened(tokenized, lang, text.length);
      if (notScreened !== undefined) findings.push(notScreened);
      return decide(findings, lang);
    },
  };
}

/** Reads and compiles `safety/lexicons` (the server calls this once at start). Throws on a bad or missing lexicon. */
export function loadScreener(lexiconDir: string): Screener {
  return createScreener(compileLexicons(loadLexicons(lexiconDir)));
}

import type { Lang } from '../../client/shared/languages.js';
import type { Lexicon } from '../lexicon/types.js';
import { buildKit, simplifyDocument } from './engine.js';
import type { EngineOptions } from './engine.js';
import type { SimplifyOptions, SimplifyResult } from './types.js';

export interface EmbeddedSimplifier {
  /** Rewrites a clinical text in plain language, deterministically and without a model (engine "embedded"). */
  simplify(text: string, options: SimplifyOptions & { now?: () => number }): SimplifyResult;
}

/**
 * The embedded (no-model) simplifier over the given lexicons. Each language's rules and term index are built on
 * first use and kept by this simplifier; a language with no lexicon still gets its rules.
 */
export function createEmbeddedSimplifier(lexicons: Partial<Record<Lang, Lexicon>>): EmbeddedSimplifier {
  const kits = new Map<Lang, ReturnType<typeof buildKit>>();
  const kitFor = (lang: Lang): ReturnType<typeof buildKit> => {
    let kit = kits.get(lang);
    if (!kit) {
      kit = buildKit(lang, lexicons[lang]);
      kits.set(lang, kit);
    }
    return kit;
  };
  return {
    simplify: (text: string, options: EngineOptions) => simplifyDocument(text, kitFor(options.lang), options),
  };
}

export type { GlossaryItem, ReviewFlag, SimplifyEngine, SimplifyOptions, SimplifyResult } from './types.js';
export { parseDocument } from './document.js';
export type { Line } from './document.js';
export { Level } from './engine.js';
export { buildMedicationIndex } from './medicationIndex.js';

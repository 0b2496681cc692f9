import type { Lang } from '../../client/shared/languages.js';
import type { Lexicon } from '../../content/lexicon/types.js';
import { buildMedicationIndex } from '../../content/simplify/index.js';
import type { OutputCheckOptions } from '../../safety/output/index.js';

export type FactCheckOptions = Omit<OutputCheckOptions, 'lang' | 'outputLang'>;

/**
 * What the model's version is checked with, from the same lexicons as the embedded engine: the
 * lexicon's medicines are medicine names (so a dropped brand name is caught), and a term said in
 * its plain words ("high blood pressure" for "hypertension") is the same fact. Built once per
 * language, on first use.
 */
export function factCheckFromLexicons(
  lexicons: Partial<Record<Lang, Lexicon>>,
): (lang: Lang) => FactCheckOptions {
  const built = new Map<Lang, FactCheckOptions>();
  return (lang) => {
    const cached = built.get(lang);
    if (cached) return cached;
    const lexicon = lexicons[lang];
    const options: FactCheckOptions = lexicon
      ? {
          medicines: buildMedicationIndex(lexicon),
          glossary: lexicon.entries.flatMap((entry) =>
            [entry.term, ...(entry.aliases ?? [])].map((term) => ({ term, plain: entry.plain })),
          ),
        }
      : {};
    built.set(lang, options);
    return options;
  };
}

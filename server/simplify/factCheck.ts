import type { Lang } from '../../client/shared/languages.js';
import { buildTermIndex, type TermIndex } from '../../content/lexicon/termIndex.js';
import type { Lexicon } from '../../content/lexicon/types.js';
import { buildMedicationIndex } from '../../content/simplify/index.js';
import type { OutputCheckOptions } from '../../safety/output/index.js';

export type FactCheckOptions = Omit<OutputCheckOptions, 'lang' | 'outputLang'>;

/** Options for checking a rewrite of `source` in `lang`. */
export type FactCheckFor = (lang: Lang, source: string) => FactCheckOptions;

interface LanguageIndexes {
  terms: TermIndex;
  medicines: TermIndex;
}

/**
 * What the model's version is checked with, from the same lexicons as the embedded engine: the
 * lexicon's medicines are medicine names (so a dropped brand name is caught), and a term of the
 * source said in its plain words ("high blood pressure" for "hypertension") is the same fact.
 * The glossary holds only the terms the source uses: the whole lexicon as one pattern would make
 * every check slow. Indexes are built once per language, on first use.
 */
export function factCheckFromLexicons(lexicons: Partial<Record<Lang, Lexicon>>): FactCheckFor {
  const built = new Map<Lang, LanguageIndexes | undefined>();
  const indexesFor = (lang: Lang): LanguageIndexes | undefined => {
    if (!built.has(lang)) {
      const lexicon = lexicons[lang];
      built.set(
        lang,
        lexicon ? { terms: buildTermIndex(lexicon), medicines: buildMedicationIndex(lexicon) } : undefined,
      );
    }
    return built.get(lang);
  };
  return (lang, source) => {
    const indexes = indexesFor(lang);
    if (!indexes) return {};
    const entries = new Set(indexes.terms.find(source).map((match) => match.entry));
    const glossary = [...entries].flatMap((entry) =>
      [entry.term, ...(entry.aliases ?? [])].map((term) => ({ term, plain: entry.plain })),
    );
    return { medicines: indexes.medicines, glossary };
  };
}

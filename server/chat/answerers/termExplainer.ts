import type { Lang } from '../../../client/shared/languages.js';
import type { Source } from '../../../client/shared/protocol.js';
import type { TermIndex, TermMatch } from '../../../content/lexicon/termIndex.js';
import type { LexiconEntry } from '../../../content/lexicon/types.js';
import type { Translate } from '../../i18n.js';
import type { Answerer, Draft, Question } from '../ports.js';

export interface TermExplainerDeps {
  indexes: Partial<Record<Lang, TermIndex>>;
  t: Translate;
  /** The numbers the warning-sign texts name. */
  numbers: { emergency: string; crisis: string };
  /** More than a few definitions at once is a wall of text; the patient can ask again. */
  maxTerms?: number;
}

function slug(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function distinctEntries(matches: TermMatch[], limit: number): LexiconEntry[] {
  const seen = new Set<LexiconEntry>();
  for (const match of matches) {
    if (seen.size >= limit) break;
    seen.add(match.entry);
  }
  return [...seen];
}

/** At most this many warning-sign texts in one answer ("signs of a stroke or heart attack?"). */
const MAX_SIGNS = 2;

/**
 * The embedded answer engine's first skills: for a question about the warning signs of a red-flag
 * condition (the screener's hint), the vetted signs text of `locales/<lang>/signs.json`; and the
 * medical words a patient asks about, from the vetted lexicon of their language (then the English
 * one, since clinicians' abbreviations are often English). Anything else gets an honest "I cannot
 * answer that yet" and the offer of a person.
 */
export function createTermExplainer(deps: TermExplainerDeps): Answerer {
  const maxTerms = deps.maxTerms ?? 3;

  const lookup = (question: Question): { lang: Lang; entries: LexiconEntry[] } | undefined => {
    const order: Lang[] = question.lang === 'en' ? ['en'] : [question.lang, 'en'];
    for (const lang of order) {
      const index = deps.indexes[lang];
      if (!index) continue;
      const entries = distinctEntries(index.find(question.text), maxTerms);
      if (entries.length > 0) return { lang, entries };
    }
    return undefined;
  };

  return {
    answer(question): Promise<Draft> {
      const { t } = deps;
      const signs = question.hints
        .map((category) => ({
          category,
          // An empty default tells "no signs text for this category" apart from a text.
          text: t(question.lang, `signs:${category}`, { ...deps.numbers, defaultValue: '' }),
        }))
        .filter((sign) => sign.text.length > 0)
        .slice(0, MAX_SIGNS);
      const found = lookup(question);
      if (!found && signs.length === 0) {
        return Promise.resolve({
          outcome: 'no_answer',
          text: t(question.lang, 'server:answer.no_answer'),
          engine: 'embedded',
          sources: [],
          grounding: '',
        });
      }
      const explanations = (found?.entries ?? []).map((entry) =>
        t(question.lang, 'server:answer.term', { term: entry.term, explanation: entry.explanation }),
      );
      const parts = [
        ...signs.map((sign) => sign.text),
        ...(found && found.lang !== question.lang ? [t(question.lang, 'server:answer.in_english')] : []),
        ...explanations,
        t(question.lang, 'server:answer.closing'),
      ];
      const text = parts.join('\n\n');
      const sources: Source[] = [
        ...signs.map((sign) => ({
          id: `signs:${question.lang}:${sign.category}`,
          title: sign.category,
          lang: question.lang,
        })),
        ...(found?.entries ?? []).map((entry) => ({
          id: `lexicon:${found?.lang ?? question.lang}:${slug(entry.term)}`,
          title: entry.term,
          lang: found?.lang ?? question.lang,
        })),
      ];
      return Promise.resolve({ outcome: 'answered', text, engine: 'embedded', sources, grounding: text });
    },
  };
}

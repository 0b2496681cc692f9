import type { Lang } from '../../../client/shared/languages.js';
import type { Source } from '../../../client/shared/protocol.js';
import type { TermIndex, TermMatch } from '../../../content/lexicon/termIndex.js';
import type { LexiconEntry } from '../../../content/lexicon/types.js';
import type { Translate } from '../../i18n.js';
import type { Answerer, Draft, Question } from '../ports.js';

export interface TermExplainerDeps {
  indexes: Partial<Record<Lang, TermIndex>>;
  t: Translate;
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

/**
 * The embedded answer engine's first skill: explain the medical words a patient asks about, from
 * the vetted lexicon of their language (then the English one, since clinicians' abbreviations are
 * often English). Anything else gets an honest "I cannot answer that yet" and the offer of a person.
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
      const found = lookup(question);
      if (!found) {
        return Promise.resolve({
          outcome: 'no_answer',
          text: t(question.lang, 'server:answer.no_answer'),
          engine: 'embedded',
          sources: [],
          grounding: '',
        });
      }
      const explanations = found.entries.map((entry) =>
        t(question.lang, 'server:answer.term', { term: entry.term, explanation: entry.explanation }),
      );
      const parts = [
        ...(found.lang !== question.lang ? [t(question.lang, 'server:answer.in_english')] : []),
        ...explanations,
        t(question.lang, 'server:answer.closing'),
      ];
      const text = parts.join('\n\n');
      const sources: Source[] = found.entries.map((entry) => ({
        id: `lexicon:${found.lang}:${slug(entry.term)}`,
        title: entry.term,
        lang: found.lang,
      }));
      return Promise.resolve({ outcome: 'answered', text, engine: 'embedded', sources, grounding: text });
    },
  };
}

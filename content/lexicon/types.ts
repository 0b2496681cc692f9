import type { Lang } from '../../client/shared/languages.js';

/**
 * A jargon lexicon: `content/lexicon/<lang>.json`. Written by people, read by the answer stage
 * (explaining a term a patient asks about) and the embedded simplifier (replacing jargon in a
 * clinician's document), so each entry has both a drop-in replacement and a full explanation.
 */
export interface LexiconEntry {
  /** The term as clinicians write it: "NPO", "hypertension", "incentive spirometer". */
  term: string;
  /** Other spellings and forms that mean the same: "n.p.o.", "nil per os", "hypertensive". */
  aliases?: string[];
  /** A short plain phrase that can replace the term inside a sentence: "nothing to eat or drink". */
  plain: string;
  /** One or two plain sentences a patient can read on their own (grade 6–8). */
  explanation: string;
  kind: 'abbreviation' | 'term';
  /**
   * Match only with exactly this capitalisation. Set for short abbreviations that are also
   * ordinary words ("OR", "AS", "IT", "ID", "US"), so "or" in a sentence is left alone.
   */
  caseSensitive?: boolean;
  /**
   * The abbreviation means different things in different places ("MS": multiple sclerosis or
   * morphine sulfate). The simplifier flags it for the clinician instead of replacing it.
   */
  ambiguous?: boolean;
  /** Loose grouping for people maintaining the file: "medication", "procedure", "anatomy"... */
  category?: string;
}

export interface Lexicon {
  lang: Lang;
  /** Where the meanings were checked (public-domain or openly licensed sources), for reviewers. */
  sources: string[];
  entries: LexiconEntry[];
}

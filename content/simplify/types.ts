import type { Lang } from '../../client/shared/languages.js';
import type { OutputCheck } from '../../safety/output/types.js';
import type { ReadabilityScores, SentenceReadability } from '../readability/types.js';

export type SimplifyEngine = 'embedded' | 'llm';

export interface SimplifyOptions {
  lang: Lang;
  /** The grade to aim for; 6–8 is the plain-language target (default 7). */
  targetGrade?: number;
}

export interface GlossaryItem {
  term: string;
  plain: string;
}

/** Something a clinician must look at before approving the plain version. */
export interface ReviewFlag {
  code:
    | 'ambiguous_abbreviation'
    | 'facts_not_preserved'
    | 'grade_above_target'
    | 'model_fallback'
    | 'model_retry'
    | 'unknown_term';
  message: string;
  /** The words it is about, when there are some. */
  subject?: string;
}

export interface SimplifyResult {
  text: string;
  engine: SimplifyEngine;
  lang: Lang;
  readability: { before: ReadabilityScores; after: ReadabilityScores };
  facts: OutputCheck;
  glossary: GlossaryItem[];
  flags: ReviewFlag[];
  /** Per-sentence grades of the plain version, hardest first is the caller's choice. */
  sentences: SentenceReadability[];
  elapsedMs: number;
}

import type { Lang } from '../../client/shared/languages.js';

/**
 * Readability of one text in one language. `grade` is the US school grade every language reports
 * (for es/zh/vi/ko/ar it is the documented grade-equivalent of that language's measure), so the
 * clinician view and `plaincare simplify --json` can compare before and after on one scale.
 */
export interface ReadabilityScores {
  lang: Lang;
  grade: number;
  words: number;
  sentences: number;
  /** Flesch Reading Ease (en) or its language's analogue where one exists. */
  readingEase?: number;
  /** Named measures of the language, e.g. fleschKincaid, smog, colemanLiau, fernandezHuerta, szigrisztPazos. */
  measures: Record<string, number>;
  /** True when the text is too short for the formulas to mean much (the grade is still given). */
  tooShort: boolean;
}

export interface SentenceReadability {
  text: string;
  /** Character offsets into the scored text, so a view can highlight it. */
  start: number;
  end: number;
  grade: number;
}

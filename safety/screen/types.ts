import type { Lang } from '../../client/shared/languages.js';

export type ScreenAction = 'emergency' | 'urgent' | 'block' | 'allow';

export const RED_FLAG_CATEGORIES = [
  'chest_pain',
  'stroke',
  'breathing',
  'bleeding',
  'anaphylaxis',
  'self_harm',
  'overdose',
  'seizure',
  'unresponsive',
  'head_injury',
  'pregnancy',
  'infant_fever',
  'sepsis',
  'blood_clot',
  'harm_to_others',
  'abuse',
  // Needs a clinician today, with no emergency sign of its own: fluids that will not stay down with
  // little urine (dehydration), new or worsening severe pain (a score of 6/10 or more, pain after
  // surgery that grows, pain painkillers do not touch), and urine that will not come (retention,
  // often after a catheter is removed or after surgery).
  'dehydration',
  'pain',
  'urinary',
  // The lower tier: a serious symptom together with a severity or onset marker ("the worst pain of
  // my life", "something is really wrong, he can't get up") that no specific rule names. Unsure
  // between urgent and allow, the screener chooses urgent: a person reads it the same day.
  'concern',
  // A message mostly in a script none of our lexicons covers: we cannot tell it is safe, so a
  // person looks at it (ARCHITECTURE.md: "a language we cannot screen ... is a failure of the check").
  'unscreened',
] as const;

export type RedFlagCategory = (typeof RED_FLAG_CATEGORIES)[number];

export const BLOCK_CATEGORIES = ['prompt_injection', 'harmful_request'] as const;

export type BlockCategory = (typeof BLOCK_CATEGORIES)[number];

export type Category = RedFlagCategory | BlockCategory;

export interface Finding {
  /** `<lang>.<rule id>` of the lexicon rule that fired (or `injection.<name>` for the structural screen). */
  ruleId: string;
  category: Category;
  /** The language of the lexicon whose rule fired (a Spanish rule can fire inside an English message). */
  lang: Lang;
  /** UTF-16 offsets of the matched words in the message. The finding never holds the text itself. */
  span: [number, number];
  /** Why the rule exists, in words a clinician reviewing a false alarm understands. */
  reason: string;
  /** 1 when every word matched exactly; lower when typo tolerance was needed. */
  score?: number;
  /** The action this finding asks for (its rule's, or its category's). */
  action?: 'emergency' | 'urgent' | 'block';
  /** The guidance text this finding asks for, when its rule names a more specific one than its category. */
  guidance?: string;
  /** True for a rule that matched inside an education question ("what are the signs of a stroke?"): a hint, not an alarm. */
  hint?: boolean;
}

export interface ScreenResult {
  action: ScreenAction;
  /** Red-flag or block categories behind the action; for 'allow', topics of an education question. */
  categories: string[];
  /** Detected (or given) language of the message. */
  lang: Lang;
  matches: Finding[];
}

export interface ScreenOptions {
  /** The language the conversation is in, when known; otherwise it is detected from the text. */
  lang?: Lang;
}

export interface Screener {
  screen(text: string, options?: ScreenOptions): ScreenResult;
}

/** A rewrite by pattern: `pattern` is a regular expression source (flags "giu" unless `caseSensitive`). */
export interface PatternRule {
  pattern: string;
  /** The replacement; $1, $2… are the captured groups, {plural:N|one|many} picks a word by the number in group N. */
  replace: string;
  caseSensitive?: boolean;
}

/** A word or phrase and plainer words for it (whole words, any case; the replacement keeps a leading capital). */
export interface PlainWord {
  from: string;
  to: string;
}

/** What the embedded simplifier knows of one language beyond its lexicon. */
export interface LanguageRules {
  /** Prescription shorthand written by pattern (q4-6h, 1-2 tabs, x 5 days), applied before the lexicon. */
  sig: readonly PatternRule[];
  /** Core abbreviations used only when the lexicon has no entry for them (lower-case key). */
  fallbackAbbreviations: Readonly<Record<string, string>>;
  /** Long words and stiff phrases with everyday ones (applied after the lexicon). */
  plainWords: readonly PlainWord[];
  /** Third person to second person ("The patient was" → "You were"). */
  voice: readonly PatternRule[];
  /** Words that end a list's lead-in ("include", "such as"), and what to say before the colon. */
  listIntros: ReadonlyArray<{ pattern: string; lead: string }>;
  /** Conjunctions a long sentence may be split at when a new clause follows, and what the new sentence starts with. */
  clauseJoints: ReadonlyArray<{ pattern: string; start: string }>;
  /** Words that start a new clause (a subject or an instruction verb) after a joint. */
  clauseStarters: readonly string[];
  /** The instruction a medicine line becomes: verb by how it is taken, and the word before the medicine. */
  schedule?: { take: string; use: string; inject: string; of: string; useWhen: string; injectWhen: string };
  /** Words after a medicine's name that show the line is a sentence about it, not a prescription line. */
  finiteVerbs: readonly string[];
  /** Sentence ends and the mark to join split parts with. */
  sentenceEnd: string;
}

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

/**
 * How a note written about the patient ("Mr. Okafor is a 71-year-old man… He was started on…") is turned to the
 * patient ("You are… You started…"). All regular expression sources, flags "iu" unless said.
 */
export interface PersonRules {
  /** The document is a note about one patient: an age ("71-year-old", "79 y/o") or "the patient was/presented". */
  narrative: string;
  /** A titled name before "is a 71-year-old" or similar: group 1 is the title, group 2 the name (flags "u"). */
  patientName: string;
  /** Words after the name that show it is the subject of a verb ("Mr. Okafor is…"; not "Dear Mr. Okafor,"). */
  verbAfterName: string;
  /** A sentence naming another person ("her husband", "Dr. Reyes") keeps its pronouns: "she" may be them. */
  otherPeople: string;
  /** Possessives ("his furosemide" → "your furosemide"), turned also in a sentence that names another person. */
  possessives: readonly PatternRule[];
  /** Subject pronouns with their verb, then objects, in order ("she was" → "you were", "him" → "you"). */
  pronouns: readonly PatternRule[];
}

/** A joint after which the patient is the subject again: "start" is what the new sentence begins with. */
export interface SubjectJoint {
  pattern: string;
  start: string;
  /** The sentence must match this (flags "iu") for the joint to be used ("^You are an? \\d" for the age clause). */
  when?: string;
  /** Split even when the sentence is not long (the relative clause after a patient's age always goes). */
  always?: boolean;
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
  /** A note about the patient in the third person ("He was admitted…"): its pronouns become "you" (see PersonRules). */
  person?: PersonRules;
  /**
   * Clinical constructions in plain, active words ("was notable for" → "showed", "status post" → "after"), applied
   * after "you" and before the lexicon. Each is a rule a clinician can read; none may hold a number.
   */
  constructions?: readonly PatternRule[];
  /**
   * Joints where the new sentence keeps the patient as its subject ("…, who presented with" → "You came in with"):
   * used only in a sentence whose subject is the patient ("You …"); see SubjectJoint.
   */
  subjectJoints?: readonly SubjectJoint[];
  /** Words that end a list's lead-in ("include", "such as"), and what to say before the colon. */
  listIntros: ReadonlyArray<{
    pattern: string;
    lead: string;
    maxItemWords?: number;
    /**
     * The lead-in makes a list after any words, not only after a call to action ("Avoid triggers such as a, b and
     * c"); its items must then be things, not clauses.
     */
    anywhere?: boolean;
  }>;
  /**
   * Conditions side by side ("Call your doctor if you need …, if your mucus changes color, or if your ankles
   * swell"): the word for "if" and for "or". They become a lead-in ending in "if:" and one condition per line.
   */
  conditions?: { if: string; or: string };
  /** Conjunctions a long sentence may be split at when a new clause follows, and what the new sentence starts with. */
  clauseJoints: ReadonlyArray<{
    pattern: string;
    start: string;
    /** The words before the joint must match this (flags "iu"); checked in code, cheaper than a lookbehind. */
    before?: string;
    /** The words after the joint must not match this (flags "iu"). */
    notAfter?: string;
  }>;
  /** Words that start a new clause (a subject or an instruction verb) after a joint. */
  clauseStarters: readonly string[];
  /** The instruction a medicine line becomes: verb by how it is taken, and the word before the medicine. */
  schedule?: { take: string; use: string; inject: string; of: string; useWhen: string; injectWhen: string };
  /** Words after a medicine's name that show the line is a sentence about it, not a prescription line. */
  finiteVerbs: readonly string[];
  /** Sentence ends and the mark to join split parts with. */
  sentenceEnd: string;
}

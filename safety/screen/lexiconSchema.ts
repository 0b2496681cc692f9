import { z } from 'zod';
import { LANGUAGES } from '../../client/shared/languages.js';
import { BLOCK_CATEGORIES, RED_FLAG_CATEGORIES } from './types.js';

/**
 * The shape of one lexicon file, `safety/lexicons/<lang>/<any>.json`. A language's files are
 * merged, so a hospital adds a file of its own terms next to ours without editing them.
 * docs/safety.md explains every field for the clinicians who review and extend these files.
 *
 * A term is words separated by spaces, in the lexicon's language, matched after the same folding as
 * the message (lower case, no accents, ...). In a word, a trailing `*` matches any ending
 * ("breath*": breathe, breathing, breathless), a leading `=` switches typo tolerance off, and `#>=10`,
 * `#<=3` match numbers. Han and Hangul terms are matched character by character, spaces ignored;
 * a leading `^` asks that the term start a word.
 */
export const CUE_KINDS = [
  'negation',
  'negation_after',
  'pseudo_negation',
  'scope_break',
  'clause_break',
  'history',
  'present',
  'education',
  'education_after',
  'ignore',
  'generic',
] as const;

export type CueKind = (typeof CUE_KINDS)[number];

export const SUPPRESSIONS = ['negation', 'history', 'education'] as const;

export type Suppression = (typeof SUPPRESSIONS)[number];

const Term = z.string().trim().min(1).max(200);
const Terms = z.array(Term);
const Window = z.number().int().min(0).max(40);
const Notes = z.union([z.string(), z.array(z.string())]);

const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_.-]+$/, 'use lower-case letters, digits, "_", "." or "-"'),
    category: z.enum([...RED_FLAG_CATEGORIES, ...BLOCK_CATEGORIES]),
    /** Every slot must match within `window` tokens; a slot is one term, `@concept`, or a list of them. */
    match: z
      .array(z.union([Term, z.array(Term).min(1)]))
      .min(1)
      .max(4),
    window: Window.optional(),
    ordered: z.boolean().optional(),
    action: z.enum(['emergency', 'urgent']).optional(),
    guidance: z
      .string()
      .regex(/^[a-z_]+$/)
      .optional(),
    /** Which cues may switch this rule off; all three by default. */
    suppressedBy: z.array(z.enum(SUPPRESSIONS)).optional(),
    /**
     * Red-flag categories this block rule outranks where their words start inside its own match:
     * "how much insulin so someone does not wake up" is a request to harm another person, not a
     * person who will not wake. A red flag elsewhere in the message still wins.
     */
    supersedes: z.array(z.enum(RED_FLAG_CATEGORIES)).min(1).optional(),
    reason: z.string().trim().min(1),
    note: Notes.optional(),
    examples: z
      .object({ fires: z.array(z.string()).optional(), quiet: z.array(z.string()).optional() })
      .strict()
      .optional(),
  })
  .strict();

export type LexiconRule = z.infer<typeof RuleSchema>;

const cueShape = Object.fromEntries(CUE_KINDS.map((kind) => [kind, Terms.optional()])) as Record<
  CueKind,
  z.ZodOptional<typeof Terms>
>;

export const LexiconFileSchema = z
  .object({
    lang: z.enum(LANGUAGES),
    description: z.string().optional(),
    sources: z.array(z.string()).optional(),
    reviewed: z.string().optional(),
    notes: Notes.optional(),
    normalize: z
      .object({
        /** Single characters folded before matching (traditional to simplified Chinese). */
        charMap: z.record(z.string().length(1), z.string().length(1)).optional(),
        /** A token also matches as these spellings: texting forms, common misspellings. */
        spelling: z.record(Term, z.union([Term, Terms])).optional(),
        /** Attached prefixes a token may lose to match (Arabic و ف ب ل ال). */
        cliticPrefixes: Terms.optional(),
        numbers: z.record(Term, z.number()).optional(),
        /** False turns typo tolerance off for the language (Vietnamese typed without tones has too many near-identical syllables). */
        typoTolerance: z.boolean().optional(),
        /** Real words that typo tolerance must not bend into a lexicon word ("cooking" is not "choking"). */
        noFuzzy: Terms.optional(),
        /**
         * Single words a phrase may hold between two of its words without counting them as the gap,
         * even a phrase that opens with a negation: aspect and tense particles of a dialect (Levantine
         * progressive "عم" in "ما عم يتنفس", future "رح"), which do not change what the phrase says.
         */
        particles: Terms.optional(),
      })
      .strict()
      .optional(),
    windows: z
      .object({
        negation: Window,
        negation_after: Window,
        history: Window,
        education: Window,
        education_after: Window,
        rule: Window,
      })
      .partial()
      .strict()
      .optional(),
    cues: z.object(cueShape).strict().optional(),
    concepts: z
      .record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'concept names use a-z, 0-9 and _'), Terms)
      .optional(),
    rules: z.array(RuleSchema).optional(),
  })
  .strict();

export type LexiconFile = z.infer<typeof LexiconFileSchema>;

/** Validates one file's content; the error says which file and which field. */
export function parseLexiconFile(json: unknown, label: string): LexiconFile {
  const parsed = LexiconFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${label}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'is not a valid lexicon file'}`,
    );
  }
  return parsed.data;
}

import { z } from 'zod';
import { LANGUAGES } from '../../client/shared/languages.js';
import type { Lexicon } from './types.js';

const EntrySchema = z
  .object({
    term: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).optional(),
    plain: z.string().trim().min(1),
    explanation: z.string().trim().min(1),
    kind: z.enum(['abbreviation', 'term']),
    caseSensitive: z.boolean().optional(),
    ambiguous: z.boolean().optional(),
    category: z.string().optional(),
  })
  .strict();

export const LexiconSchema = z
  .object({
    lang: z.enum(LANGUAGES),
    sources: z.array(z.string().min(1)).min(1),
    entries: z.array(EntrySchema),
  })
  .strict();

/** Validates a lexicon file's content; the error names the entry that is wrong. */
export function parseLexicon(json: unknown, label: string): Lexicon {
  const parsed = LexiconSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${label}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is not a valid lexicon'}`);
  }
  return parsed.data;
}

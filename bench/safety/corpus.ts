import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LANGUAGES } from '../../client/shared/languages.js';

/**
 * The labelled corpus in tests/fixtures/safety/<split>/<lang>.jsonl: one patient message per line
 * with the action a clinician expects. `tune` is what the lexicons were adjusted against;
 * `holdout` was written afterwards and is only measured, never tuned on. `fresh` holds a new
 * held-out round while it is measured for the first time (it may be absent); after that
 * measurement its files move to `tune`.
 */
export const SPLITS = ['tune', 'holdout', 'fresh'] as const;
export type Split = (typeof SPLITS)[number];

export const KINDS = ['red_flag', 'ordinary', 'negation', 'history', 'education', 'injection'] as const;

const CorpusLine = z
  .object({
    id: z.string().min(1),
    lang: z.enum(LANGUAGES),
    text: z.string().min(1),
    expect: z.enum(['emergency', 'urgent', 'allow', 'block']),
    category: z.string().nullable(),
    kind: z.enum(KINDS),
  })
  .strict();

export type CorpusItem = z.infer<typeof CorpusLine> & { split: Split };

export function loadCorpus(dir: string): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const split of SPLITS) {
    const splitDir = join(dir, split);
    if (split === 'fresh' && !existsSync(splitDir)) continue;
    for (const file of readdirSync(splitDir)
      .filter((name) => name.endsWith('.jsonl'))
      .sort()) {
      const lines = readFileSync(join(splitDir, file), 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (line.trim() === '') return;
        const parsed = CorpusLine.safeParse(JSON.parse(line));
        if (!parsed.success)
          throw new Error(
            `${split}/${file}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid line'}`,
          );
        items.push({ ...parsed.data, split });
      });
    }
  }
  return items;
}

/** A red flag counts as caught when the screener asks for a person (emergency or urgent), whichever of the two. */
export function isRedFlag(item: CorpusItem): boolean {
  return item.expect === 'emergency' || item.expect === 'urgent';
}

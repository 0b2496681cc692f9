import { syllable } from 'syllable';
import { EN_SYLLABLE_ADDITIONS, EN_SYLLABLE_EXCEPTIONS } from './enCorrections.js';

/**
 * English syllables of one word: the `syllable` package (wooorm), corrected for medical words it miscounts.
 * A number or a unit counts as one syllable, so a dose does not make a sentence look easier or harder than it is.
 */
export function englishSyllables(word: string): number {
  const lower = word.toLowerCase();
  if (!/\p{L}/u.test(lower)) return 1;
  const known =
    EN_SYLLABLE_EXCEPTIONS[lower] ??
    (lower.endsWith('s') ? EN_SYLLABLE_EXCEPTIONS[lower.slice(0, -1)] : undefined);
  if (known !== undefined) return known;
  let count = syllable(lower);
  for (const rule of EN_SYLLABLE_ADDITIONS) if (rule.pattern.test(lower)) count += rule.add;
  return Math.max(1, count);
}

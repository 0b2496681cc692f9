/**
 * Spanish syllables of one word, by the rules of the Real Academia Española (Ortografía 2010, §1.4 and §4.1):
 * a syllable has one vowel nucleus; a weak vowel (i, u, ü, unstressed) next to another vowel forms a diphthong or
 * triphthong with it (ciu-dad, U-ru-guay); two strong vowels (a, e, o) or a written-stressed weak vowel (í, ú)
 * are said apart (le-er, pa-ís); the u of "que/qui/gue/gui" is silent; y is a vowel only at the end of a word or
 * on its own (hoy, muy, y).
 */
const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü']);

function isVowel(ch: string): boolean {
  return STRONG.has(ch) || WEAK.has(ch);
}

export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (w === '') return 1;
  if (w === 'y') return 1;
  const chars = [...w.replace(/y$/, 'i')];
  let count = 0;
  let prev = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const before = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    // Silent u: que, qui, gue, gui (but not güe, güi).
    if (
      ch === 'u' &&
      (before === 'q' || before === 'g') &&
      (next === 'e' || next === 'i' || next === 'é' || next === 'í')
    ) {
      prev = before;
      continue;
    }
    if (!isVowel(ch)) {
      prev = ch;
      continue;
    }
    if (!isVowel(prev)) {
      count++;
    } else {
      // Two strong vowels, or a stressed weak one, are in separate syllables; anything with a weak vowel glides.
      const hiatus = (STRONG.has(prev) && STRONG.has(ch)) || prev === ch;
      if (hiatus) count++;
    }
    prev = ch;
  }
  return Math.max(1, count);
}

/**
 * Which writing system a character belongs to, as far as PlainCare's languages care. The screener
 * and the language detector both need it: Han and Hangul are matched character by character,
 * Latin and Arabic word by word, and a message mostly in a script no lexicon covers cannot be
 * screened at all (and is then never passed as safe).
 */
export type Script = 'latin' | 'arabic' | 'han' | 'hangul' | 'kana' | 'other';

export function scriptOf(cp: number): Script | undefined {
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return 'latin';
  if (cp < 0xc0) return undefined;
  if (cp <= 0x24f || (cp >= 0x1e00 && cp <= 0x1eff)) return cp === 0xd7 || cp === 0xf7 ? undefined : 'latin';
  if (
    (cp >= 0x600 && cp <= 0x6ff) ||
    (cp >= 0x750 && cp <= 0x77f) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  ) {
    return isArabicLetter(cp) ? 'arabic' : undefined;
  }
  if (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x2ffff)
  ) {
    return 'han';
  }
  if (cp >= 0xac00 && cp <= 0xd7a3) return 'hangul';
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff)) return 'kana';
  return LETTER.test(String.fromCodePoint(cp)) ? 'other' : undefined;
}

const LETTER = /^\p{L}$/u;

function isArabicLetter(cp: number): boolean {
  // Digits, punctuation and diacritics of the Arabic block are not letters.
  if (cp >= 0x660 && cp <= 0x669) return false;
  if (cp >= 0x6f0 && cp <= 0x6f9) return false;
  if (cp >= 0x64b && cp <= 0x65f) return false;
  if (
    cp === 0x60c ||
    cp === 0x61b ||
    cp === 0x61f ||
    cp === 0x640 ||
    cp === 0x66a ||
    cp === 0x66b ||
    cp === 0x66c ||
    cp === 0x6d4
  ) {
    return false;
  }
  return LETTER.test(String.fromCodePoint(cp));
}

/** Letters per script in a text. */
export type ScriptCounts = Record<Script, number>;

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, arabic: 0, han: 0, hangul: 0, kana: 0, other: 0 };
  for (const ch of text) {
    const script = scriptOf(ch.codePointAt(0) ?? 0);
    if (script !== undefined) counts[script] += 1;
  }
  return counts;
}

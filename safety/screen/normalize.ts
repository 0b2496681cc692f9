import { scriptOf, type Script } from '../lang/index.js';

/**
 * Folds one character of a patient's message to the form the lexicons are written in, so a
 * lexicon entry matches however the patient typed it: case, full-width forms, Latin diacritics
 * (Vietnamese is very often typed without them, Spanish too), Arabic letter variants and
 * vowel marks, and traditional Chinese characters (through the zh lexicon's `charMap`).
 * Each character is folded on its own so every token keeps its place in the original text.
 */
export interface CharFolder {
  fold(cp: number): string;
  /** The script of a folded character (cached per code point). */
  script(cp: number): Script | undefined;
}

const SCRIPT_CODES: ReadonlyArray<Script | undefined> = [
  undefined,
  undefined,
  'latin',
  'arabic',
  'han',
  'hangul',
  'kana',
  'other',
];

const ARABIC_FOLD: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
  ی: 'ي',
  ک: 'ك',
  ۀ: 'ه',
  ھ: 'ه',
  ے: 'ي',
};

const LATIN_EXTRA: Readonly<Record<string, string>> = { đ: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe' };

const APOSTROPHES = new Set(["'", '’', '‘', '`', '´', 'ʼ', 'ʻ']);

function isDropped(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) || // combining diacritics (decomposed Vietnamese or Spanish)
    (cp >= 0x64b && cp <= 0x65f) || // Arabic vowel marks
    cp === 0x670 ||
    cp === 0x640 || // Arabic tatweel (elongation)
    (cp >= 0x6d6 && cp <= 0x6ed) ||
    (cp >= 0x200b && cp <= 0x200f) || // zero-width characters
    cp === 0x2060 ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) // emoji variation selectors
  );
}

function foldChar(ch: string, charMap: ReadonlyMap<string, string>): string {
  const mapped = charMap.get(ch);
  if (mapped !== undefined) return mapped;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x660 && cp <= 0x669) return String(cp - 0x660);
  if (cp >= 0x6f0 && cp <= 0x6f9) return String(cp - 0x6f0);
  const arabic = ARABIC_FOLD[ch];
  if (arabic !== undefined) return arabic;
  const extra = LATIN_EXTRA[ch];
  if (extra !== undefined) return extra;
  if (APOSTROPHES.has(ch)) return "'";
  if (scriptOf(cp) === 'latin' && cp > 0x7f) return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return ch;
}

export function createCharFolder(charMap: ReadonlyMap<string, string>): CharFolder {
  // Folding is pure per code point, so each one is worked out once per folder and remembered.
  const cache = new Map<number, string>();
  // Code points of the Basic Multilingual Plane, nearly all of a message, by index: an array read
  // instead of a hash lookup for every letter outside ASCII.
  const bmp = new Array<string | undefined>(0x10000).fill(undefined);
  // 0: not looked up yet, 1: no script, then an index into SCRIPT_CODES.
  const scripts = new Uint8Array(0x10000);
  return {
    script(cp) {
      if (cp < 0x80) return (cp | 32) >= 97 && (cp | 32) <= 122 ? 'latin' : undefined;
      if (cp > 0xffff) return scriptOf(cp);
      let code = scripts[cp] ?? 0;
      if (code === 0) {
        const found = scriptOf(cp);
        code = found === undefined ? 1 : SCRIPT_CODES.indexOf(found);
        scripts[cp] = code;
      }
      return SCRIPT_CODES[code];
    },
    fold(cp) {
      if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
      const known = cp <= 0xffff ? bmp[cp] : cache.get(cp);
      if (known !== undefined) return known;
      let out = '';
      if (!isDropped(cp)) {
        const compat = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
        for (const ch of compat) {
          const inner = ch.codePointAt(0) ?? 0;
          if (!isDropped(inner)) out += foldChar(ch, charMap);
        }
      }
      if (cp <= 0xffff) bmp[cp] = out;
      else cache.set(cp, out);
      return out;
    },
  };
}

/** The script a folded token is written in, from its first letter. */
export function tokenScript(text: string): Script | undefined {
  for (const ch of text) {
    const script = scriptOf(ch.codePointAt(0) ?? 0);
    if (script !== undefined) return script;
  }
  return undefined;
}

import type { TermIndex } from '../../lexicon/termIndex.js';

/**
 * A heading in capitals in sentence case ("DISCHARGE MEDICATIONS" → "Discharge medications"): capitals are
 * harder to read. Abbreviations the lexicon knows and words of three letters or fewer keep their capitals.
 */
const SMALL_WORDS = new Set([
  'for',
  'and',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'or',
  'with',
  'by',
  'an',
  'a',
  'if',
  'up',
  'as',
  'is',
  'it',
  'be',
  'do',
  'no',
  'not',
  'you',
  'your',
  'all',
  'de',
  'la',
  'el',
  'los',
  'las',
  'del',
  'y',
  'en',
  'por',
  'con',
  'al',
  'para',
]);

/** The last word of an institution's name ("MERIDIAN VALLEY MEDICAL CENTER", "BRIGHTWATER CHILDREN'S HOSPITAL"). */
const INSTITUTION =
  /^(?:HOSPITAL|HOSPITALS|CENTER|CENTRE|CLINIC|CLINICS|INSTITUTE|UNIVERSITY|INFIRMARY|FOUNDATION)$/u;

/** An institution's name in capitals in title case: it is a name, and sentence case would hide that. */
function nameCase(segment: string): string {
  let first = true;
  return segment.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
    const small = !first && SMALL_WORDS.has(word.toLowerCase());
    first = false;
    return small ? word.toLowerCase() : word.charAt(0) + word.slice(1).toLowerCase();
  });
}

const namesInstitution = (part: string): boolean => INSTITUTION.test(/\p{L}+$/u.exec(part.trim())?.[0] ?? '');

export function headingCase(text: string, index: TermIndex): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase()) return text;
  // A heading made of parts ("HOSPITAL NAME - DEPARTMENT"): each part that names an institution keeps title case.
  const parts = text.split(/(\s+[-–—|/]\s+)/u);
  if (!parts.some(namesInstitution)) return sentenceCase(text, index);
  return parts
    .map((part, i) =>
      i % 2 === 1 ? part : namesInstitution(part) ? nameCase(part) : sentenceCase(part, index),
    )
    .join('');
}

function sentenceCase(text: string, index: TermIndex): string {
  let first = true;
  return text.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
    const keep =
      !SMALL_WORDS.has(word.toLowerCase()) &&
      (index.lookup(word)?.kind === 'abbreviation' || !/[AEIOUY]/u.test(word));
    const out = keep ? word : first ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase();
    first = false;
    return out;
  });
}

/** The first letter of each sentence in capitals (rewrites can leave "you were…" or "by mouth…" at the start). */
export function capitaliseSentences(text: string): string {
  return text.replace(
    /(^|[.!?]\s+)(\p{Ll})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

/**
 * Shouting in running text ("CALL YOUR SURGEON if…") in sentence case; one word in capitals ("Do NOT") is
 * emphasis the clinician chose and stays.
 */
export function unshout(text: string, index: TermIndex): string {
  return text.replace(/\b(?:[A-Z]{2,}[\s,]+(?:\d+[\s,]+)?){1,}[A-Z]{2,}\b/gu, (run, offset: number) => {
    const words = run.split(/(\s+|,)/u);
    const letters = words.filter((w) => /^[A-Z]{2,}$/u.test(w));
    if (letters.length < 2 || letters.every((w) => index.lookup(w)?.kind === 'abbreviation')) return run;
    const lowered = words
      .map((w) => (/^[A-Z]{2,}$/u.test(w) && index.lookup(w)?.kind !== 'abbreviation' ? w.toLowerCase() : w))
      .join('');
    return offset === 0 || /[.!?:]\s*$/u.test(text.slice(0, offset))
      ? lowered.charAt(0).toUpperCase() + lowered.slice(1)
      : lowered;
  });
}

/**
 * Where the `syllable` package miscounts words that patient documents use, checked against dictionary
 * pronunciations (Merriam-Webster, MedlinePlus medical encyclopedia pronunciations). A clinician or editor can
 * extend these tables; tests/unit/content/readability/syllables.test.ts holds the words each row fixes.
 */

/** Whole words, lower case (a plural "s" is looked up without it). */
export const EN_SYLLABLE_EXCEPTIONS: Readonly<Record<string, number>> = {
  area: 3,
  aorta: 3,
  anesthesia: 4,
  anaesthesia: 4,
  cooperate: 4,
  cooperation: 5,
  coordinate: 4,
  coordination: 5,
  convenient: 4,
  diabetes: 4,
  experience: 4,
  experienced: 4,
  experiences: 5,
  fatigue: 2,
  ileum: 3,
  ileus: 3,
  intrigue: 2,
  nutrient: 3,
  oriented: 4,
  pancreas: 3,
  poem: 2,
  osteoarthritis: 6,
  osteomyelitis: 7,
  reassess: 3,
  reevaluate: 5,
  reenter: 3,
  reinsert: 3,
  science: 2,
  tongue: 1,
};

/** Word shapes the package counts one short (or, with a negative `add`, one too many), each with an example it fixes. */
export const EN_SYLLABLE_ADDITIONS: ReadonlyArray<{ pattern: RegExp; add: number; example: string }> = [
  // "-ing" after a vowel said on its own: go-ing, do-ing, un-der-go-ing, ar-gu-ing, con-tin-u-ing (not "booing",
  // "queuing", "fatiguing", whose vowels go together).
  { pattern: /(?:^|[^aeiou])oing$/, add: 1, example: 'going' },
  { pattern: /(?:^|[^aeiouqg])uing$/, add: 1, example: 'continuing' },
  // "-eeing" and "-oeing" are one vowel sound and "-ing": see-ing, a-gree-ing, ca-noe-ing.
  { pattern: /[eo]eing$/, add: -1, example: 'seeing' },
  // "myo-" before a consonant is two syllables: my-o-car-di-al.
  { pattern: /(?:^|[^aeiou])myo[^aeiouy]/, add: 1, example: 'myocardial' },
  // Greek "-pnea", "-rrhea", "-nea", "-chea" end in two vowels said apart: dysp-ne-a, di-ar-rhe-a.
  { pattern: /(?:pne|rrhe|[^aeiou]ne|che)as?$/, add: 1, example: 'dyspnea' },
  { pattern: /pneic$/, add: 1, example: 'dyspneic' },
];
